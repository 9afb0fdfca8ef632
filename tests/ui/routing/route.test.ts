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

describe('the unit in a link', () => {
  it('reads mrUnit beside the view on a page, and alone', () => {
    expect(routeFromQuery('?mrView=staircase&mrUnit=12', OVERVIEW)).toEqual({ route: { view: 'staircase', unit: 12 } });
    expect(routeFromQuery('?mrView=plans&mrPlan=antiRacism&mrUnit=7', OVERVIEW)).toEqual({ route: { view: 'plans', item: 'antiRacism', unit: 7 } });
    expect(routeFromQuery('?mrUnit=3', { view: 'updates' })).toEqual({ route: { view: 'updates', unit: 3 } });
  });

  it('refuses a unit that is no id, keeping the view and saying which link it could not read', () => {
    expect(routeFromQuery('?mrView=staircase&mrUnit=abc', OVERVIEW)).toEqual({ route: { view: 'staircase' }, invalidLink: '?mrView=staircase&mrUnit=abc' });
    expect(routeFromQuery('?mrView=staircase&mrUnit=0', OVERVIEW).route).toEqual({ view: 'staircase' });
    expect(routeFromSubPageId('staircase?mrUnit=-1', OVERVIEW)).toEqual({ route: { view: 'staircase' }, invalidLink: 'staircase?mrUnit=-1' });
  });

  it('writes the unit into the query, and drops it when the route has none', () => {
    expect(routeToQuery({ view: 'plans', item: 'antiRacism', unit: 12 }, '?env=WebView')).toBe('?env=WebView&mrView=plans&mrPlan=antiRacism&mrUnit=12');
    expect(routeToQuery({ view: 'overview' }, '?mrView=plans&mrUnit=12')).toBe('?mrView=overview');
  });

  it('carries the unit in Teams’ sub-page id, the same way back and forth', () => {
    const route = { view: 'plans' as const, item: 'antiRacism', unit: 12 };
    expect(routeToSubPageId(route)).toBe('plans/antiRacism?mrUnit=12');
    expect(routeFromSubPageId(routeToSubPageId(route), OVERVIEW)).toEqual({ route });
    expect(routeFromSubPageId('staircase?mrUnit=5', OVERVIEW)).toEqual({ route: { view: 'staircase', unit: 5 } });
    expect(sameRoute(route, { view: 'plans', item: 'antiRacism' })).toBe(false);
  });
});
