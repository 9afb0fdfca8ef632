/** @jest-environment jsdom */
import * as React from 'react';
import { screen } from '@testing-library/react';
import { Updates } from '../../../src/ui/Updates';
import { fakeRepositories } from '../fakes';
import { LANGUAGES, localization, renderInProviders, TestLanguage, viewProps } from '../render';

describe.each(LANGUAGES)('Updates (%s)', (language: TestLanguage) => {
  const { strings, fill, formatDate } = localization(language);

  it('lists the published updates, pinned first, with their dates and summaries as text', async () => {
    renderInProviders(language, <Updates {...viewProps({ route: { view: 'updates' } })} />);
    expect(screen.getByRole('heading', { level: 2, name: strings.viewUpdates })).toBeTruthy();
    const titles = await screen.findAllByRole('heading', { level: 3 });
    expect(titles.map((title) => title.textContent)).toEqual(['Handlingsplanen mot rasism är antagen', 'Grundutbildning i mänskliga rättigheter']);
    expect(screen.getByText(fill(strings.updatePublished, { date: formatDate('2025-04-02T08:00:00Z') }))).toBeTruthy();
    expect(screen.getByText('Kommunfullmäktige antog planen i mars.')).toBeTruthy();
    expect(screen.queryByText('Planen gäller alla nämnder.')).toBeNull();
  });

  it('marks the update a deep link opens, and says when it is not there', async () => {
    const { unmount } = renderInProviders(language, <Updates {...viewProps({ route: { view: 'updates', item: '2' } })} />);
    const current = (await screen.findAllByRole('listitem')).filter((item) => item.getAttribute('aria-current') === 'true');
    expect(current.map((item) => item.querySelector('h3')?.textContent)).toEqual(['Grundutbildning i mänskliga rättigheter']);
    unmount();

    renderInProviders(language, <Updates {...viewProps({ route: { view: 'updates', item: '3' } })} />);
    expect(await screen.findByText(fill(strings.updateNotFound, { id: '3' }))).toBeTruthy();
  });

  it('says so when there is nothing to show', async () => {
    renderInProviders(language, <Updates {...viewProps({ repositories: fakeRepositories({ updates: [] }) })} />);
    expect(await screen.findByText(strings.updatesEmpty)).toBeTruthy();
  });
});
