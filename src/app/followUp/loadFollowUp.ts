/**
 * Use case: load the follow-up. Everything the follow-up needs for one period and the one before it, read through the repositories.
 * The reads run side by side; each one finished is a step of the progress the view shows, because
 * at full scale the ticks list alone holds some 180,000 rows and takes a while.
 */
import type { Repositories } from '../contracts/repositories';
import { Loaded, mergeRowProblems } from '../contracts/rows';
import type { ActionPlan } from '../../domain/actionPlan';
import type { ChecklistItem, Tick } from '../../domain/checklist';
import type { LocalizedText } from '../../domain/language';
import { Period, previousPeriod } from '../../domain/period';
import { FOCUS_AREAS, FocusAreaKey, programmeEntryKey } from '../../domain/programme';
import type { StaircaseAssessment } from '../../domain/staircase';
import type { Unit } from '../../domain/unit';

export interface FollowUpData {
  period: Period;
  comparedWith: Period;
  units: Unit[];
  plans: ActionPlan[];
  /** Every plan's items, active and retired. */
  items: ChecklistItem[];
  /** Ticks of both periods. */
  ticks: Tick[];
  /** Assessments of both periods. */
  assessments: StaircaseAssessment[];
  focusAreaTitles: Record<FocusAreaKey, LocalizedText>;
}

export interface LoadProgress {
  done: number;
  total: number;
}

/** Units, programme and plans, the plans' items, ticks, assessments. */
const STEPS = 5;

export async function loadFollowUp(
  repositories: Pick<Repositories, 'programme' | 'actionPlans' | 'units' | 'followUp'>,
  period: Period,
  onProgress?: (progress: LoadProgress) => void,
  now: Date = new Date()
): Promise<Loaded<FollowUpData>> {
  const comparedWith = previousPeriod(period);
  let done = 0;
  onProgress?.({ done, total: STEPS });
  const step = <T>(read: Promise<T>): Promise<T> =>
    read.then((value) => {
      onProgress?.({ done: ++done, total: STEPS });
      return value;
    });

  const programmeAndItems = step(repositories.programme.loadOverview(undefined, period, now)).then(async (overview) => ({
    overview,
    items: await step(Promise.all(overview.value.actionPlans.map((plan) => repositories.actionPlans.items(plan.id))))
  }));
  const [units, { overview, items }, ticks, assessments] = await Promise.all([
    step(repositories.units.list()),
    programmeAndItems,
    step(repositories.followUp.ticksForPeriods([period, comparedWith])),
    step(repositories.followUp.assessmentsForPeriods([period, comparedWith]))
  ]);

  const areas = overview.value.programme?.focusAreas ?? [];
  // Without programme text (a site not yet filled in) an area is named by its key rather than left out.
  const titleOf = (key: FocusAreaKey): LocalizedText =>
    areas.find((area) => area.key === programmeEntryKey('focusArea', key))?.title ?? { sv: key, en: key };
  return {
    value: {
      period,
      comparedWith,
      units: units.value,
      plans: overview.value.actionPlans,
      items: items.flatMap((plan) => plan.value),
      ticks: ticks.value,
      assessments: assessments.value,
      focusAreaTitles: Object.fromEntries(FOCUS_AREAS.map((key) => [key, titleOf(key)])) as Record<FocusAreaKey, LocalizedText>
    },
    // A plan is read with the programme and again with its items: a row both reads skipped is reported once.
    problems: mergeRowProblems(...[units, overview, ...items, ticks, assessments].map((loaded) => loaded.problems))
  };
}
