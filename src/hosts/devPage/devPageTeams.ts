import type { TeamsAppContext, TeamsSdk } from '../teams';

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
