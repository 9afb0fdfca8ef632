import { BrandVariants, createDarkTheme, createLightTheme, Theme, webDarkTheme, webLightTheme } from '@fluentui/react-components';

/** The theme slots of a SharePoint site theme (Fluent v8 palette), from darkest to lightest in a light theme. */
const THEME_SLOTS = [
  'themeDarker',
  'themeDark',
  'themeDarkAlt',
  'themePrimary',
  'themeSecondary',
  'themeTertiary',
  'themeLight',
  'themeLighter',
  'themeLighterAlt'
] as const;

type ThemeSlot = (typeof THEME_SLOTS)[number];

/**
 * The part of SPFx's `IReadonlyTheme` (ThemeProvider service) that the app reads: the site theme's
 * palette and the section's semantic colours. Typed structurally so that the UI does not depend on SPFx.
 */
export interface SiteTheme {
  palette?: Readonly<Partial<Record<ThemeSlot, string>>>;
  semanticColors?: Readonly<{ bodyBackground?: string; bodyText?: string }>;
  /** True on dark site themes and on strong (dark) section backgrounds. */
  isInverted?: boolean;
}

/**
 * Where each slot sits on Fluent v9's 16-step brand ramp (10 darkest … 160 lightest). Light themes put the
 * primary colour at 80, where `createLightTheme` takes its brand background; inverted palettes name their
 * slots the other way round (the "lighter" slots are the dark ones) and `createDarkTheme` reads brand 100.
 */
const LIGHT_POSITIONS = [40, 60, 70, 80, 90, 110, 130, 140, 160];
const INVERTED_POSITIONS = [160, 140, 120, 100, 90, 70, 50, 30, 10];
const RAMP_STEPS = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160] as const;

type Rgb = [number, number, number];

function parseHex(value: string | undefined): Rgb | undefined {
  const match = value === undefined ? null : /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!match) return undefined;
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function mix(from: Rgb, to: Rgb, share: number): Rgb {
  return from.map((c, i) => c + (to[i] - c) * share) as Rgb;
}

/**
 * A brand ramp from the site palette: each slot at its place, the steps between blended from their
 * neighbours, and the ends blended towards black and white.
 */
export function brandRampFromPalette(palette: SiteTheme['palette'], isInverted: boolean): BrandVariants | undefined {
  if (parseHex(palette?.themePrimary) === undefined) return undefined;
  const positions = isInverted ? INVERTED_POSITIONS : LIGHT_POSITIONS;
  const anchors = new Map<number, Rgb>([
    [0, [0, 0, 0]],
    [170, [255, 255, 255]]
  ]);
  THEME_SLOTS.forEach((slot, index) => {
    const rgb = parseHex(palette?.[slot]);
    if (rgb) anchors.set(positions[index], rgb);
  });
  const stops = [...anchors.keys()].sort((a, b) => a - b);
  const ramp = {} as Record<(typeof RAMP_STEPS)[number], string>;
  for (const step of RAMP_STEPS) {
    const below = stops.filter((s) => s <= step).pop() as number;
    const above = stops.find((s) => s >= step) as number;
    const share = above === below ? 0 : (step - below) / (above - below);
    ramp[step] = toHex(mix(anchors.get(below) as Rgb, anchors.get(above) as Rgb, share));
  }
  return ramp;
}

/**
 * The Fluent v9 theme for a SharePoint page: the site theme's colours as the brand, light or dark as the
 * theme (or the section) is, and the section's background and text colour as the app's own.
 */
export function fluentThemeFromSiteTheme(siteTheme: SiteTheme | undefined): Theme {
  const isInverted = siteTheme?.isInverted === true;
  const brand = brandRampFromPalette(siteTheme?.palette, isInverted);
  const base = brand ? (isInverted ? createDarkTheme(brand) : createLightTheme(brand)) : isInverted ? webDarkTheme : webLightTheme;
  const background = parseHex(siteTheme?.semanticColors?.bodyBackground);
  const text = parseHex(siteTheme?.semanticColors?.bodyText);
  return {
    ...base,
    ...(background ? { colorNeutralBackground1: toHex(background) } : {}),
    ...(text ? { colorNeutralForeground1: toHex(text) } : {})
  };
}
