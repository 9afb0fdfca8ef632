import { Loaded, mergeRowProblems, MrRepositories, RowProblem } from '../../app';
import type { ChecklistItem, Tick } from '../../domain/checklist';
import { Period, periodsUpTo } from '../../domain/period';
import type { Programme } from '../../domain/programme';
import type { StaircaseAssessment } from '../../domain/staircase';
import { Loader, useLoad } from '../shared';

export interface StaircaseData {
  programme?: Programme;
  /** The unit's assessments for every period up to the current one (the history). */
  assessments: StaircaseAssessment[];
  /** Every plan's items and the unit's ticks for the period: the items tied to each step. */
  items: ChecklistItem[];
  ticks: Tick[];
}

/** Loads what the staircase of one unit needs: the steps, the assessments across periods, and the tied items. */
export function useStaircase(repositories: MrRepositories, unitId: number | undefined, period: Period): Loader<Loaded<StaircaseData>> {
  return useLoad(async (): Promise<Loaded<StaircaseData>> => {
    const overview = await repositories.programme.loadOverview(unitId, period, new Date());
    if (unitId === undefined) return { value: { programme: overview.value.programme, assessments: [], items: [], ticks: [] }, problems: overview.problems };
    const [history, ...views] = await Promise.all([
      repositories.staircase.forUnit(unitId, periodsUpTo(period)),
      ...overview.value.actionPlans.map((plan) => repositories.checklist.loadUnitPlanView(unitId, plan.id, period))
    ]);
    // Every plan's view reads the same unit and ticks list: each skipped row is reported once.
    const problems: RowProblem[] = mergeRowProblems(overview.problems, history.problems, ...views.map((view) => view.problems));
    return {
      value: {
        programme: overview.value.programme,
        assessments: history.value,
        items: views.flatMap((view) => view.value.items),
        ticks: views.flatMap((view) => view.value.ticks)
      },
      problems
    };
  }, [repositories, unitId, period]);
}
