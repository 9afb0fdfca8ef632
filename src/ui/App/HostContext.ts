import type { MrRepositories, StartCache } from '../../app';
import type { LinkedTeam } from '../../domain/linkedTeam';
import type { MeetingRef } from '../../domain/minutes';
import type { Period } from '../../domain/period';
import type { Route } from '../routing';
import type { HostTheme } from '../theme';

/** Where the app runs; decides the layout and how the unit is found. */
export type HostKind = 'sharePointPage' | 'teamsTab' | 'teamsPersonal' | 'meetingSidePanel' | 'meetingStage';

/** How the app finds the unit whose progress it shows. */
export type UnitSource =
  /** Chosen in the web part's property pane. */
  | { kind: 'configured'; unitId: number }
  /** A team's tab: the unit mapped to the team's Microsoft 365 group. */
  | { kind: 'teamsGroup'; groupId: string }
  /** The units the person belongs to (personal app, or a page without a chosen unit). */
  | { kind: 'membership' }
  /** Teams has not told the host about the team yet. */
  | { kind: 'pending' };

/**
 * Everything a host (SharePoint web part, Teams, the local page) tells the app. Hosts render the app
 * again with a new context when something changes (Teams answers, the theme switches); the app never
 * calls a host SDK itself.
 */
export interface HostContext {
  repositories: MrRepositories;
  hostKind: HostKind;
  /** The user's BCP 47 locale from SharePoint or Teams: picks the language and formats dates and numbers. */
  locale: string;
  theme: HostTheme;
  unitSource: UnitSource;
  /** The Teams team whose tab the app runs in, when Teams told its id and name: an editor can link it to a unit from here. */
  team?: LinkedTeam;
  /** The Teams meeting the app runs in (side panel or stage), when Teams said which: saved minutes link to it. */
  meeting?: MeetingRef;
  /** The view to open: from the page URL or Teams' sub-page id. */
  route: Route;
  /** A link the host could not read, so the app can say why it shows the default view. */
  invalidLink?: string;
  /** The address that opens the app at a route, for "Kopiera länk": the page's link, or a Teams deep link in Teams. */
  linkTo?: (route: Route) => string;
  /** Called when the person moves to another view, so the host can keep its URL a shareable deep link. */
  onRouteChange?: (route: Route) => void;
  period: Period;
  /** The SharePoint site that holds the lists, as people know it (shown in messages). */
  dataSiteUrl: string;
  /** Where the last start is kept for the next (IndexedDB in browsers), for the person the host knows; without it every start is cold. */
  startCache?: HostStartCache;
}

export interface HostStartCache {
  cache: StartCache;
  /** The signed-in person's login, as the host knows it before any request (SPFx pageContext; the local page's user). */
  person: string;
  /** The schema version this code reads (data/schema's SCHEMA_VERSION). */
  schemaVersion: number;
}
