/** @jest-environment jsdom */
import * as React from 'react';
import { act, render, screen } from '@testing-library/react';
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { watchTeams, withTeamsFacts } from '../../../src/hosts/teams';
import type { TeamsAppContext, TeamsFacts, TeamsSdk } from '../../../src/hosts/teams';
import { SITE_THEME } from '../../../src/hosts/devPage/sampleSiteTheme';
import { App } from '../../../src/ui/App';
import type { HostContext } from '../../../src/ui/App';
import { brandRampFromPalette, fluentTheme, fluentThemeFromSiteTheme, SiteTheme, teamsTheme } from '../../../src/ui/theme';
import { GOAL_SV } from '../fakes';
import { hostContext, providerVariable } from '../render';

const SITE_PALETTE = SITE_THEME.palette as Record<string, string>;

/** Relative luminance (WCAG), to check that a ramp runs from dark to light. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('theme mapping', () => {
  it.each([
    ['default', teamsLightTheme],
    ['dark', teamsDarkTheme],
    ['contrast', teamsHighContrastTheme],
    ['a theme Teams adds later', teamsLightTheme]
  ])('maps the Teams theme %s', (name, expected) => {
    expect(teamsTheme(name)).toBe(expected);
    expect(fluentTheme({ source: 'teams', name })).toBe(expected);
  });

  it('gives a SharePoint page without a site theme Fluent’s web theme', () => {
    expect(fluentTheme({ source: 'sharePoint' })).toEqual(webLightTheme);
    expect(fluentThemeFromSiteTheme({ isInverted: true })).toEqual(webDarkTheme);
  });

  it('makes the site theme the brand: primary at 80, a ramp from dark to light', () => {
    const ramp = brandRampFromPalette(SITE_PALETTE, false);
    expect(ramp?.[80]).toBe(SITE_PALETTE.themePrimary);
    expect(ramp?.[40]).toBe(SITE_PALETTE.themeDarker);
    expect(ramp?.[160]).toBe(SITE_PALETTE.themeLighterAlt);
    const shades = Object.values(ramp ?? {}).map(luminance);
    expect(shades).toEqual([...shades].sort((a, b) => a - b));
    const theme = fluentThemeFromSiteTheme({ palette: SITE_PALETTE, semanticColors: { bodyBackground: '#ffffff', bodyText: '#323130' } });
    expect(theme.colorBrandBackground).toBe(SITE_PALETTE.themePrimary);
    expect(theme.colorNeutralBackground1).toBe('#ffffff');
    expect(theme.colorNeutralForeground1).toBe('#323130');
  });

  it('turns a section’s background into the app’s, and an inverted (strong) section into a dark theme', () => {
    const soft = fluentThemeFromSiteTheme({ palette: SITE_PALETTE, semanticColors: { bodyBackground: '#f2f6fb' } });
    expect(soft.colorNeutralBackground1).toBe('#f2f6fb');
    const inverted: SiteTheme = {
      palette: { ...SITE_PALETTE, themePrimary: '#6b9bd0', themeLighterAlt: '#07121d', themeDarker: '#d6e4f3' },
      semanticColors: { bodyBackground: '#0f1d2e', bodyText: '#ffffff' },
      isInverted: true
    };
    const strong = fluentThemeFromSiteTheme(inverted);
    expect(strong.colorNeutralBackground1).toBe('#0f1d2e');
    expect(strong.colorNeutralForeground1).toBe('#ffffff');
    expect(strong.colorNeutralBackground3).toBe(webDarkTheme.colorNeutralBackground3);
    expect(strong.colorBrandForeground1).toBe('#6b9bd0');
  });

  it('ignores colours it cannot read instead of breaking the page', () => {
    expect(brandRampFromPalette({ themePrimary: 'rgba(0,0,0,.5)' }, false)).toBeUndefined();
    const theme = fluentThemeFromSiteTheme({ palette: { themePrimary: '#00468b', themeDark: 'var(--x)' }, semanticColors: { bodyBackground: 'transparent' } });
    expect(theme.colorBrandBackground).toBe('#00468b');
    expect(theme.colorNeutralBackground1).toBe(webLightTheme.colorNeutralBackground1);
  });
});

/** A scripted Teams: answers getContext when told, and raises theme changes like Teams does. */
function scriptedTeams(context: TeamsAppContext): { sdk: TeamsSdk; answer: () => void; switchTheme: (theme: string) => void } {
  let answer: () => void = () => undefined;
  let onTheme: (theme: string) => void = () => undefined;
  return {
    sdk: {
      app: {
        getContext: () => new Promise((resolve) => (answer = () => resolve(context))),
        registerOnThemeChangeHandler: (handler) => (onTheme = handler)
      }
    },
    answer: () => answer(),
    switchTheme: (theme) => onTheme(theme)
  };
}

/** What the web part does in Teams: render at once, render again with every fact Teams reports. */
function TeamsHost({ sdk, base }: { sdk: TeamsSdk; base: HostContext }): React.ReactElement {
  const [facts, setFacts] = React.useState<TeamsFacts>();
  React.useEffect(() => watchTeams(sdk, setFacts), [sdk]);
  return <App host={withTeamsFacts(base, facts)} />;
}

describe('following Teams’ theme', () => {
  it('renders before Teams answers, takes Teams’ theme, and switches live to high contrast', async () => {
    const teams = scriptedTeams({ app: { theme: 'dark', locale: 'sv-SE' }, page: { frameContext: 'content' }, team: { groupId: 'g' } });
    const { container } = render(<TeamsHost sdk={teams.sdk} base={hostContext('sv')} />);
    expect(providerVariable(container, 'colorNeutralBackground1')).toBe(teamsLightTheme.colorNeutralBackground1);

    await act(async () => teams.answer());
    expect(providerVariable(container, 'colorNeutralBackground1')).toBe(teamsDarkTheme.colorNeutralBackground1);
    expect(await screen.findByText(GOAL_SV)).toBeTruthy();

    act(() => teams.switchTheme('contrast'));
    expect(providerVariable(container, 'colorNeutralBackground1')).toBe(teamsHighContrastTheme.colorNeutralBackground1);
    expect(providerVariable(container, 'colorBrandForegroundLink')).toBe(teamsHighContrastTheme.colorBrandForegroundLink);
    expect(screen.getByText(GOAL_SV)).toBeTruthy();
  });
});
