/**
 * Rendering helpers for UI tests: the app or a single component inside the same providers the app
 * uses, in Swedish or English.
 */
import * as React from 'react';
import { configure, render, RenderResult } from '@testing-library/react';
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import type { MrRepositories } from '../../src/app';
import { App } from '../../src/ui/App';
import type { ViewProps } from '../../src/ui/shared';
import type { HostContext } from '../../src/ui/App';
import { LIST_TITLES } from '../../src/data/listTitles';
import { Localization, LocalizationProvider } from '../../src/ui/loc';
import { localizationFor } from './loc/localizationFor';
import { ListTitlesProvider } from '../../src/ui/shared/states';
import { fakeRepositories, MEMBER, MEMBER_PERMISSIONS, PERIOD, SITE_URL, UNITS } from './fakes';

// jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one to choose its layout.
// An observer that never reports leaves the bar in its first layout, which is all a test reads.
class SilentResizeObserver {
  public observe(): void {}
  public unobserve(): void {}
  public disconnect(): void {}
}
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  Object.assign(window, { ResizeObserver: SilentResizeObserver });
}

// How long findBy*/waitFor wait for the screen to get there: the default second is too short for a Fluent view in
// jsdom when the whole suite runs on a busy 2-core machine. A ceiling against hangs, not a speed check.
configure({ asyncUtilTimeout: 10_000 });

export type TestLanguage = 'sv' | 'en';

/** Both interface languages, by the locale a host would report. */
export const LANGUAGES: readonly TestLanguage[] = ['sv', 'en'];

export const LOCALE: Record<TestLanguage, string> = { sv: 'sv-SE', en: 'en-GB' };

export { SITE_URL };

export function localization(language: TestLanguage): Localization {
  return localizationFor(LOCALE[language]);
}

export function hostContext(language: TestLanguage, overrides: Partial<HostContext> = {}): HostContext {
  return {
    repositories: fakeRepositories(),
    hostKind: 'teamsTab',
    locale: LOCALE[language],
    theme: { source: 'teams', name: 'default' },
    unitSource: { kind: 'membership' },
    route: { view: 'overview' },
    period: PERIOD,
    dataSiteUrl: SITE_URL,
    ...overrides
  };
}

export function renderApp(language: TestLanguage, overrides: Partial<HostContext> = {}): RenderResult & { host: HostContext } {
  const host = hostContext(language, overrides);
  return { ...render(<App host={host} />), host };
}

/** One component in the providers it needs, without the app around it. */
export function renderInProviders(language: TestLanguage, element: React.ReactElement): RenderResult {
  return render(
    <FluentProvider theme={teamsLightTheme}>
      <LocalizationProvider value={localization(language)}>
        <ListTitlesProvider value={LIST_TITLES}>{element}</ListTitlesProvider>
      </LocalizationProvider>
    </FluentProvider>
  );
}

/** What the app hands a view: the fake site, the team's unit (level 3), one of the member's own, the fixtures' period. */
export function viewProps(overrides: Partial<ViewProps> = {}): ViewProps {
  return {
    repositories: fakeRepositories(),
    unit: UNITS[2],
    unitChoice: { units: UNITS, ownUnitIds: new Set(UNITS.filter((unit) => unit.memberIds.includes(MEMBER.id)).map((unit) => unit.id)), select: jest.fn() },
    canChangeUnit: true,
    period: PERIOD,
    route: { view: 'overview' },
    navigate: jest.fn(),
    permissions: MEMBER_PERMISSIONS,
    compact: false,
    siteUrl: SITE_URL,
    ...overrides
  };
}

/** The value a CSS variable has on a Fluent provider, from the rule Fluent inserted for it. */
export function providerVariable(element: HTMLElement, variable: string): string | undefined {
  // The provider around the element, or the first one inside it.
  const provider = (element.closest('.fui-FluentProvider') ?? element.querySelector('.fui-FluentProvider')) as HTMLElement;
  // The id prefix makes the provider's own class e.g. `mr-<component id>-fui-FluentProvider1`.
  const providerClass = [...provider.classList].find((name) => /fui-FluentProvider\d+$/.test(name));
  const rules = Array.from(document.querySelectorAll('style')).flatMap((style) => Array.from(style.sheet?.cssRules ?? []));
  const rule = rules.find((candidate) => candidate.cssText.startsWith(`.${providerClass} {`));
  return rule && new RegExp(`--${variable}:\\s*([^;]+);`).exec(rule.cssText)?.[1];
}

export type { MrRepositories };
