import type { Unit } from '../../../../src/domain/unit';
import { compareUnitNames, containsQuery, unitGroups } from '../../../../src/ui/shared/UnitPicker';
import { CITY_UNITS } from './cityUnits';

/** Each group as `key: name (depth)` lines, in order: what the picker lists. */
function listed(units: readonly Unit[], own: number[] = [], query = ''): string[] {
  return unitGroups(units, new Set(own), query).flatMap((group) => group.entries.map((entry) => `${group.key}: ${entry.unit.name} (${entry.depth})`));
}

describe('the units as a picker lists them', () => {
  it('sorts names as Swedish does: å, ä and ö after z, case and accents aside', () => {
    const names = ['Östermalm', 'Årsta', 'Älvsjö', 'Zinkensdamm', 'Akalla', 'bromma', 'Éxtra'];
    expect([...names].sort(compareUnitNames)).toEqual(['Akalla', 'bromma', 'Éxtra', 'Zinkensdamm', 'Årsta', 'Älvsjö', 'Östermalm']);
  });

  it('finds a text anywhere in a name, whatever its case or accents, but keeps å, ä and ö apart from a and o', () => {
    expect(containsQuery('Hägersten-Älvsjö stadsdelsnämnd', 'älvsjö')).toBe(true);
    expect(containsQuery('Hägersten-Älvsjö stadsdelsnämnd', 'ÄLVSJÖ')).toBe(true);
    expect(containsQuery('Éxtra-éxamen', 'examen')).toBe(true);
    expect(containsQuery('Hägersten-Älvsjö stadsdelsnämnd', 'alvsjo')).toBe(false);
    expect(containsQuery('Bromma', '  ')).toBe(true);
  });

  it('shows the hierarchy: district committees, specialist committees, company boards, each followed by its administrations and teams', () => {
    expect(listed(CITY_UNITS)).toEqual([
      'districtCommittees: Bromma stadsdelsnämnd (0)',
      'districtCommittees: Hägersten-Älvsjö stadsdelsnämnd (0)',
      'districtCommittees: Hägersten-Älvsjö stadsdelsförvaltning (1)',
      'districtCommittees: Avdelningen för individ- och familjeomsorg (2)',
      'districtCommittees: Éxtra-éxamen (2)',
      'districtCommittees: Nämndkansliet (2)',
      'districtCommittees: Zinkensdamms team (2)',
      'districtCommittees: Älvsjö stadsdelsnämnd (0)',
      'districtCommittees: Östermalms stadsdelsnämnd (0)',
      'committees: Kulturnämnden (0)',
      'committees: Kulturförvaltningen (1)',
      'committees: Nämndkansliet (2)',
      'committees: Socialnämnden (0)',
      'committees: Socialförvaltningen (1)',
      'committees: Avdelningen för strategi och utveckling (2)',
      'companyBoards: Stockholm Vatten och Avfall AB (0)',
      // Its parent is gone: it is still listed, among the others, rather than lost.
      'other: Årsta team (0)'
    ]);
  });

  it('names what each unit belongs to, so that two teams of one name are told apart', () => {
    const paths = unitGroups(CITY_UNITS, new Set(), 'Nämndkansliet').flatMap((group) => group.entries.map((entry) => entry.path.join(' › ')));
    expect(paths).toEqual(['Hägersten-Älvsjö stadsdelsnämnd › Hägersten-Älvsjö stadsdelsförvaltning', 'Kulturnämnden › Kulturförvaltningen']);
  });

  it('lists the person’s own units first, and keeps them in their place too', () => {
    const lines = listed(CITY_UNITS, [12, 4]);
    expect(lines.slice(0, 2)).toEqual(['own: Avdelningen för individ- och familjeomsorg (2)', 'own: Nämndkansliet (2)']);
    expect(lines).toContain('committees: Nämndkansliet (2)');
    expect(lines).toContain('districtCommittees: Avdelningen för individ- och familjeomsorg (2)');
  });

  it('searches names and what the units belong to, keeping the order and the own units first', () => {
    expect(listed(CITY_UNITS, [9], 'social')).toEqual([
      'own: Avdelningen för strategi och utveckling (2)',
      'committees: Socialnämnden (0)',
      'committees: Socialförvaltningen (1)',
      'committees: Avdelningen för strategi och utveckling (2)'
    ]);
    expect(listed(CITY_UNITS, [], 'östermalm')).toEqual(['districtCommittees: Östermalms stadsdelsnämnd (0)']);
    expect(listed(CITY_UNITS, [], 'finns inte')).toEqual([]);
  });

  it('never loops or loses a unit when the parents form a cycle', () => {
    const cycle: Unit[] = [
      { id: 1, name: 'A', type: 'team', parentId: 2, memberIds: [] },
      { id: 2, name: 'B', type: 'team', parentId: 1, memberIds: [] }
    ];
    expect(listed(cycle)).toEqual(['other: A (0)', 'other: B (0)']);
  });
});
