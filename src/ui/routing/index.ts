export {
  isViewKey,
  routeFromQuery,
  routeFromSubPageId,
  routeToQuery,
  routeToSubPageId,
  sameRoute,
  UNIT_PARAM,
  VIEW_KEYS,
  VIEW_PARAM
} from './route';
export type { Route, RouteParse, ViewKey } from './route';
