/**
 * Use case: one action plan's progress across every unit in a period, for the plan's page. It reads the units'
 * summaries (MrUnitSummaries) with the units and items in the follow-up's one $batch, so the page asks
 * SharePoint once however many tick rows the city has.
 */
import type { Repositories } from '../contracts/repositories';
import type { Loaded } from '../contracts/rows';
import type { Period } from '../../domain/period';
import { PlanProgressAcrossUnits, planProgressAcrossUnits } from '../../domain/planProgress';
import { summaryTicks } from '../../domain/unitSummary';

export async function loadPlanProgress(repositories: Pick<Repositories, 'followUp'>, planId: number, period: Period): Promise<Loaded<PlanProgressAcrossUnits>> {
  const basis = await repositories.followUp.basisForPeriods([period]);
  const { units, items, summaries } = basis.value;
  const ticks = summaries.filter((summary) => summary.period === period).flatMap(summaryTicks);
  return { value: planProgressAcrossUnits(planId, units, items, ticks), problems: basis.problems };
}
