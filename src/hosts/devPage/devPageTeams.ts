import type { TeamsAppContext, TeamsSdk } from '../teams';

/**
 * The names Teams gives the local tenant's teams (local/server/sharepoint/directory.ts): a tab in a team
 * learns its team's id and name from Teams, and an editor links the team to a unit by them.
 */
export const DEV_PAGE_TEAM_NAMES: Readonly<Record<string, string>> = {
  '11111111-2222-3333-4444-555555555555': 'Nämndkansliet Hägersten-Älvsjö',
  '22222222-3333-4444-5555-666666666666': 'Strategi och utveckling, Socialförvaltningen',
  '33333333-4444-5555-6666-777777777777': 'Kulturförvaltningen'
};

/** The meeting Teams tells a tab in a team's meeting (side panel or stage): its id, and its chat. */
export function devPageMeeting(groupId: string): Pick<TeamsAppContext, 'meeting' | 'chat'> {
  return { meeting: { id: `local-meeting-${groupId}` }, chat: { id: `19:meeting_local-${groupId}@thread.v2` } };
}

/** The development page's stand-in for Teams: the same calls the app makes, and a way to switch the theme live. */
export interface DevPageTeams {
  sdk: TeamsSdk;
  /** Plays Teams' theme-change event, as when a person switches Teams to dark or high contrast. */
  switchTheme(theme: string): void;
}

export function createDevPageTeams(context: TeamsAppContext): DevPageTeams {
  let current = context;
  const handlers: Array<(theme: string) => void> = [];
  return {
    sdk: {
      app: {
        getContext: () => Promise.resolve(current),
        registerOnThemeChangeHandler: (handler) => {
          handlers.push(handler);
        }
      }
    },
    switchTheme: (theme) => {
      current = { ...current, app: { ...current.app, theme } };
      handlers.forEach((handler) => handler(theme));
    }
  };
}
