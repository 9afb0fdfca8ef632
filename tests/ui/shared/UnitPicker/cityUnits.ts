/**
 * A slice of the city's organisation for the unit picker's tests: district committees, specialist
 * committees and a company board with their administrations and teams; two teams of the same name in
 * different places; names that start with Å, Ä and Ö (after Z in Swedish); and a team whose parent is gone.
 */
import type { Unit } from '../../../../src/domain/unit';

const unit = (id: number, name: string, type: Unit['type'], parentId?: number): Unit => ({ id, name, type, parentId, memberIds: [] });

export const CITY_UNITS: Unit[] = [
  unit(1, 'Hägersten-Älvsjö stadsdelsnämnd', 'districtCommittee'),
  unit(2, 'Hägersten-Älvsjö stadsdelsförvaltning', 'administration', 1),
  unit(3, 'Nämndkansliet', 'team', 2),
  unit(4, 'Avdelningen för individ- och familjeomsorg', 'team', 2),
  unit(5, 'Östermalms stadsdelsnämnd', 'districtCommittee'),
  unit(6, 'Bromma stadsdelsnämnd', 'districtCommittee'),
  unit(7, 'Socialnämnden', 'committee'),
  unit(8, 'Socialförvaltningen', 'administration', 7),
  unit(9, 'Avdelningen för strategi och utveckling', 'team', 8),
  unit(10, 'Kulturnämnden', 'committee'),
  unit(11, 'Kulturförvaltningen', 'administration', 10),
  unit(12, 'Nämndkansliet', 'team', 11),
  unit(13, 'Stockholm Vatten och Avfall AB', 'companyBoard'),
  unit(14, 'Älvsjö stadsdelsnämnd', 'districtCommittee'),
  unit(15, 'Årsta team', 'team', 99),
  unit(16, 'Zinkensdamms team', 'team', 2),
  unit(17, 'Éxtra-éxamen', 'team', 2)
];

export const CITY_UNIT = (id: number): Unit => CITY_UNITS.find((candidate) => candidate.id === id) as Unit;
