import type { Tick } from '../../domain/checklist';
import type { Period } from '../../domain/period';
import type { StaircaseAssessment } from '../../domain/staircase';
import type { Loaded } from './rows';

/**
 * City-wide reading for the follow-up: every unit's rows for some periods (one, and the one it is
 * compared with), however many there are. Each list is read once for all the periods asked for.
 */
export interface FollowUpRepository {
  ticksForPeriods(periods: readonly Period[]): Promise<Loaded<Tick[]>>;
  assessmentsForPeriods(periods: readonly Period[]): Promise<Loaded<StaircaseAssessment[]>>;
}
