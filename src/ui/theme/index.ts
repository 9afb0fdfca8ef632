export { fluentTheme, teamsTheme } from './hostTheme';
export type { HostTheme, TeamsThemeName } from './hostTheme';
export { brandRampFromPalette, fluentThemeFromSiteTheme } from './siteTheme';
export type { SiteTheme } from './siteTheme';
