/** The app as hosts use it: the component, the context they fill, and what they need to fill it. */
export { App, COMPONENT_ID } from './App';
export type { AppProps, HostContext, HostKind, UnitSource } from './App';
export { loadLocalization, useHostLocalization } from './loc';
export type { Localization, Strings } from './loc';
export { isViewKey, routeFromQuery, routeFromSubPageId, routeToQuery, routeToSubPageId, VIEW_KEYS } from './routing';
export type { Route, RouteParse, ViewKey } from './routing';
export type { HostTheme, SiteTheme, TeamsThemeName } from './theme';
