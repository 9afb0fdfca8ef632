/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, screen, within } from '@testing-library/react';
import { Search } from '../../../src/ui/Search';
import { fakeRepositories, PERIOD } from '../fakes';
import { checklistItem } from '../../fixtures/items';
import { LANGUAGES, localization, renderInProviders, TestLanguage } from '../render';

describe.each(LANGUAGES)('Search (%s)', (language: TestLanguage) => {
  const { strings, fill, plural } = localization(language);

  async function renderSearch(): Promise<jest.Mock> {
    const repositories = fakeRepositories();
    await repositories.actionPlans.saveItem({ ...checklistItem(101, 1, 'knowledge'), title: { sv: 'Alla har gått utbildningen om rasism', en: 'Everyone has done the training on racism' } });
    const navigate = jest.fn();
    renderInProviders(language, <Search repositories={repositories} period={PERIOD} navigate={navigate} />);
    return navigate;
  }
  const field = (): HTMLInputElement => screen.getByRole('searchbox', { name: strings.searchLabel }) as HTMLInputElement;
  const group = (title: string, count: number): HTMLElement =>
    screen.getByRole('heading', { name: fill(strings.searchGroup, { group: title, count }) }).closest('section') as HTMLElement;

  it('finds units with a and o typed for å, ä and ö, and plans and items, grouped, each a link into its view', async () => {
    const navigate = await renderSearch();
    fireEvent.change(field(), { target: { value: 'Hagersten' } });
    expect(await screen.findByText(plural(1, strings.searchCountOne, strings.searchCountOther))).toBeTruthy();
    expect(within(group(strings.searchUnits, 1)).getByText('Hägersten-Älvsjö stadsdelsnämnd')).toBeTruthy();

    fireEvent.change(field(), { target: { value: 'rasism' } });
    // Plans, items, updates and the programme's goal all speak of racism.
    const plans = group(strings.searchPlans, 1);
    expect(screen.getAllByRole('heading').map((heading) => heading.textContent?.split(' (')[0])).toEqual([
      strings.searchPlans,
      strings.searchItems,
      strings.searchUpdates,
      strings.searchProgramme
    ]);
    const items = group(strings.searchItems, 1);
    expect(within(items).getByRole('link').textContent).toContain(language === 'sv' ? 'Alla har gått utbildningen om rasism' : 'Everyone has done the training on racism');
    fireEvent.click(within(plans).getByRole('link'));
    expect(navigate).toHaveBeenCalledWith({ view: 'plans', item: 'antiRacism' });
    expect(field().value).toBe('');
  });

  it('works from the keyboard: ↓ goes to the first result, Escape empties the field', async () => {
    await renderSearch();
    fireEvent.change(field(), { target: { value: 'rasism' } });
    await screen.findByRole('heading', { name: fill(strings.searchGroup, { group: strings.searchPlans, count: 1 }) });
    fireEvent.keyDown(field(), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(within(group(strings.searchPlans, 1)).getByRole('link'));
    fireEvent.keyDown(field(), { key: 'Escape' });
    expect(field().value).toBe('');
    expect(screen.queryByRole('heading')).toBeNull();
  });

  it('says when nothing matches, and that å does not find a', async () => {
    await renderSearch();
    fireEvent.change(field(), { target: { value: 'Hågersten' } });
    expect(await screen.findByText(fill(strings.searchNone, { query: 'Hågersten' }))).toBeTruthy();
  });
});
