import type { MrRepositories } from '../createApp';
import type { StartRouteData } from '../contracts/start';

/**
 * The repository with one method answering from the start's data: `primed` gives the start's answer for
 * the first call's arguments (undefined when they ask for something else),
 * and every other call, or method, goes to SharePoint as before.
 */
function primedOnce<T extends object, K extends keyof T>(
  repository: T,
  method: K,
  primed: (...args: T[K] extends (...args: infer A) => unknown ? A : never) => Awaited<T[K] extends (...args: never[]) => infer R ? R : never> | undefined
): T {
  let handedOver = false;
  return new Proxy(repository, {
    get(target, property) {
      const value = Reflect.get(target, property, target) as unknown;
      if (typeof value !== 'function') return value;
      if (property !== method) return value.bind(target);
      return (...args: never[]) => {
        const answer = handedOver ? undefined : primed(...(args as never));
        // Only the first call may take it: a later one (after a change, or back on the same unit) reads afresh.
        handedOver = true;
        return answer === undefined ? value.apply(target, args) : Promise.resolve(answer);
      };
    }
  });
}

/**
 * The repositories as the first view sees them: what the start's batch brought (the overview, the plan's
 * checklist, its item assignments and the unit's people, the period's follow-up basis for the plan's
 * progress; the plans' list's saved minutes) is handed over once, for the unit and period it was read for; everything else, and any later
 * load, goes to SharePoint.
 */
export function withStartData(repositories: MrRepositories, route: StartRouteData | undefined): MrRepositories {
  if (route === undefined) return repositories;
  const { unitId, period, planView, assignments, unitPeople, basis, savedMinutes } = route;
  const ours = (unit: number | undefined, at: number): boolean => unit === unitId && at === period;
  let checklistView: StartRouteData['planView'] = planView;
  return {
    ...repositories,
    programme: primedOnce(repositories.programme, 'loadOverview', (unit, at) => (ours(unit, at) ? route.overview : undefined)),
    assignments: primedOnce(repositories.assignments, 'forUnitPlan', (unit, planId, at) =>
      ours(unit, at) && planView?.value.plan.id === planId ? assignments : undefined
    ),
    unitPeople: primedOnce(repositories.unitPeople, 'forUnit', (unit) => (unit === unitId ? unitPeople : undefined)),
    minutes: primedOnce(repositories.minutes, 'forUnit', (unit) => (unit === unitId ? savedMinutes : undefined)),
    // The plan's progress reads the basis of its one period, without past-due rows: what the start read.
    followUp: primedOnce(repositories.followUp, 'basisForPeriods', (periods, dueBefore) =>
      periods.length === 1 && periods[0] === period && dueBefore === undefined ? basis : undefined
    ),
    openChecklist: (unit, planId, at, options) => {
      const primed = ours(unit, at) && checklistView?.value.plan.id === planId ? checklistView : undefined;
      checklistView = undefined;
      return repositories.openChecklist(unit, planId, at, primed === undefined ? options : { ...options, initialView: primed });
    }
  };
}
