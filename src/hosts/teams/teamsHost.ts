/**
 * The Teams adapter: what the app needs from the Teams JavaScript SDK (teams-js v2), read once after the
 * first render and followed for theme changes. The SDK is typed by shape, with only the calls made here,
 * so that the instance SPFx hands over (`this.context.sdks.microsoftTeams.teamsJs`) fits as it is, and so
 * does the local host's stand-in.
 */
import type { MeetingRef } from '../../domain/minutes';
import type { HostContext, HostKind } from '../../ui/App';
import { routeFromSubPageId } from '../../ui/routing';
import { teamsDeepLink } from '../card/deepLinks';

/** The part of Teams' `app.Context` the app reads. */
export interface TeamsAppContext {
  app: { theme?: string; locale: string };
  page: { id?: string; subPageId?: string; frameContext?: string };
  team?: { groupId?: string; displayName?: string };
  channel?: { id?: string };
  chat?: { id: string };
  /** Present in a meeting's side panel and stage. */
  meeting?: { id: string };
}

export interface TeamsSdk {
  app: {
    getContext(): Promise<TeamsAppContext>;
    registerOnThemeChangeHandler(handler: (theme: string) => void): void;
  };
}

/** What Teams told the host. */
export interface TeamsFacts {
  hostKind: HostKind;
  /** Teams' theme name: `default`, `dark` or `contrast`. */
  theme: string;
  /** Absent when Teams could not be asked; the host keeps its own locale then. */
  locale?: string;
  subPageId?: string;
  groupId?: string;
  /** The team's name, when the tab is in a team. */
  teamName?: string;
  /** The tab's entity id and its channel: what a deep link back to this tab names. */
  entityId?: string;
  channelId?: string;
  /** The meeting, in a meeting's side panel or stage: its id, and its chat as a Teams link. */
  meeting?: MeetingRef;
}

/** Where the tab is: a meeting's side panel or stage, a team's or chat's tab, or the personal app. */
export function teamsFactsFrom(context: TeamsAppContext): TeamsFacts {
  const frame = context.page.frameContext;
  const groupId = context.team?.groupId;
  const hostKind: HostKind =
    frame === 'meetingStage' ? 'meetingStage' : frame === 'sidePanel' ? 'meetingSidePanel' : groupId || context.chat ? 'teamsTab' : 'teamsPersonal';
  return {
    hostKind,
    theme: context.app.theme ?? 'default',
    locale: context.app.locale,
    subPageId: context.page.subPageId,
    groupId,
    teamName: context.team?.displayName,
    entityId: context.page.id,
    channelId: context.channel?.id,
    meeting: meetingOf(context)
  };
}

/** The meeting Teams names, with its chat as a link that opens it in Teams (chat, recap and recording); none outside a meeting. */
export function meetingOf(context: TeamsAppContext): MeetingRef | undefined {
  if (context.meeting === undefined) return undefined;
  const chatId = context.chat?.id;
  return { id: context.meeting.id, link: chatId ? `https://teams.microsoft.com/l/chat/${encodeURIComponent(chatId)}/conversations` : undefined };
}

/**
 * Asks Teams for its context without waiting on it, and follows theme changes. `onFacts` gets the facts
 * once the context arrives and again on every theme change. Should Teams not answer, the app still has
 * to work: it gets facts without a team, so it shows the person's own units.
 */
export function watchTeams(sdk: TeamsSdk, onFacts: (facts: TeamsFacts) => void): void {
  let facts: TeamsFacts | undefined;
  let themeBeforeContext: string | undefined;
  sdk.app.registerOnThemeChangeHandler((theme) => {
    if (facts === undefined) {
      themeBeforeContext = theme;
      return;
    }
    facts = { ...facts, theme };
    onFacts(facts);
  });
  sdk.app.getContext().then(
    (context) => {
      facts = teamsFactsFrom(context);
      if (themeBeforeContext !== undefined) facts = { ...facts, theme: themeBeforeContext };
      onFacts(facts);
    },
    () => {
      facts = { hostKind: 'teamsTab', theme: themeBeforeContext ?? 'default' };
      onFacts(facts);
    }
  );
}

/**
 * The host context inside Teams: Teams' theme, locale and sub-page id over what the host had, and the
 * unit from the team unless the host was configured with one. Until Teams answers, the light theme and a
 * pending unit, so the first render never waits for Teams.
 */
export function withTeamsFacts(base: HostContext, facts: TeamsFacts | undefined): HostContext {
  const configured = base.unitSource.kind === 'configured';
  if (facts === undefined) {
    return { ...base, theme: { source: 'teams', name: 'default' }, unitSource: configured ? base.unitSource : { kind: 'pending' } };
  }
  const link = routeFromSubPageId(facts.subPageId, base.route);
  return {
    ...base,
    hostKind: facts.hostKind,
    locale: facts.locale ?? base.locale,
    theme: { source: 'teams', name: facts.theme },
    unitSource: configured ? base.unitSource : facts.groupId ? { kind: 'teamsGroup', groupId: facts.groupId } : { kind: 'membership' },
    team: facts.groupId && facts.teamName ? { groupId: facts.groupId, name: facts.teamName } : base.team,
    meeting: facts.meeting ?? base.meeting,
    route: link.route,
    invalidLink: link.invalidLink ?? base.invalidLink,
    // Teams shows no address: the copied link is a deep link back into this tab.
    linkTo: (route) => teamsDeepLink(route, facts.entityId, facts.channelId)
  };
}
