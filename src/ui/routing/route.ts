/**
 * Where the app is: a view and, for some views, the item it opens at. A route travels as URL query
 * parameters on a SharePoint page (`?mrView=plans&mrPlan=antiRacism`) and as Teams' sub-page id
 * (`plans/antiRacism`), so a link pasted in a chat opens a specific plan.
 */
export type ViewKey = 'overview' | 'plans' | 'staircase' | 'updates' | 'followUp' | 'content';

export const VIEW_KEYS: readonly ViewKey[] = ['overview', 'plans', 'staircase', 'updates', 'followUp', 'content'];

export interface Route {
  view: ViewKey;
  /** The plan key (plans), update id (updates) or section (content) the view opens at. */
  item?: string;
}

/** A deep link that did not parse: the app shows `fallback` and tells the person why. */
export interface RouteParse {
  route: Route;
  /** The link as given, when it was not a valid route. */
  invalidLink?: string;
}

export const VIEW_PARAM = 'mrView';

/** The query parameter that carries a view's item; views without items have none. */
const ITEM_PARAM: Partial<Record<ViewKey, string>> = { plans: 'mrPlan', updates: 'mrUpdate', content: 'mrSection' };

/** Plan keys and update ids: short, URL-safe tokens. Anything else is refused rather than passed on. */
const ITEM_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function isViewKey(value: unknown): value is ViewKey {
  return typeof value === 'string' && (VIEW_KEYS as readonly string[]).includes(value);
}

function parseParts(view: string, item: string | undefined, link: string, fallback: Route): RouteParse {
  if (!isViewKey(view)) return { route: fallback, invalidLink: link };
  if (item === undefined || item === '') return { route: { view } };
  if (ITEM_PARAM[view] === undefined || !ITEM_PATTERN.test(item)) return { route: { view }, invalidLink: link };
  return { route: { view, item } };
}

/** Reads a route from a query string; no `mrView` means the fallback, silently. */
export function routeFromQuery(search: string, fallback: Route): RouteParse {
  const params = new URLSearchParams(search);
  const view = params.get(VIEW_PARAM);
  if (view === null) return { route: fallback };
  const itemParam = isViewKey(view) ? ITEM_PARAM[view] : undefined;
  const item = itemParam ? params.get(itemParam) ?? undefined : undefined;
  return parseParts(view, item, search, fallback);
}

/** Writes a route into a query string, keeping the page's other parameters. */
export function routeToQuery(route: Route, search: string = ''): string {
  const params = new URLSearchParams(search);
  params.set(VIEW_PARAM, route.view);
  for (const param of Object.values(ITEM_PARAM)) params.delete(param as string);
  const itemParam = ITEM_PARAM[route.view];
  if (itemParam !== undefined && route.item !== undefined) params.set(itemParam, route.item);
  return `?${params.toString()}`;
}

/** Reads a route from Teams' sub-page id (`view` or `view/item`); empty means the fallback. */
export function routeFromSubPageId(subPageId: string | undefined, fallback: Route): RouteParse {
  if (subPageId === undefined || subPageId.trim() === '') return { route: fallback };
  const [view, item, ...rest] = subPageId.trim().split('/');
  if (rest.length > 0) return { route: fallback, invalidLink: subPageId };
  return parseParts(view, item, subPageId, fallback);
}

export function routeToSubPageId(route: Route): string {
  return route.item !== undefined && ITEM_PARAM[route.view] !== undefined ? `${route.view}/${route.item}` : route.view;
}

export function sameRoute(a: Route, b: Route): boolean {
  return a.view === b.view && a.item === b.item;
}
