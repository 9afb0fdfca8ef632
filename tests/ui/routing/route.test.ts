import { routeFromQuery, routeFromSubPageId, routeToQuery, routeToSubPageId, sameRoute } from '../../../src/ui/routing/route';

const OVERVIEW = { view: 'overview' } as const;

describe('routes in a page address', () => {
  it('reads the view and its item', () => {
    expect(routeFromQuery('?mrView=plans&mrPlan=antiRacism', OVERVIEW)).toEqual({ route: { view: 'plans', item: 'antiRacism' } });
    expect(routeFromQuery('?mrView=updates&mrUpdate=12', OVERVIEW)).toEqual({ route: { view: 'updates', item: '12' } });
    expect(routeFromQuery('?mrView=staircase', OVERVIEW)).toEqual({ route: { view: 'staircase' } });
  });

  it('falls back silently without a view, and visibly for a view that does not exist', () => {
    expect(routeFromQuery('?sortField=Title', { view: 'updates' })).toEqual({ route: { view: 'updates' } });
    expect(routeFromQuery('?mrView=admin', OVERVIEW)).toEqual({ route: OVERVIEW, invalidLink: '?mrView=admin' });
  });

  it('refuses an item that is no plain key, keeping the view', () => {
    expect(routeFromQuery('?mrView=plans&mrPlan=%3Cscript%3E', OVERVIEW)).toEqual({ route: { view: 'plans' }, invalidLink: '?mrView=plans&mrPlan=%3Cscript%3E' });
  });

  it('writes a route, keeping the page’s other parameters and dropping a stale item', () => {
    expect(routeToQuery({ view: 'plans', item: 'romaInclusion' }, '?env=WebView')).toBe('?env=WebView&mrView=plans&mrPlan=romaInclusion');
    expect(routeToQuery({ view: 'overview' }, '?mrView=plans&mrPlan=romaInclusion')).toBe('?mrView=overview');
    expect(routeToQuery({ view: 'staircase', item: 'x' })).toBe('?mrView=staircase');
  });
});

describe('routes in Teams’ sub-page id', () => {
  it('reads view or view/item', () => {
    expect(routeFromSubPageId('plans/antiRacism', OVERVIEW)).toEqual({ route: { view: 'plans', item: 'antiRacism' } });
    expect(routeFromSubPageId('followUp', OVERVIEW)).toEqual({ route: { view: 'followUp' } });
    expect(routeFromSubPageId(undefined, { view: 'updates' })).toEqual({ route: { view: 'updates' } });
    expect(routeFromSubPageId('', OVERVIEW)).toEqual({ route: OVERVIEW });
  });

  it('says which ids it could not read', () => {
    expect(routeFromSubPageId('plans/a/b', OVERVIEW)).toEqual({ route: OVERVIEW, invalidLink: 'plans/a/b' });
    expect(routeFromSubPageId('staircase/3', OVERVIEW)).toEqual({ route: { view: 'staircase' }, invalidLink: 'staircase/3' });
  });

  it('writes the same form back', () => {
    expect(routeToSubPageId({ view: 'plans', item: 'antiRacism' })).toBe('plans/antiRacism');
    expect(routeToSubPageId({ view: 'overview' })).toBe('overview');
    expect(sameRoute({ view: 'plans', item: 'a' }, { view: 'plans', item: 'a' })).toBe(true);
    expect(sameRoute({ view: 'plans', item: 'a' }, { view: 'plans' })).toBe(false);
  });
});
