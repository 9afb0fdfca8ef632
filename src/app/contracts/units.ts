import type { Unit } from '../../domain/unit';
import type { Loaded } from './rows';

export interface UnitRepository {
  list(): Promise<Loaded<Unit[]>>;
  forTeamsGroup(groupId: string): Promise<Unit | undefined>;
  /** The units that name the person (the people column). A linked team's members are not among them: see UnitPeopleRepository.myUnitRights. */
  ofMember(userId: number): Promise<Unit[]>;
  save(unit: Unit): Promise<Unit>;
}
