import type { MrRepositories } from '../createApp';
import type { StartRouteData } from '../contracts/start';

/**
 * The repositories as the first view sees them: the overview and the plan's checklist the start's batch
 * brought are handed over once, for the unit and period they were read for; everything else, and any
 * later load, goes to SharePoint.
 */
export function withStartData(repositories: MrRepositories, route: StartRouteData | undefined): MrRepositories {
  if (route === undefined) return repositories;
  let overview: StartRouteData['overview'] | undefined = route.overview;
  let planView: StartRouteData['planView'] = route.planView;
  const { programme } = repositories;
  return {
    ...repositories,
    programme: {
      loadOverview: (unitId, period, now) => {
        const primed = unitId === route.unitId && period === route.period ? overview : undefined;
        overview = undefined;
        return primed === undefined ? programme.loadOverview(unitId, period, now) : Promise.resolve(primed);
      },
      saveEntry: (entry) => programme.saveEntry(entry)
    },
    openChecklist: (unitId, planId, period, options) => {
      const primed = unitId === route.unitId && period === route.period && planView?.value.plan.id === planId ? planView : undefined;
      planView = undefined;
      return repositories.openChecklist(unitId, planId, period, primed === undefined ? options : { ...options, initialView: primed });
    }
  };
}
