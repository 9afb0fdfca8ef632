/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AccessDeniedError, UnreachableError } from '../../../src/app';
import { MEMBER, PERIOD, READER_PERMISSIONS } from '../fakes';
import { LANGUAGES, localization, TestLanguage } from '../render';
import { checklistSite, ChecklistSite, COLLEAGUE, PLAN, titleOf, UNIT } from './checklistFakes';
import { renderChecklistOf } from './renderChecklist';


describe.each(LANGUAGES)('Checklist (%s)', (language: TestLanguage) => {
  const { strings, fill, formatDateTime } = localization(language);
  // By label rather than by role: the same element, found without computing every accessible name.
  const box = (itemId: number): HTMLInputElement => screen.getByLabelText(titleOf(itemId, language)) as HTMLInputElement;
  const rowOf = (itemId: number): HTMLElement => box(itemId).closest('li') as HTMLElement;

  const renderChecklist = (site: ChecklistSite = checklistSite(), canContribute = true): Promise<ChecklistSite> =>
    renderChecklistOf(language, site, { canContribute });

  it('groups the items by focus area with progress for the plan and each area', async () => {
    await renderChecklist();
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(
      fill(strings.checklistTitle, { plan: PLAN.title[language], unit: UNIT.name, period: String(PERIOD) })
    );
    const knowledge = screen.getByRole('region', { name: language === 'sv' ? 'Kunskap och information' : 'Knowledge and information' });
    expect(within(knowledge).getAllByRole('checkbox')).toHaveLength(2);
    expect(within(knowledge).getByText(fill(strings.checklistProgress, { done: 0, total: 2, percent: 0 }))).toBeTruthy();
    expect(screen.getByText(fill(strings.checklistProgress, { done: 0, total: 4, percent: 0 }))).toBeTruthy();
    expect(within(rowOf(103)).getByText(fill(strings.checklistStep, { step: 2 }))).toBeTruthy();
  });

  it('shows a tick at once as pending, then who ticked and when once SharePoint confirms it', async () => {
    const { checklist } = await renderChecklist();
    checklist.hold = true;
    fireEvent.click(box(101));
    expect(box(101).checked).toBe(true);
    expect(await within(rowOf(101)).findByText(strings.checklistPending)).toBeTruthy();
    expect(screen.getByText(new RegExp(strings.checklistWaitingOne))).toBeTruthy();

    checklist.release();
    const stored = checklist.stored(101);
    await waitFor(() => expect(within(rowOf(101)).queryByText(strings.checklistPending)).toBeNull());
    const confirmed = checklist.stored(101) ?? stored;
    expect(within(rowOf(101)).getByText(fill(strings.checklistTickedBy, { name: MEMBER.name, time: formatDateTime(confirmed?.doneAt ?? '') }))).toBeTruthy();
    expect(confirmed?.done).toBe(true);
    expect(screen.getByText(fill(strings.checklistProgress, { done: 1, total: 4, percent: 25 }))).toBeTruthy();
  });

  it('unticks, keeping who did it', async () => {
    const site = checklistSite();
    site.checklist.tickAs(COLLEAGUE, 102, true);
    const { checklist } = await renderChecklist(site);
    expect(box(102).checked).toBe(true);
    fireEvent.click(box(102));
    await waitFor(() => expect(checklist.stored(102)?.done).toBe(false));
    expect(box(102).checked).toBe(false);
    expect(await within(rowOf(102)).findByText(new RegExp(fill(strings.checklistUntickedBy, { name: MEMBER.name, time: '' })))).toBeTruthy();
  });

  it('saves a comment on an item without changing its tick', async () => {
    const { checklist } = await renderChecklist();
    fireEvent.click(within(rowOf(103)).getByRole('button', { name: fill(strings.checklistAddCommentFor, { item: titleOf(103, language) }) }));
    fireEvent.change(screen.getByRole('textbox', { name: fill(strings.checklistCommentLabel, { item: titleOf(103, language) }) }), {
      target: { value: 'Tas upp i juni' }
    });
    fireEvent.click(screen.getByRole('button', { name: strings.checklistSaveComment }));
    expect(await within(rowOf(103)).findByText('Tas upp i juni')).toBeTruthy();
    await waitFor(() => expect(checklist.stored(103)?.comment).toBe('Tas upp i juni'));
    expect(checklist.stored(103)?.done).toBe(false);
    expect(document.activeElement?.textContent).toBe(strings.checklistEditComment);
  });

  it('refuses a comment longer than a list field holds, and keeps what was written', async () => {
    await renderChecklist();
    fireEvent.click(within(rowOf(104)).getByRole('button', { name: fill(strings.checklistAddCommentFor, { item: titleOf(104, language) }) }));
    const long = 'x'.repeat(64000);
    fireEvent.change(screen.getByRole('textbox'), { target: { value: long } });
    expect(document.body.textContent).toContain(fill(strings.checklistCommentTooLong, { max: 63999 }));
    expect((screen.getByRole('button', { name: strings.checklistSaveComment }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toBe(long);
  });

  it('undoes the person’s own last tick by setting the earlier value back', async () => {
    const { checklist } = await renderChecklist();
    fireEvent.click(box(104));
    const undo = screen.getByRole('button', { name: fill(strings.checklistUndo, { item: titleOf(104, language) }) });
    await waitFor(() => expect(checklist.stored(104)?.done).toBe(true));
    fireEvent.click(undo);
    expect(box(104).checked).toBe(false);
    await waitFor(() => expect(checklist.stored(104)?.done).toBe(false));
    expect((screen.getByRole('button', { name: strings.checklistUndoShort }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows others’ ticks as they happen, with name and time, and announces them politely', async () => {
    const { checklist } = await renderChecklist();
    checklist.tickAs(COLLEAGUE, 103, true);
    await waitFor(() => expect(box(103).checked).toBe(true));
    const tick = checklist.stored(103);
    expect(within(rowOf(103)).getByText(fill(strings.checklistTickedBy, { name: COLLEAGUE.name, time: formatDateTime(tick?.doneAt ?? '') }))).toBeTruthy();
    const announcement = screen.getByText(fill(strings.checklistAnnounceTicked, { name: COLLEAGUE.name, item: titleOf(103, language) }));
    expect(announcement.getAttribute('aria-live')).toBe('polite');
    expect(document.activeElement).toBe(document.body);
  });

  it('keeps ticked rows on screen while showing only what is left, until the filter is chosen again', async () => {
    const site = checklistSite();
    site.checklist.tickAs(COLLEAGUE, 101, true);
    await renderChecklist(site);
    fireEvent.click(screen.getByRole('switch', { name: strings.checklistOpenOnly }));
    expect(screen.queryByLabelText(titleOf(101, language))).toBeNull();
    fireEvent.click(box(102));
    expect(box(102).checked).toBe(true);
    fireEvent.click(screen.getByRole('switch', { name: strings.checklistOpenOnly }));
    fireEvent.click(screen.getByRole('switch', { name: strings.checklistOpenOnly }));
    expect(screen.queryByLabelText(titleOf(102, language))).toBeNull();
  });

  it('shows a unit the person may not change read-only, with the reason', async () => {
    const site = checklistSite({ permissions: READER_PERMISSIONS });
    site.checklist.tickAs(COLLEAGUE, 101, true);
    await renderChecklist(site, false);
    expect(screen.getByText(fill(strings.checklistReadOnly, { unit: UNIT.name }))).toBeTruthy();
    expect(screen.getAllByRole('checkbox').every((checkbox) => (checkbox as HTMLInputElement).disabled)).toBe(true);
    expect(box(101).checked).toBe(true);
    expect(screen.queryByRole('button', { name: new RegExp(strings.checklistAddComment) })).toBeNull();
    // A reader saves nothing, so is never told that everything is saved: only whether they see the latest.
    expect(await screen.findByText(strings.checklistOnlineReader)).toBeTruthy();
    expect(screen.queryByText(strings.checklistOnline)).toBeNull();
  });

  it('says so when SharePoint refuses a tick, and shows what is stored', async () => {
    const { checklist } = await renderChecklist();
    checklist.failWith = new AccessDeniedError();
    fireEvent.click(box(101));
    expect(await screen.findByText(strings.checklistWriteRefused)).toBeTruthy();
    await waitFor(() => expect(box(101).checked).toBe(false));
    // Open again, with no history: the status line says nothing that the checkbox does not.
    expect(rowOf(101).querySelector('p')?.textContent).toBe('');
    expect(checklist.stored(101)).toBeUndefined();
  });

  it('keeps ticks made offline pending, says how many wait, and confirms them once back', async () => {
    const { checklist } = await renderChecklist();
    checklist.failWith = new UnreachableError();
    fireEvent.click(box(101));
    fireEvent.click(box(104));
    expect(await screen.findByText(`${strings.checklistOffline} – ${fill(strings.checklistWaitingOther, { count: 2 })}`)).toBeTruthy();
    expect(screen.getByRole('status').getAttribute('aria-live')).toBe('polite');
    expect(within(rowOf(101)).getByText(strings.checklistPending)).toBeTruthy();
    expect(box(104).checked).toBe(true);

    checklist.failWith = undefined;
    fireEvent.click(screen.getByRole('button', { name: strings.retry }));
    expect(await screen.findByText(strings.checklistOnline)).toBeTruthy();
    expect(checklist.ticks.filter((tick) => tick.done).map((tick) => tick.itemId).sort()).toEqual([101, 104]);
    expect(screen.queryByText(strings.checklistPending)).toBeNull();
  });
});
