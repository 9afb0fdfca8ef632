/**
 * `npm start -- --demo`: illustrative ticks and staircase assessments, so that the follow-up and the staircase
 * are not all zeros. Written through the product's own repositories (as the local editor), for a spread of
 * units over this period and the one before, never for a unit that people of the local directory work in
 * (named people or a linked team), whose checklists and staircases the journeys start from empty. Only once: a site that has assessments already is left alone.
 */
import type { Repositories } from '../src/app';
import { assessmentKey } from '../src/domain/staircase';
import { STAIRCASE_STEPS } from '../src/domain/programme';
import type { Period } from '../src/domain/period';
import type { Unit } from '../src/domain/unit';

/** How many top-level units get illustrative activity. */
const UNITS_WITH_ACTIVITY = 12;

/** Text on every illustrative assessment, so that it reads as an example wherever it shows. */
export const EXAMPLE_EVIDENCE = 'Exempeldata: påhittat underlag som visar hur trappan fungerar.';

type ActivityRepositories = Pick<Repositories, 'units' | 'actionPlans' | 'checklist' | 'staircase'>;

export async function seedDemoActivity(repositories: ActivityRepositories, period: Period): Promise<void> {
  const units = (await repositories.units.list()).value;
  const nobodysOwn = (unit: Unit): boolean => unit.memberIds.length === 0 && unit.teamsGroupId === undefined;
  const chosen = units.filter((unit) => unit.parentId === undefined && nobodysOwn(unit)).slice(0, UNITS_WITH_ACTIVITY);
  if (chosen.length === 0) return;
  const already = await repositories.staircase.forUnit(chosen[0].id, [period]);
  if (already.value.length > 0) return;
  const plans = (await repositories.actionPlans.list()).value;
  const items = await Promise.all(plans.map(async (plan) => ({ plan, items: (await repositories.actionPlans.items(plan.id)).value })));
  const at = new Date().toISOString();
  for (const [unitIndex, unit] of chosen.entries()) {
    for (const [age, tickPeriod] of [period - 1, period].entries()) {
      for (const [planIndex, { plan, items: planItems }] of items.entries()) {
        // 0 to all of a plan's items, varying by unit, plan and period, and more this period than the last.
        const count = Math.min(planItems.length, (unitIndex * 5 + planIndex * 3 + age * 2) % (planItems.length + 1));
        for (const item of planItems.slice(0, count)) {
          await repositories.checklist.applyIntent({ unitId: unit.id, itemId: item.id, planId: plan.id, period: tickPeriod, done: true, at });
        }
      }
    }
    // Levels 0 to 5, with the step above the level in progress.
    const level = unitIndex % 6;
    for (const step of STAIRCASE_STEPS.slice(0, level + 1)) {
      await repositories.staircase.save({
        key: assessmentKey(unit.id, step, period),
        unitId: unit.id,
        step,
        period,
        status: step <= level ? 'fulfilled' : 'inProgress',
        evidence: EXAMPLE_EVIDENCE
      });
    }
  }
}
