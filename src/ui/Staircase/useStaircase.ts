import { Loaded, mergeRowProblems, MrRepositories, RowProblem } from '../../app';
import type { ChecklistItem, Tick } from '../../domain/checklist';
import { Period, periodsUpTo } from '../../domain/period';
import type { Programme } from '../../domain/programme';
import type { StaircaseAssessment } from '../../domain/staircase';
import type { ActionPlan } from '../../domain/actionPlan';
import type { ItemAssignment } from '../../domain/itemAssignment';
import { Loader, useLoad } from '../shared';

export interface StaircaseData {
  programme?: Programme;
  /** The unit's assessments for every period up to the current one (the history). */
  assessments: StaircaseAssessment[];
  /** Every plan's items and the unit's ticks for the period: the items tied to each step. */
  items: ChecklistItem[];
  ticks: Tick[];
  /** The plans, to link an item to its checklist. */
  plans: ActionPlan[];
  /** Owners, due dates and evidence of the unit's items in the period. */
  assignments: ItemAssignment[];
}

/** Loads what the staircase of one unit needs: the steps, the assessments across periods, and the tied items. */
export function useStaircase(repositories: MrRepositories, unitId: number | undefined, period: Period): Loader<Loaded<StaircaseData>> {
  return useLoad(async (): Promise<Loaded<StaircaseData>> => {
    const overview = await repositories.programme.loadOverview(unitId, period, new Date());
    const plans = overview.value.actionPlans;
    if (unitId === undefined) {
      return { value: { programme: overview.value.programme, assessments: [], items: [], ticks: [], plans, assignments: [] }, problems: overview.problems };
    }
    const [history, assignments, ...views] = await Promise.all([
      repositories.staircase.forUnit(unitId, periodsUpTo(period)),
      Promise.all(plans.map((plan) => repositories.assignments.forUnitPlan(unitId, plan.id, period))),
      ...plans.map((plan) => repositories.checklist.loadUnitPlanView(unitId, plan.id, period))
    ]);
    // Every plan's view reads the same unit and ticks list: each skipped row is reported once.
    const problems: RowProblem[] = mergeRowProblems(
      overview.problems,
      history.problems,
      ...assignments.map((read) => read.problems),
      ...views.map((view) => view.problems)
    );
    return {
      value: {
        programme: overview.value.programme,
        assessments: history.value,
        items: views.flatMap((view) => view.value.items),
        ticks: views.flatMap((view) => view.value.ticks),
        plans,
        assignments: assignments.flatMap((read) => read.value)
      },
      problems
    };
  }, [repositories, unitId, period]);
}
