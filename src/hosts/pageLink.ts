import { Route, routeToQuery } from '../ui/routing';

/** The address of this page opened at a route (`?mrView=plans&mrPlan=antiRacism`), keeping the page's other parameters. */
export function pageLink(route: Route): string {
  return `${window.location.origin}${window.location.pathname}${routeToQuery(route, window.location.search)}`;
}
