/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { toIsoDate } from '../../../src/domain/dates';
import { emptyAssignment, ItemAssignment } from '../../../src/domain/itemAssignment';
import { validationMessage } from '../../../src/domain/validation';
import { MEMBER, PERIOD } from '../fakes';
import { LANGUAGES, localization, TestLanguage } from '../render';
import { checklistSite, ChecklistSite, COLLEAGUE, PLAN, titleOf, UNIT } from './checklistFakes';
import { renderChecklistOf } from './renderChecklist';

const today = new Date();
const dayOffset = (days: number): string => toIsoDate(new Date(today.getFullYear(), today.getMonth(), today.getDate() + days));
const YESTERDAY = dayOffset(-1);
const NEXT_YEAR = toIsoDate(new Date(today.getFullYear() + 1, today.getMonth(), 1));
const stored = (itemId: number, values: Partial<ItemAssignment>): ItemAssignment => ({
  ...emptyAssignment(UNIT.id, itemId, PLAN.id, PERIOD),
  id: itemId,
  etag: '"1"',
  ...values
});

describe.each(LANGUAGES)('owner, due date and evidence in the checklist (%s)', (language: TestLanguage) => {
  const { strings, fill, formatDate } = localization(language);
  const box = (itemId: number): HTMLInputElement => screen.getByLabelText(titleOf(itemId, language)) as HTMLInputElement;
  const rowOf = (itemId: number): HTMLElement => box(itemId).closest('li') as HTMLElement;
  const shownItems = (): number[] => [101, 102, 103, 104].filter((id) => screen.queryByLabelText(titleOf(id, language)) !== null);

  const renderChecklist = (site: ChecklistSite = checklistSite()): Promise<ChecklistSite> => renderChecklistOf(language, site);

  async function openEditor(itemId: number): Promise<HTMLElement> {
    fireEvent.click(within(rowOf(itemId)).getByLabelText(fill(strings.assignmentOpenFor, { item: titleOf(itemId, language) })));
    return within(rowOf(itemId)).getByLabelText(fill(strings.assignmentOpenFor, { item: titleOf(itemId, language) }));
  }

  it('assigns an owner from the unit’s people and shows who changed it in the history', async () => {
    await renderChecklist();
    const editor = await openEditor(101);
    fireEvent.click(within(editor).getByLabelText(strings.assignmentOwnerLabel));
    // The list box by its role attribute: a role query checks every element's styles and is slow in jsdom.
    const listbox = await waitFor(() => document.querySelector('[role="listbox"]') ?? Promise.reject(new Error('no list box yet')));
    fireEvent.click(within(listbox as HTMLElement).getByText(MEMBER.name));
    expect(await within(rowOf(101)).findByText(fill(strings.assignmentOwner, { name: MEMBER.name }))).toBeTruthy();
    fireEvent.click(within(editor).getByText(strings.assignmentHistoryShow));
    const history = await within(editor).findByLabelText(strings.assignmentHistoryTitle);
    expect(await within(history).findByText(fill(strings.assignmentHistoryChange, { field: strings.assignmentFieldOwner, before: strings.assignmentHistoryEmptyValue, after: MEMBER.name }))).toBeTruthy();
    expect(within(history).getByText(new RegExp(`^${MEMBER.name}, `))).toBeTruthy();
  });

  it('saves a due date in the past with a warning, and shows the open item as overdue in words', async () => {
    await renderChecklist();
    const editor = await openEditor(102);
    fireEvent.change(within(editor).getByLabelText(strings.assignmentDueLabel), { target: { value: YESTERDAY } });
    expect(await within(editor).findByText(strings.assignmentPastDue)).toBeTruthy();
    expect(await within(rowOf(102)).findByText(fill(strings.assignmentDue, { date: formatDate(YESTERDAY) }))).toBeTruthy();
    expect(within(rowOf(102)).getByText(strings.assignmentOverdue)).toBeTruthy();
    fireEvent.click(box(102));
    await waitFor(() => expect(within(rowOf(102)).queryByText(strings.assignmentOverdue)).toBeNull());
  });

  it('refuses a malformed link with a message and keeps it in the box; a good link is added, then removed', async () => {
    await renderChecklist();
    const editor = await openEditor(103);
    const url = within(editor).getByLabelText(strings.assignmentEvidenceUrl) as HTMLInputElement;
    fireEvent.change(url, { target: { value: 'intranat/protokoll' } });
    fireEvent.click(within(editor).getByText(strings.assignmentAddEvidence));
    expect(await within(editor).findByText(validationMessage({ field: 'evidenceUrl', code: 'notAUrl' }, language, strings.assignmentEvidenceUrl))).toBeTruthy();
    expect(url.value).toBe('intranat/protokoll');
    expect(within(editor).getByText(strings.assignmentNoEvidence)).toBeTruthy();

    fireEvent.change(url, { target: { value: 'https://intranat.stockholm.se/protokoll' } });
    fireEvent.change(within(editor).getByLabelText(strings.assignmentEvidenceName), { target: { value: 'Protokoll' } });
    fireEvent.click(within(editor).getByText(strings.assignmentAddEvidence));
    const link = await within(editor).findByText('Protokoll');
    expect(link.getAttribute('href')).toBe('https://intranat.stockholm.se/protokoll');
    await waitFor(() => expect(url.value).toBe(''));
    expect(within(rowOf(103)).getByText(fill(strings.assignmentEvidenceCount, { count: 1 }))).toBeTruthy();
    fireEvent.click(within(editor).getByLabelText(fill(strings.assignmentRemoveEvidence, { title: 'Protokoll' })));
    expect(await within(editor).findByText(strings.assignmentNoEvidence)).toBeTruthy();
  });

  it('filters the items: mine, overdue, due this month', async () => {
    await renderChecklist(
      checklistSite({
        assignments: [
          stored(101, { owner: MEMBER, dueDate: NEXT_YEAR }),
          stored(102, { owner: COLLEAGUE, dueDate: YESTERDAY }),
          stored(103, { dueDate: toIsoDate(today) })
        ]
      })
    );
    const filter = screen.getByLabelText(strings.assignmentFilterLabel);
    fireEvent.change(filter, { target: { value: 'mine' } });
    expect(shownItems()).toEqual([101]);
    fireEvent.change(filter, { target: { value: 'overdue' } });
    expect(shownItems()).toEqual([102]);
    expect(within(rowOf(102)).getByText(strings.assignmentOverdue)).toBeTruthy();
    fireEvent.change(filter, { target: { value: 'dueThisMonth' } });
    // Yesterday is in this month too, unless today is the 1st.
    expect(shownItems()).toEqual(YESTERDAY.slice(0, 7) === toIsoDate(today).slice(0, 7) ? [102, 103] : [103]);
    fireEvent.change(filter, { target: { value: 'all' } });
    expect(shownItems()).toEqual([101, 102, 103, 104]);
  });

  it('says so when SharePoint refuses someone not of the unit, and changes nothing', async () => {
    const site = await renderChecklist(checklistSite({ user: COLLEAGUE }));
    const editor = await openEditor(104);
    fireEvent.change(within(editor).getByLabelText(strings.assignmentDueLabel), { target: { value: NEXT_YEAR } });
    expect(await within(editor).findByText(strings.assignmentRefused)).toBeTruthy();
    expect((await site.repositories.assignments.forUnitPlan(UNIT.id, PLAN.id, PERIOD)).value).toEqual([]);
    expect(within(rowOf(104)).queryByText(fill(strings.assignmentDue, { date: formatDate(NEXT_YEAR) }))).toBeNull();
  });
});
