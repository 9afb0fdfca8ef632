/** @jest-environment jsdom */
import * as React from 'react';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AccessDeniedError, ActionPlanRepository, ConflictError, ValidationError } from '../../../src/app';
import type { ChecklistItem } from '../../../src/domain/checklist';
import { validationMessage } from '../../../src/domain/validation';
import { ChecklistItemsEditor } from '../../../src/ui/Content/ChecklistItemsEditor';
import { ACTION_PLANS } from '../fakes';
import { LANGUAGES, localization, renderInProviders, TestLanguage } from '../render';

const item = (id: number, order: number, sv: string, en: string, fields: Partial<ChecklistItem> = {}): ChecklistItem => ({
  id,
  planId: 1,
  focusArea: 'knowledge',
  order,
  title: { sv, en },
  active: true,
  isExample: false,
  etag: '"1"',
  ...fields
});

const ITEMS: ChecklistItem[] = [
  item(11, 0, 'Utbilda personalen', 'Train the staff', { staircaseStep: 1 }),
  item(12, 1, 'Kartlägg bemötandet', 'Map how people are met', { focusArea: 'welfare' }),
  item(13, 2, 'Fråga målgrupperna', 'Ask the target groups', { focusArea: 'participation', active: false })
];

interface Repo extends ActionPlanRepository {
  saved: ChecklistItem[];
  orders: number[][];
}

/** A plan repository over the items above; saveItem answers what the test says. */
function repository(options: { saveAnswers?: ((i: ChecklistItem) => Promise<ChecklistItem>)[]; reorder?: () => Promise<void> } = {}): Repo {
  const saved: ChecklistItem[] = [];
  const orders: number[][] = [];
  let items = ITEMS.map((i) => ({ ...i }));
  const answers = [...(options.saveAnswers ?? [])];
  return {
    saved,
    orders,
    list: jest.fn(),
    save: jest.fn(),
    items: async (planId) => ({ value: items.filter((i) => i.planId === planId).map((i) => ({ ...i })), problems: [] }),
    saveItem: (stored) => {
      saved.push(stored);
      const answer = answers.shift();
      if (answer) return answer(stored);
      const result = { ...stored, id: stored.id || 99, etag: '"2"' };
      items = [...items.filter((i) => i.id !== result.id), result];
      return Promise.resolve(result);
    },
    reorderItems: (ids) => {
      orders.push(ids);
      if (options.reorder) return options.reorder();
      items = items.map((i) => (ids.includes(i.id) ? { ...i, order: ids.indexOf(i.id) } : i));
      return Promise.resolve();
    }
  };
}

describe.each(LANGUAGES)('ChecklistItemsEditor (%s)', (language: TestLanguage) => {
  const { strings, fill } = localization(language);
  const titleOf = (i: ChecklistItem): string => i.title[language];
  const plan = ACTION_PLANS[0];

  async function renderEditor(repo: ActionPlanRepository): Promise<HTMLElement> {
    renderInProviders(language, <ChecklistItemsEditor plans={ACTION_PLANS} repository={repo} siteUrl="https://example.org" />);
    return screen.findByRole('list', { name: fill(strings.contentItemsOf, { plan: plan.title[language] }) });
  }
  const field = (label: string): HTMLElement => screen.getByLabelText(new RegExp(`^${label}`), { selector: 'input, select' });
  const type = (label: string, value: string): void => void fireEvent.change(field(label), { target: { value } });
  const button = (name: string, container: HTMLElement = document.body): HTMLElement => within(container).getByText(name, { selector: 'button' });
  const save = (): void => void fireEvent.click(button(strings.editSave));
  const edit = (i: ChecklistItem): void => void fireEvent.click(screen.getByRole('button', { name: fill(strings.contentEditNamed, { name: titleOf(i) }) }));
  const moveUp = (i: ChecklistItem): HTMLElement => screen.getByRole('button', { name: fill(strings.contentMoveUpNamed, { title: titleOf(i) }) });
  const moveDown = (i: ChecklistItem): HTMLElement => screen.getByRole('button', { name: fill(strings.contentMoveDownNamed, { title: titleOf(i) }) });
  const shownOrder = (list: HTMLElement): string[] => within(list).getAllByRole('listitem').map((li) => li.querySelector('span span')?.textContent ?? '');

  it('lists the plan’s items in order, saying in words which are retired', async () => {
    const list = await renderEditor(repository());
    expect(shownOrder(list)).toEqual(ITEMS.map(titleOf));
    const retired = within(list).getAllByRole('listitem')[2];
    expect(retired.textContent).toContain(strings.contentItemRetired);
    expect(within(list).getAllByRole('listitem')[0].textContent).toContain(fill(strings.contentItemStepNumber, { step: 1 }));
  });

  it('adds an item at the end of the list', async () => {
    const repo = repository();
    await renderEditor(repo);
    fireEvent.click(button(strings.contentItemNew));
    expect(screen.getByRole('heading', { level: 3, name: strings.contentItemNew })).toBeTruthy();
    type(strings.contentTitleSv, 'Följ upp klagomål');
    type(strings.contentTitleEn, 'Follow up complaints');
    type(strings.contentItemFocusArea, 'welfare');
    type(strings.contentItemStep, '5');
    save();
    await screen.findByText(strings.contentSaved);
    expect(repo.saved).toEqual([
      {
        id: 0,
        planId: 1,
        focusArea: 'welfare',
        staircaseStep: 5,
        order: 3,
        title: { sv: 'Följ upp klagomål', en: 'Follow up complaints' },
        active: true,
        isExample: false
      }
    ]);
  });

  it('edits an item’s titles, focus area, step and place, keeping its etag', async () => {
    const repo = repository();
    await renderEditor(repo);
    edit(ITEMS[0]);
    expect(screen.getByRole('heading', { level: 3, name: strings.contentItemEditHeading })).toBeTruthy();
    type(strings.contentTitleSv, 'Utbilda all personal');
    type(strings.contentTitleEn, 'Train all staff');
    type(strings.contentItemFocusArea, 'participation');
    type(strings.contentItemStep, '');
    type(strings.contentItemOrder, '7');
    save();
    await screen.findByText(strings.contentSaved);
    expect(repo.saved[0]).toMatchObject({ id: 11, title: { sv: 'Utbilda all personal', en: 'Train all staff' }, focusArea: 'participation', order: 7, etag: '"1"' });
    expect(repo.saved[0].staircaseStep).toBeUndefined();
  });

  it('retires an item without deleting it, and reactivates a retired one', async () => {
    const repo = repository();
    await renderEditor(repo);
    edit(ITEMS[1]);
    fireEvent.click(screen.getByLabelText(strings.contentItemActive));
    save();
    await screen.findByText(strings.contentSaved);
    expect(repo.saved[0]).toMatchObject({ id: 12, active: false });
    await waitFor(() => expect(within(screen.getAllByRole('listitem')[1]).queryByText(`· ${strings.contentItemRetired}`, { exact: false })).toBeTruthy());

    edit(ITEMS[2]);
    expect((screen.getByLabelText(strings.contentItemActive) as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByLabelText(strings.contentItemActive));
    save();
    await waitFor(() => expect(repo.saved).toHaveLength(2));
    expect(repo.saved[1]).toMatchObject({ id: 13, active: true });
  });

  it('moves an item up and down with buttons, storing the whole order in one call each time', async () => {
    const repo = repository();
    const list = await renderEditor(repo);
    expect((moveUp(ITEMS[0]) as HTMLButtonElement).disabled).toBe(true);
    expect((moveDown(ITEMS[2]) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(moveDown(ITEMS[0]));
    await waitFor(() => expect(shownOrder(list)).toEqual([ITEMS[1], ITEMS[0], ITEMS[2]].map(titleOf)));
    expect(repo.orders).toEqual([[12, 11, 13]]);
    // Focus stays on the moved item's arrow, so a keyboard user can keep moving it.
    await waitFor(() => expect(document.activeElement).toBe(moveDown(ITEMS[0])));

    fireEvent.click(moveUp(ITEMS[2]));
    await waitFor(() => expect(shownOrder(list)).toEqual([ITEMS[1], ITEMS[2], ITEMS[0]].map(titleOf)));
    expect(repo.orders).toEqual([
      [12, 11, 13],
      [12, 13, 11]
    ]);
  });

  it('moves focus to the other arrow when the item reaches the end of the list', async () => {
    const list = await renderEditor(repository());
    fireEvent.click(moveDown(ITEMS[1]));
    await waitFor(() => expect(shownOrder(list)[2]).toBe(titleOf(ITEMS[1])));
    await waitFor(() => expect(document.activeElement).toBe(moveUp(ITEMS[1])));
  });

  it('keeps the order on screen and says so when SharePoint refuses a move', async () => {
    const list = await renderEditor(repository({ reorder: () => Promise.reject(new AccessDeniedError()) }));
    fireEvent.click(moveDown(ITEMS[0]));
    expect(await screen.findByText(strings.editAccessDenied)).toBeTruthy();
    expect(shownOrder(list)).toEqual(ITEMS.map(titleOf));
  });

  it('says so when a move could not be stored for another reason', async () => {
    await renderEditor(repository({ reorder: () => Promise.reject(new Error('boom')) }));
    await act(async () => void fireEvent.click(moveDown(ITEMS[0])));
    expect(await screen.findByText(strings.contentReorderFailed)).toBeTruthy();
  });

  it('saves nothing without a Swedish title or with a place that is not a whole number', async () => {
    const repo = repository();
    await renderEditor(repo);
    edit(ITEMS[0]);
    type(strings.contentTitleSv, '');
    type(strings.contentItemOrder, '1.5');
    save();
    expect(repo.saved).toEqual([]);
    expect(screen.getByText(validationMessage({ field: 'title.sv', code: 'required' }, language, strings.contentTitleSv))).toBeTruthy();
    expect(screen.getByText(validationMessage({ field: 'order', code: 'notAnInteger' }, language, strings.contentItemOrder))).toBeTruthy();
    expect(field(strings.contentTitleSv).getAttribute('aria-invalid')).toBe('true');
  });

  it('shows issues SharePoint reports next to their fields', async () => {
    await renderEditor(repository({ saveAnswers: [() => Promise.reject(new ValidationError([{ field: 'title.en', code: 'tooLong', params: { max: 255 } }]))] }));
    edit(ITEMS[0]);
    save();
    const issue = { field: 'title.en', code: 'tooLong' as const, params: { max: 255 } };
    expect(await screen.findByText(validationMessage(issue, language, strings.contentTitleEn))).toBeTruthy();
  });

  it('keeps what was typed when SharePoint refuses for lack of permission', async () => {
    await renderEditor(repository({ saveAnswers: [() => Promise.reject(new AccessDeniedError())] }));
    edit(ITEMS[0]);
    type(strings.contentTitleSv, 'Min rubrik');
    save();
    expect(await screen.findByText(strings.editAccessDenied)).toBeTruthy();
    expect((field(strings.contentTitleSv) as HTMLInputElement).value).toBe('Min rubrik');
  });

  it('meets another editor’s change: shows both, and "use mine" saves with their etag', async () => {
    const theirs: ChecklistItem = { ...ITEMS[0], title: { sv: 'Deras rubrik', en: 'Their title' }, etag: '"5"' };
    const repo = repository({ saveAnswers: [() => Promise.reject(new ConflictError(theirs))] });
    await renderEditor(repo);
    edit(ITEMS[0]);
    type(strings.contentTitleSv, 'Min rubrik');
    save();
    const dialog = await screen.findByRole('alertdialog', { name: strings.conflictTitle });
    const row = within(dialog)
      .getAllByRole('row')
      .find((candidate) => candidate.textContent?.startsWith(strings.contentTitleSv)) as HTMLElement;
    expect(within(row).getByText('Deras rubrik')).toBeTruthy();
    expect(within(row).getByText('Min rubrik')).toBeTruthy();
    expect(within(row).getByText(strings.conflictChanged)).toBeTruthy();
    fireEvent.click(button(strings.conflictUseMine, dialog));
    await screen.findByText(strings.contentSaved);
    expect(repo.saved[1]).toMatchObject({ title: { sv: 'Min rubrik' }, etag: '"5"' });
  });

  it('shows another plan’s items when the person picks it', async () => {
    await renderEditor(repository());
    type(strings.contentItemsPlan, String(ACTION_PLANS[1].id));
    expect(await screen.findByText(strings.contentItemsEmpty)).toBeTruthy();
  });
});
