/**
 * Adaptive Card host configurations for the dashboard's themes, as Viva Connections themes the cards it
 * draws: the card's own templates name only semantic colours (default, subtle, accent), never values.
 * Every pair meets WCAG 2.2 AA contrast (at least 4.5:1) on its background.
 */
import type { DevPageTheme } from '../devPageOptions';

export type DashboardTheme = Exclude<DevPageTheme, 'site'>;

interface Palette {
  background: string;
  text: string;
  subtle: string;
  accent: string;
}

const PALETTES: Record<DashboardTheme, Palette> = {
  light: { background: '#ffffff', text: '#242424', subtle: '#616161', accent: '#0f548c' },
  dark: { background: '#292929', text: '#ffffff', subtle: '#d6d6d6', accent: '#9ccbf5' },
  contrast: { background: '#000000', text: '#ffffff', subtle: '#ffffff', accent: '#ffff00' }
};

export function dashboardPalette(theme: DashboardTheme): Palette {
  return PALETTES[theme];
}

export function hostConfigFor(theme: DashboardTheme): object {
  const { background, text, subtle, accent } = PALETTES[theme];
  const colour = (value: string): { default: string; subtle: string } => ({ default: value, subtle: value });
  return {
    fontFamily: "'Segoe UI', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif",
    supportsInteractivity: true,
    textBlock: { headingLevel: 3 },
    containerStyles: {
      default: {
        backgroundColor: background,
        foregroundColors: {
          default: { default: text, subtle },
          accent: colour(accent),
          good: colour(text),
          warning: colour(text),
          attention: colour(text),
          light: colour(text),
          dark: colour(text)
        }
      }
    },
    actions: { actionsOrientation: 'Horizontal', actionAlignment: 'Left', buttonSpacing: 8, maxActions: 5, spacing: 'Default' }
  };
}
