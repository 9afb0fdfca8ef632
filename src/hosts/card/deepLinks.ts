/**
 * Where the card's links go: into the app at a view (and plan or update), either on the SharePoint page
 * that holds the web part (`?mrView=plans&mrPlan=antiRacism`) or, without such a page, into the app's
 * personal tab in Teams (the same route as Teams' sub-page id), which is where Viva Connections runs.
 */
import { Route, routeToQuery, routeToSubPageId } from '../../ui/routing';

/** The Teams app id: the web part's component id (teams/manifest.json; a test checks that they agree). */
export const TEAMS_APP_ID = '575732f8-b50e-462e-bbd3-42e9a3f3f155';
/** The personal tab's entity id in teams/manifest.json. */
export const TEAMS_PERSONAL_TAB = 'mr-programmet';

export interface DeepLink {
  url: string;
  /** Teams opens it inside Teams rather than in a browser. */
  isTeamsDeepLink: boolean;
}

/** `appPageUrl` empty or unusable: the links open the app in Teams. */
export function deepLink(appPageUrl: string | undefined, route: Route): DeepLink {
  const page = appPageUrl?.trim();
  if (page) {
    const url = new URL(page);
    url.search = routeToQuery(route, url.search);
    return { url: url.toString(), isTeamsDeepLink: false };
  }
  return { url: teamsDeepLink(route), isTeamsDeepLink: true };
}

/**
 * A Teams deep link into the app at a route: the personal tab, or the tab `entityId` (a channel's, with its
 * `channelId`, or a chat's or meeting's). Teams hands the route to the tab as its sub-page id.
 */
export function teamsDeepLink(route: Route, entityId: string = TEAMS_PERSONAL_TAB, channelId?: string): string {
  const context = encodeURIComponent(JSON.stringify({ subEntityId: routeToSubPageId(route), ...(channelId ? { channelId } : {}) }));
  return `https://teams.microsoft.com/l/entity/${TEAMS_APP_ID}/${encodeURIComponent(entityId)}?context=${context}`;
}
