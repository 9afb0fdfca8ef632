/**
 * Use case: load the follow-up for a period and the period it is compared with (by default the one
 * two years before, the previous report to the city council), in one of two ways:
 * - from the units' summaries (the follow-up as it opens): one $batch, whatever the number of tick rows;
 * - with the full recount (the report's verification, "recount and compare"): every tick row of both
 *   periods is read and counted, the stored summaries are compared with that count, every difference
 *   is shown and the summaries are repaired, flagged as repaired by the recount. The figures are then
 *   the recount's. SharePoint's batches are not transactions and a unit's members can write their own
 *   rows, so only the recount guarantees the figures; the report always runs it.
 */
import type { Repositories } from '../contracts/repositories';
import type { FollowUpBasis, SummaryRepairOutcome } from '../contracts/followUp';
import { Loaded, mergeRowProblems } from '../contracts/rows';
import type { ActionPlan } from '../../domain/actionPlan';
import type { ChecklistItem, Tick } from '../../domain/checklist';
import type { LocalizedText } from '../../domain/language';
import { Period, previousReportPeriod } from '../../domain/period';
import { FOCUS_AREAS, FocusAreaKey, programmeEntryKey } from '../../domain/programme';
import type { StaircaseAssessment } from '../../domain/staircase';
import type { Unit } from '../../domain/unit';
import { toIsoDate } from '../../domain/dates';
import type { ItemAssignment } from '../../domain/itemAssignment';
import { countedSummaries, SummaryDrift, summaryDrift, summaryTicks } from '../../domain/unitSummary';

export interface FollowUpData {
  period: Period;
  comparedWith: Period;
  units: Unit[];
  plans: ActionPlan[];
  /** Every plan's items, active and retired. */
  items: ChecklistItem[];
  /** Both periods' tick rows as the follow-up counts them (from the summaries, or recounted). */
  ticks: Pick<Tick, 'unitId' | 'itemId' | 'period' | 'done'>[];
  /** Assessments of both periods. */
  assessments: StaircaseAssessment[];
  focusAreaTitles: Record<FocusAreaKey, LocalizedText>;
  /** The period's past-due items and the day they were measured against: what counts as overdue. */
  dueDates: { assignments: ItemAssignment[]; today: string };
}

/** What "recount and compare" found. */
export interface FollowUpVerification {
  /** When the recount ran (ISO). */
  at: string;
  /** Tick rows counted, both periods. */
  tickRows: number;
  /** Every unit and period whose stored summary differed from its tick rows; empty when all agreed. */
  drift: SummaryDrift[];
  /** How writing the recount over the drifting summaries went. */
  repair: SummaryRepairOutcome;
}

export interface LoadedFollowUp extends Loaded<FollowUpData> {
  /** Present when the figures come from the recount. */
  verification?: FollowUpVerification;
}

export interface LoadProgress {
  done: number;
  total: number;
}

export interface FollowUpSelection {
  period: Period;
  /** The period to compare with; the previous report's (two years before) unless given. */
  comparedWith?: Period;
}

export interface FollowUpLoadOptions {
  /** Count every tick row, compare with the summaries and repair them (the report's verification). */
  recount?: boolean;
  onProgress?: (progress: LoadProgress) => void;
  now?: Date;
}

function focusAreaTitles(basis: FollowUpBasis): Record<FocusAreaKey, LocalizedText> {
  const areas = basis.programme?.focusAreas ?? [];
  // Without programme text (a site not yet filled in) an area is named by its key rather than left out.
  const titleOf = (key: FocusAreaKey): LocalizedText => areas.find((area) => area.key === programmeEntryKey('focusArea', key))?.title ?? { sv: key, en: key };
  return Object.fromEntries(FOCUS_AREAS.map((key) => [key, titleOf(key)])) as Record<FocusAreaKey, LocalizedText>;
}

export async function loadFollowUp(
  repositories: Pick<Repositories, 'followUp'>,
  selection: FollowUpSelection,
  options: FollowUpLoadOptions = {}
): Promise<LoadedFollowUp> {
  const { period } = selection;
  const comparedWith = selection.comparedWith ?? previousReportPeriod(period);
  const periods = [period, comparedWith];
  const total = options.recount === true ? 3 : 1;
  let done = 0;
  const step = (): void => options.onProgress?.({ done: ++done, total });
  options.onProgress?.({ done, total });

  const today = toIsoDate(options.now ?? new Date());
  const basis = await repositories.followUp.basisForPeriods(periods, today);
  step();
  // A tick on an item that is gone (or belongs to no plan) counts for nothing, not even as activity: the repository reports it.
  const itemIds = new Set(basis.value.items.map((item) => item.id));
  const data = (ticks: FollowUpData['ticks']): FollowUpData => ({
    period,
    comparedWith,
    units: basis.value.units,
    plans: basis.value.plans,
    items: basis.value.items,
    ticks: ticks.filter((tick) => itemIds.has(tick.itemId)),
    assessments: basis.value.assessments,
    dueDates: { assignments: basis.value.pastDue, today },
    focusAreaTitles: focusAreaTitles(basis.value)
  });
  if (options.recount !== true) return { value: data(basis.value.summaries.flatMap(summaryTicks)), problems: basis.problems };

  const ticks = await repositories.followUp.ticksForPeriods(periods);
  step();
  const at = (options.now ?? new Date()).toISOString();
  const drift = summaryDrift(basis.value.summaries, countedSummaries(ticks.value), periods);
  const repair =
    drift.length === 0
      ? { repaired: 0, failed: 0 }
      : await repositories.followUp.repairSummaries(
          drift.map((d) => ({ ...d.counted, id: d.stored?.id, etag: d.stored?.etag, repairedAt: at, repairedBy: 'recount' as const }))
        );
  step();
  return {
    value: data(ticks.value),
    problems: mergeRowProblems(basis.problems, ticks.problems),
    verification: { at, tickRows: ticks.value.length, drift, repair }
  };
}
