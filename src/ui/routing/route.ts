/**
 * Where the app is: a view, for some views the item it opens at, and the unit it shows. A route travels
 * as URL query parameters on a SharePoint page (`?mrView=plans&mrPlan=antiRacism&mrUnit=12`) and as
 * Teams' sub-page id (`plans/antiRacism?mrUnit=12`), so a link pasted in a chat opens the same plan of
 * the same unit.
 */
export type ViewKey = 'overview' | 'plans' | 'staircase' | 'updates' | 'followUp' | 'content';

export const VIEW_KEYS: readonly ViewKey[] = ['overview', 'plans', 'staircase', 'updates', 'followUp', 'content'];

export interface Route {
  view: ViewKey;
  /** The plan key (plans), update id (updates), section (content) or selection (followUp) the view opens at. */
  item?: string;
  /** The unit the person chose to look at; without it the host's unit (configured, the team's, their own). */
  unit?: number;
}

/** A deep link that did not parse: the app shows `fallback` and tells the person why. */
export interface RouteParse {
  route: Route;
  /** The link as given, when it was not a valid route. */
  invalidLink?: string;
}

export const VIEW_PARAM = 'mrView';

/** The query parameter that carries the unit, on a page and inside Teams' sub-page id alike. */
export const UNIT_PARAM = 'mrUnit';

/** The query parameter that carries a view's item; views without items have none. */
const ITEM_PARAM: Partial<Record<ViewKey, string>> = { plans: 'mrPlan', updates: 'mrUpdate', content: 'mrSection', followUp: 'mrFilter' };

/** Plan keys and update ids: short, URL-safe tokens. Anything else is refused rather than passed on. */
const ITEM_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** A unit's list item id: a positive whole number, nothing else. */
const UNIT_PATTERN = /^[1-9][0-9]{0,9}$/;

export function isViewKey(value: unknown): value is ViewKey {
  return typeof value === 'string' && (VIEW_KEYS as readonly string[]).includes(value);
}

function parseParts(view: string, item: string | undefined, link: string, fallback: Route): RouteParse {
  if (!isViewKey(view)) return { route: fallback, invalidLink: link };
  if (item === undefined || item === '') return { route: { view } };
  if (ITEM_PARAM[view] === undefined || !ITEM_PATTERN.test(item)) return { route: { view }, invalidLink: link };
  return { route: { view, item } };
}

/** Adds the link's unit to a parsed route; a unit that is no id makes the link invalid, and the route keeps its view. */
function withUnit(parsed: RouteParse, unit: string | undefined, link: string): RouteParse {
  if (unit === undefined || unit === '') return parsed;
  if (!UNIT_PATTERN.test(unit)) return { ...parsed, invalidLink: link };
  return { ...parsed, route: { ...parsed.route, unit: Number(unit) } };
}

/** Reads a route from a query string; no `mrView` and no `mrUnit` means the fallback, silently. */
export function routeFromQuery(search: string, fallback: Route): RouteParse {
  const params = new URLSearchParams(search);
  const view = params.get(VIEW_PARAM);
  const unit = params.get(UNIT_PARAM) ?? undefined;
  if (view === null) return withUnit({ route: fallback }, unit, search);
  const itemParam = isViewKey(view) ? ITEM_PARAM[view] : undefined;
  const item = itemParam ? params.get(itemParam) ?? undefined : undefined;
  return withUnit(parseParts(view, item, search, fallback), unit, search);
}

/** Writes a route into a query string, keeping the page's other parameters. */
export function routeToQuery(route: Route, search: string = ''): string {
  const params = new URLSearchParams(search);
  params.set(VIEW_PARAM, route.view);
  for (const param of Object.values(ITEM_PARAM)) params.delete(param as string);
  const itemParam = ITEM_PARAM[route.view];
  if (itemParam !== undefined && route.item !== undefined) params.set(itemParam, route.item);
  if (route.unit === undefined) params.delete(UNIT_PARAM);
  else params.set(UNIT_PARAM, String(route.unit));
  return `?${params.toString()}`;
}

/** Reads a route from Teams' sub-page id (`view`, `view/item`, either with `?mrUnit=<id>`); empty means the fallback. */
export function routeFromSubPageId(subPageId: string | undefined, fallback: Route): RouteParse {
  if (subPageId === undefined || subPageId.trim() === '') return { route: fallback };
  const [path, query = '', ...more] = subPageId.trim().split('?');
  const unit = new URLSearchParams(query).get(UNIT_PARAM) ?? undefined;
  if (more.length > 0) return { route: fallback, invalidLink: subPageId };
  if (path === '') return withUnit({ route: fallback }, unit, subPageId);
  const [view, item, ...rest] = path.split('/');
  if (rest.length > 0) return { route: fallback, invalidLink: subPageId };
  return withUnit(parseParts(view, item, subPageId, fallback), unit, subPageId);
}

export function routeToSubPageId(route: Route): string {
  const path = route.item !== undefined && ITEM_PARAM[route.view] !== undefined ? `${route.view}/${route.item}` : route.view;
  return route.unit === undefined ? path : `${path}?${UNIT_PARAM}=${route.unit}`;
}

export function sameRoute(a: Route, b: Route): boolean {
  return a.view === b.view && a.item === b.item && a.unit === b.unit;
}
