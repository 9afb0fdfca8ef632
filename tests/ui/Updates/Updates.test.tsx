/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, screen, within } from '@testing-library/react';
import { KeyValueStorage, lastVisitKey } from '../../../src/app';
import { Updates } from '../../../src/ui/Updates';
import { EDITOR, fakeRepositories, MEMBER, OWNER_PERMISSIONS, UPDATES } from '../fakes';
import { LANGUAGES, localization, renderInProviders, SITE_URL, TestLanguage, viewProps } from '../render';

function memoryStorage(entries: Record<string, string> = {}): KeyValueStorage & { entries: Record<string, string> } {
  return {
    entries,
    getItem: (key) => entries[key] ?? null,
    setItem: (key, value) => void (entries[key] = value),
    removeItem: (key) => void delete entries[key]
  };
}

const titlesShown = (): string[] => screen.getAllByRole('heading', { level: 3 }).map((title) => title.textContent ?? '');

describe.each(LANGUAGES)('Updates (%s)', (language: TestLanguage) => {
  const { strings, fill, formatDate } = localization(language);

  it('lists the published updates, pinned first, with their dates and summaries as text and the body folded', async () => {
    renderInProviders(language, <Updates {...viewProps({ route: { view: 'updates' } })} />);
    expect(screen.getByRole('heading', { level: 2, name: strings.viewUpdates })).toBeTruthy();
    await screen.findAllByRole('heading', { level: 3 });
    expect(titlesShown()).toEqual(['Handlingsplanen mot rasism är antagen', 'Grundutbildning i mänskliga rättigheter']);
    // Updates are written in Swedish: in English, their title, summary and body say so.
    const swedishInEnglish = language === 'en' ? 'sv' : null;
    expect(screen.getByText('Handlingsplanen mot rasism är antagen').getAttribute('lang')).toBe(swedishInEnglish);
    expect(screen.getByText('Kommunfullmäktige antog planen i mars.').getAttribute('lang')).toBe(swedishInEnglish);
    expect(screen.getByText('Planen gäller alla nämnder.').closest('[lang]')?.getAttribute('lang') ?? null).toBe(swedishInEnglish);
    expect(screen.getByText(fill(strings.updatePublished, { date: formatDate('2025-04-02T08:00:00Z') }))).toBeTruthy();
    expect(screen.getByText('Kommunfullmäktige antog planen i mars.')).toBeTruthy();
    const body = screen.getByText('Planen gäller alla nämnder.').closest('details');
    expect(body?.open).toBe(false);
    expect(within(body as HTMLElement).getByText(strings.updateReadMore)).toBeTruthy();
  });

  it('unfolds the update a deep link opens, and says when it is not there', async () => {
    const { unmount } = renderInProviders(language, <Updates {...viewProps({ route: { view: 'updates', item: '1' } })} />);
    const current = (await screen.findAllByRole('listitem')).filter((item) => item.getAttribute('aria-current') === 'true');
    expect(current.map((item) => item.querySelector('h3')?.textContent)).toEqual(['Handlingsplanen mot rasism är antagen']);
    expect(screen.getByText('Planen gäller alla nämnder.').closest('details')?.open).toBe(true);
    unmount();

    renderInProviders(language, <Updates {...viewProps({ route: { view: 'updates', item: '3' } })} />);
    expect(await screen.findByText(fill(strings.updateNotFound, { id: '3' }))).toBeTruthy();
  });

  it('links an update to the action plan it concerns', async () => {
    const updates = [{ ...UPDATES[0], planId: 1 }];
    const navigate = jest.fn();
    renderInProviders(language, <Updates {...viewProps({ repositories: fakeRepositories({ updates }), navigate })} />);
    const link = await screen.findByRole('link', { name: language === 'sv' ? 'Att motverka rasism' : 'Countering racism' });
    fireEvent.click(link);
    expect(navigate).toHaveBeenCalledWith({ view: 'plans', item: 'antiRacism' });
  });

  it('marks as new, in words, what was published since the last visit, and remembers this visit per site and user', async () => {
    const key = lastVisitKey(SITE_URL, MEMBER.id);
    const storage = memoryStorage({ [key]: '2025-03-20T00:00:00Z' });
    renderInProviders(language, <Updates {...viewProps({ repositories: fakeRepositories({ visitStorage: storage }) })} />);
    await screen.findAllByRole('heading', { level: 3 });
    const badges = screen.getAllByText(strings.updateNewBadge);
    expect(badges.map((badge) => badge.closest('li')?.querySelector('h3')?.textContent)).toEqual(['Grundutbildning i mänskliga rättigheter']);
    expect(Date.parse(storage.entries[key])).toBeGreaterThan(Date.parse('2025-03-20T00:00:00Z'));
  });

  it('marks nothing as new right after a visit', async () => {
    const storage = memoryStorage({ [lastVisitKey(SITE_URL, MEMBER.id)]: new Date().toISOString() });
    renderInProviders(language, <Updates {...viewProps({ repositories: fakeRepositories({ visitStorage: storage }) })} />);
    await screen.findAllByRole('heading', { level: 3 });
    expect(screen.queryByText(strings.updateNewBadge)).toBeNull();
  });

  it('says so when there is nothing to show', async () => {
    renderInProviders(language, <Updates {...viewProps({ repositories: fakeRepositories({ updates: [] }) })} />);
    expect(await screen.findByText(strings.updatesEmpty)).toBeTruthy();
  });

  it('shows no editing controls to staff, even where drafts exist', async () => {
    renderInProviders(language, <Updates {...viewProps()} />);
    await screen.findAllByRole('heading', { level: 3 });
    expect(screen.queryByRole('button', { name: strings.updateNew })).toBeNull();
    expect(screen.queryByRole('button', { name: new RegExp(strings.updateEdit) })).toBeNull();
    expect(screen.queryByText('Utkast: nyhetsbrev')).toBeNull();
  });

  it('shows editors the drafts and scheduled updates, each with its state in words and an edit button', async () => {
    const scheduled = { ...UPDATES[1], id: 4, title: 'Kommande utbildning', publishAt: '2999-01-01T09:00:00Z' };
    const repositories = fakeRepositories({ updates: [...UPDATES, scheduled], user: EDITOR, permissions: OWNER_PERMISSIONS });
    renderInProviders(language, <Updates {...viewProps({ repositories, permissions: OWNER_PERMISSIONS })} />);
    await screen.findAllByRole('heading', { level: 3 });
    expect(titlesShown()).toEqual(expect.arrayContaining(['Utkast: nyhetsbrev', 'Kommande utbildning']));
    const draft = screen.getByRole('heading', { name: 'Utkast: nyhetsbrev' }).closest('li') as HTMLElement;
    expect(within(draft).getByText(strings.updateStatusDraft)).toBeTruthy();
    const later = screen.getByRole('heading', { name: 'Kommande utbildning' }).closest('li') as HTMLElement;
    expect(within(later).getByText(new RegExp(fill(strings.updateStateScheduled, { date: '' }).trim()))).toBeTruthy();
    expect(screen.getByRole('button', { name: strings.updateNew })).toBeTruthy();
    expect(screen.getByRole('button', { name: fill(strings.updateEditNamed, { title: 'Kommande utbildning' }) })).toBeTruthy();
  });
});
