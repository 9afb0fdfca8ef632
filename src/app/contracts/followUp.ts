import type { ActionPlan } from '../../domain/actionPlan';
import type { ChecklistItem, Tick } from '../../domain/checklist';
import type { Period } from '../../domain/period';
import type { Programme } from '../../domain/programme';
import type { StaircaseAssessment } from '../../domain/staircase';
import type { Unit } from '../../domain/unit';
import type { UnitSummary } from '../../domain/unitSummary';
import type { Loaded } from './rows';
import type { ItemAssignment } from '../../domain/itemAssignment';

/** Everything the follow-up counts for some periods, with the units' summaries standing in for their tick rows. */
export interface FollowUpBasis {
  units: Unit[];
  /** Absent on a site whose programme text is not filled in yet. */
  programme?: Programme;
  /** In the programme's order. */
  plans: ActionPlan[];
  /** Every plan's items, active and retired. */
  items: ChecklistItem[];
  assessments: StaircaseAssessment[];
  summaries: UnitSummary[];
  /** Items of the first period whose owners' due date is before `dueBefore`: the follow-up counts the not ticked ones as overdue. */
  pastDue: ItemAssignment[];
}

/** What writing the recounted summaries came to. */
export interface SummaryRepairOutcome {
  /** Summaries now equal to the recount. */
  repaired: number;
  /** Summaries that could not be written (a newer version met, or no right to write): the report still uses the recount. */
  failed: number;
}

/**
 * City-wide reading for the follow-up: every unit's rows for some periods (one, and the one it is
 * compared with), however many there are.
 */
export interface FollowUpRepository {
  /** The summary path: one $batch, whatever the number of tick rows. Past-due assignments are read only when `dueBefore` is given. */
  basisForPeriods(periods: readonly Period[], dueBefore?: string): Promise<Loaded<FollowUpBasis>>;
  /** Every tick row of the periods: the full recount, which the report's verification compares the summaries with. */
  ticksForPeriods(periods: readonly Period[]): Promise<Loaded<Tick[]>>;
  /** Writes recounted summaries over the stored ones (each with the version it was read at), flagged as repaired. */
  repairSummaries(summaries: readonly UnitSummary[]): Promise<SummaryRepairOutcome>;
}
