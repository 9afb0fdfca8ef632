import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, Theme } from '@fluentui/react-components';
import { fluentThemeFromSiteTheme, SiteTheme } from './siteTheme';

/** The theme names Teams reports (`app.theme`). */
export type TeamsThemeName = 'default' | 'dark' | 'contrast';

const TEAMS_THEMES: Record<TeamsThemeName, Theme> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme
};

/** What the host knows about its theme; the app turns it into a Fluent theme. */
export type HostTheme = { source: 'teams'; name: string } | { source: 'sharePoint'; siteTheme?: SiteTheme };

/** Teams' theme by name; a name Teams may add later gets the light theme rather than no theme. */
export function teamsTheme(name: string): Theme {
  return Object.prototype.hasOwnProperty.call(TEAMS_THEMES, name) ? TEAMS_THEMES[name as TeamsThemeName] : teamsLightTheme;
}

export function fluentTheme(hostTheme: HostTheme): Theme {
  return hostTheme.source === 'teams' ? teamsTheme(hostTheme.name) : fluentThemeFromSiteTheme(hostTheme.siteTheme);
}
