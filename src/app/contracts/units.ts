import type { Unit } from '../../domain/unit';
import type { Loaded } from './rows';

export interface UnitRepository {
  list(): Promise<Loaded<Unit[]>>;
  forTeamsGroup(groupId: string): Promise<Unit | undefined>;
  save(unit: Unit): Promise<Unit>;
}
