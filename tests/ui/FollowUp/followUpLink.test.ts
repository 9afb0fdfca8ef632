import { UNIT_TYPES } from '../../../src/domain/unit';
import { followUpLinkItem, followUpSelectionOf } from '../../../src/ui/FollowUp/followUpLink';
import { routeFromQuery, routeFromSubPageId, routeToQuery, routeToSubPageId } from '../../../src/ui/routing';

describe('the follow-up’s selection in its link', () => {
  const current = 2026;
  const defaults = { period: 2026, comparedWith: 2024, types: [...UNIT_TYPES], parentId: undefined };

  it('writes nothing for the defaults, and reads no link as the defaults', () => {
    expect(followUpLinkItem(defaults, current)).toBeUndefined();
    expect(followUpSelectionOf(undefined, current)).toEqual(defaults);
  });

  it('round-trips every part of a selection, through a page’s query and Teams’ sub-page id', () => {
    const selection = { period: 2025, comparedWith: 2021, types: ['committee', 'team'] as const, parentId: 12 };
    const item = followUpLinkItem({ ...selection, types: [...selection.types] }, current);
    expect(item).toBe('p2025-c2021-tcommittee_team-u12');
    const route = { view: 'followUp' as const, item, unit: 4 };
    expect(routeFromQuery(routeToQuery(route), { view: 'overview' })).toEqual({ route });
    expect(routeFromSubPageId(routeToSubPageId(route), { view: 'overview' })).toEqual({ route });
    expect(followUpSelectionOf(item, current)).toEqual(selection);
  });

  it('keeps the previous report as the comparison of another period, unless one is named', () => {
    expect(followUpSelectionOf('p2025', current)).toEqual({ ...defaults, period: 2025, comparedWith: 2023 });
  });

  it('leaves out what does not read, and uses the default for it', () => {
    expect(followUpSelectionOf('p1234-c2030-tnothing-u-3-x', current)).toEqual(defaults);
    expect(followUpSelectionOf('tteam_unknown', current)).toEqual({ ...defaults, types: ['team'] });
  });
});
