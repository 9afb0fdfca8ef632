/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, screen } from '@testing-library/react';
import { Navigation } from '../../../src/ui/Navigation';
import type { ViewKey } from '../../../src/ui/routing';
import { LANGUAGES, localization, renderInProviders, TestLanguage } from '../render';

function renderNavigation(language: TestLanguage, onSelect: (view: ViewKey) => void, compact = false): void {
  renderInProviders(
    language,
    <Navigation selected="overview" onSelect={onSelect} compact={compact} panelId="panel" tabId={(view) => `tab-${view}`} siteUrl="https://contoso.sharepoint.com/sites/mr" />
  );
}

describe.each(LANGUAGES)('Navigation (%s)', (language: TestLanguage) => {
  const { strings } = localization(language);

  it('is a named navigation landmark with one tab per view, the current one selected', () => {
    renderNavigation(language, jest.fn());
    expect(screen.getByRole('navigation', { name: strings.navigationLabel })).toBeTruthy();
    const overview = screen.getByRole('tab', { name: strings.viewOverview });
    expect(overview.getAttribute('aria-selected')).toBe('true');
    expect(overview.id).toBe('tab-overview');
    expect(overview.getAttribute('aria-controls')).toBe('panel');
    expect(screen.getAllByRole('tab')).toHaveLength(5);
  });

  // Arrow keys are Fluent's own (tabster), which needs a real layout: tests/hosts/devPage/localPage.browser.test.ts
  // moves through the tabs with the keyboard in Chromium.
  it('keeps the tabs in the tab order as buttons that open with Enter or Space', () => {
    renderNavigation(language, jest.fn());
    for (const tab of screen.getAllByRole('tab')) {
      expect(tab.tagName).toBe('BUTTON');
      expect(tab.getAttribute('tabindex')).not.toBe('-1');
    }
  });

  it('opens a view on a click', () => {
    const onSelect = jest.fn();
    renderNavigation(language, onSelect, true);
    fireEvent.click(screen.getByRole('tab', { name: strings.viewFollowUp }));
    expect(onSelect).toHaveBeenCalledWith('followUp');
  });
});
