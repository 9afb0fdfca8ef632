import type { SiteTheme } from '../../ui';

/**
 * A SharePoint site theme as the ThemeProvider service hands it to a web part, for the development page: a
 * blue site theme on a white section, and the same theme on a strong (dark, inverted) section.
 */
const PALETTE = {
  themeDarker: '#00264d',
  themeDark: '#003366',
  themeDarkAlt: '#003f7a',
  themePrimary: '#00468b',
  themeSecondary: '#1a5a99',
  themeTertiary: '#5a8bbd',
  themeLight: '#a8c4e0',
  themeLighter: '#cfdff0',
  themeLighterAlt: '#f2f6fb'
};

export const SITE_THEME: SiteTheme = {
  palette: PALETTE,
  semanticColors: { bodyBackground: '#ffffff', bodyText: '#323130' },
  isInverted: false
};

/** SharePoint's strong section inverts the palette: its "lighter" slots are the dark ones. */
export const SITE_THEME_DARK_SECTION: SiteTheme = {
  palette: {
    themeDarker: '#d6e4f3',
    themeDark: '#b3cde8',
    themeDarkAlt: '#8fb3db',
    themePrimary: '#6b9bd0',
    themeSecondary: '#4f86c0',
    themeTertiary: '#2f5f8f',
    themeLight: '#1b3a59',
    themeLighter: '#10263b',
    themeLighterAlt: '#07121d'
  },
  semanticColors: { bodyBackground: '#0f1d2e', bodyText: '#ffffff' },
  isInverted: true
};
