/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AccessDeniedError, ConflictError, UpdateRepository, ValidationError } from '../../../src/app';
import { MAX_SUMMARY_LENGTH, Update } from '../../../src/domain/update';
import { validationMessage } from '../../../src/domain/validation';
import { UpdateEditor } from '../../../src/ui/Updates';
import { ACTION_PLANS, UPDATES } from '../fakes';
import { LANGUAGES, localization, renderInProviders, TestLanguage } from '../render';
import { scriptedSave } from '../../fixtures/scriptedSave';

const NEW_UPDATE: Update = { id: 0, title: '', summary: '', body: '', status: 'draft', pinned: false };
const STORED: Update = { ...UPDATES[1], etag: '"1"' };

/** A repository whose save answers what the test says, recording what it was asked to store. */
function repository(...answers: ((update: Update) => Promise<Update>)[]): UpdateRepository & { saved: Update[] } {
  const { saved, save } = scriptedSave(answers, (stored) => ({ ...stored, id: stored.id || 7, etag: '"2"' }));
  return { saved, published: jest.fn(), all: jest.fn(), remove: jest.fn(), save };
}

describe.each(LANGUAGES)('UpdateEditor (%s)', (language: TestLanguage) => {
  const { strings } = localization(language);

  function renderEditor(update: Update, repo: UpdateRepository): { onDone: jest.Mock; onCancel: jest.Mock } {
    const onDone = jest.fn();
    const onCancel = jest.fn();
    renderInProviders(
      language,
      <UpdateEditor update={update} plans={ACTION_PLANS} repository={repo} navigate={jest.fn()} onDone={onDone} onCancel={onCancel} />
    );
    return { onDone, onCancel };
  }

  // By label rather than by role: role queries walk Fluent's whole tree and make these tests slow.
  const field = (label: string): HTMLElement =>
    screen.getByLabelText(new RegExp(`^${label}`), { selector: 'input, textarea, select, [role="textbox"]' });
  const type = (label: string, value: string): void => void fireEvent.change(field(label), { target: { value } });
  const button = (name: string, container: HTMLElement = document.body): HTMLElement => within(container).getByText(name, { selector: 'button' });
  const save = (): void => void fireEvent.click(button(strings.editSave));
  const body = (): HTMLElement => field(strings.updateFieldBody);
  const writeBody = (html: string): void => {
    body().innerHTML = html;
    fireEvent.input(body());
  };

  it('creates a draft with title, summary, a formatted body, a plan and a pin', async () => {
    const repo = repository();
    const { onDone } = renderEditor(NEW_UPDATE, repo);
    expect(screen.getByRole('heading', { level: 3, name: strings.updateNew })).toBeTruthy();
    type(strings.updateFieldTitle, 'Ny utbildning');
    type(strings.updateFieldSummary, 'Anmäl dig senast i maj.');
    writeBody('<h2>Om utbildningen</h2><ul><li><strong>Tre</strong> timmar</li></ul><p><a href="https://start.stockholm">Anmälan</a></p>');
    fireEvent.change(field(strings.updateFieldPlan), { target: { value: '4' } });
    fireEvent.click(screen.getByLabelText(strings.updatePinOption));
    save();

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(repo.saved).toEqual([
      expect.objectContaining({ id: 0, title: 'Ny utbildning', summary: 'Anmäl dig senast i maj.', status: 'draft', planId: 4, pinned: true })
    ]);
    expect(repo.saved[0].body).toContain('<h2>Om utbildningen</h2>');
    expect(repo.saved[0].body).toContain('<strong>Tre</strong>');
    expect(onDone).toHaveBeenCalledWith(expect.objectContaining({ id: 7, etag: '"2"' }));
  });

  it('publishes at once: choosing "published" sets the publishing time to now', async () => {
    const repo = repository();
    renderEditor({ ...NEW_UPDATE, title: 'Nu' }, repo);
    const before = Date.now() - 60_000;
    fireEvent.click(screen.getByLabelText(strings.updateStatusPublished));
    expect(field(strings.updateFieldPublishAt)).toBeTruthy();
    save();
    await waitFor(() => expect(repo.saved).toHaveLength(1));
    expect(repo.saved[0].status).toBe('published');
    const publishAt = Date.parse(repo.saved[0].publishAt ?? '');
    expect(publishAt).toBeGreaterThanOrEqual(before);
    expect(publishAt).toBeLessThanOrEqual(Date.now());
  });

  it('schedules at a date and time in the person’s own clock', async () => {
    const repo = repository();
    renderEditor({ ...NEW_UPDATE, title: 'Senare' }, repo);
    fireEvent.click(screen.getByLabelText(strings.updateStatusPublished));
    fireEvent.change(field(strings.updateFieldPublishAt), { target: { value: '2030-05-01T09:30' } });
    save();
    await waitFor(() => expect(repo.saved).toHaveLength(1));
    expect(repo.saved[0].publishAt).toBe(new Date(2030, 4, 1, 9, 30).toISOString());
  });

  it('unpublishes and unpins a published, pinned update', async () => {
    const repo = repository();
    renderEditor({ ...UPDATES[0], etag: '"1"' }, repo);
    expect(screen.getByRole('heading', { level: 3, name: strings.updateEditHeading })).toBeTruthy();
    fireEvent.click(screen.getByLabelText(strings.updateStatusDraft));
    fireEvent.click(screen.getByLabelText(strings.updatePinOption));
    save();
    await waitFor(() => expect(repo.saved).toHaveLength(1));
    expect(repo.saved[0]).toMatchObject({ id: 1, status: 'draft', pinned: false, etag: '"1"' });
  });

  it('previews the update as staff will see it, with the body sanitised', () => {
    renderEditor(NEW_UPDATE, repository());
    type(strings.updateFieldTitle, 'Förhandsvisad');
    type(strings.updateFieldSummary, 'Kort');
    fireEvent.click(button(strings.updatePreview));
    const preview = screen.getByRole('region', { name: strings.updatePreview });
    expect(within(preview).getByRole('heading', { level: 3, name: 'Förhandsvisad' })).toBeTruthy();
    expect(within(preview).getByText('Kort')).toBeTruthy();
    expect(button(strings.updatePreview).getAttribute('aria-expanded')).toBe('true');
  });

  it('saves nothing without a title and says why next to the field', () => {
    const repo = repository();
    renderEditor(NEW_UPDATE, repo);
    save();
    expect(repo.saved).toEqual([]);
    const title = field(strings.updateFieldTitle);
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(validationMessage({ field: 'title', code: 'required' }, language, strings.updateFieldTitle))).toBeTruthy();
    expect(screen.getByText(strings.editFixErrors)).toBeTruthy();
  });

  it('refuses a summary that is too long, next to the summary', () => {
    const repo = repository();
    renderEditor({ ...NEW_UPDATE, title: 'Lång' }, repo);
    type(strings.updateFieldSummary, 'x'.repeat(MAX_SUMMARY_LENGTH + 1));
    save();
    expect(repo.saved).toEqual([]);
    const issue = { field: 'summary', code: 'tooLong' as const, params: { max: MAX_SUMMARY_LENGTH } };
    expect(screen.getByText(validationMessage(issue, language, strings.updateFieldSummary))).toBeTruthy();
    expect(field(strings.updateFieldSummary).getAttribute('aria-invalid')).toBe('true');
  });

  it('shows issues SharePoint reports next to their fields', async () => {
    renderEditor({ ...NEW_UPDATE, title: 'X' }, repository(() => Promise.reject(new ValidationError([{ field: 'publishAt', code: 'notADate' }]))));
    fireEvent.click(screen.getByLabelText(strings.updateStatusPublished));
    save();
    const issue = { field: 'publishAt', code: 'notADate' as const };
    expect(await screen.findByText(validationMessage(issue, language, strings.updateFieldPublishAt))).toBeTruthy();
  });

  it('keeps everything typed when SharePoint refuses for lack of permission, and says so', async () => {
    const { onDone } = renderEditor(NEW_UPDATE, repository(() => Promise.reject(new AccessDeniedError())));
    type(strings.updateFieldTitle, 'Mitt arbete');
    save();
    expect(await screen.findByText(strings.editAccessDenied)).toBeTruthy();
    expect((field(strings.updateFieldTitle) as HTMLInputElement).value).toBe('Mitt arbete');
    expect(onDone).not.toHaveBeenCalled();
  });

  describe('when another editor saved first', () => {
    const theirs: Update = { ...STORED, title: 'Deras rubrik', etag: '"5"' };
    const conflictOnce = (): UpdateRepository & { saved: Update[] } => repository(() => Promise.reject(new ConflictError(theirs)));

    async function meetConflict(repo: UpdateRepository): Promise<{ onDone: jest.Mock; dialog: HTMLElement }> {
      const handlers = renderEditor(STORED, repo);
      type(strings.updateFieldTitle, 'Min rubrik');
      save();
      const dialog = await screen.findByRole('alertdialog', { name: strings.conflictTitle });
      return { ...handlers, dialog };
    }

    it('shows their version and mine side by side, naming the fields that differ', async () => {
      const { dialog, onDone } = await meetConflict(conflictOnce());
      const rows = within(dialog).getAllByRole('row');
      const titleRow = rows.find((row) => row.textContent?.startsWith(strings.updateFieldTitle)) as HTMLElement;
      expect(within(titleRow).getByText(strings.conflictChanged)).toBeTruthy();
      expect(within(titleRow).getByText('Deras rubrik')).toBeTruthy();
      expect(within(titleRow).getByText('Min rubrik')).toBeTruthy();
      const summaryRow = rows.find((row) => row.textContent?.startsWith(strings.updateFieldSummary)) as HTMLElement;
      expect(within(summaryRow).queryByText(strings.conflictChanged)).toBeNull();
      expect(onDone).not.toHaveBeenCalled();
    });

    it('"keep theirs" discards mine and saves nothing more', async () => {
      const repo = conflictOnce();
      const { dialog, onDone } = await meetConflict(repo);
      fireEvent.click(button(strings.conflictKeepTheirs, dialog));
      expect(onDone).toHaveBeenCalledWith(theirs);
      expect(repo.saved).toHaveLength(1);
    });

    it('"use mine" saves mine again over their version, knowingly', async () => {
      const repo = conflictOnce();
      const { dialog, onDone } = await meetConflict(repo);
      fireEvent.click(button(strings.conflictUseMine, dialog));
      await waitFor(() => expect(onDone).toHaveBeenCalled());
      expect(repo.saved[1]).toMatchObject({ title: 'Min rubrik', etag: '"5"' });
    });

    it('"edit further" keeps mine in the form with theirs beside it, and the next save goes through', async () => {
      const repo = conflictOnce();
      const { dialog, onDone } = await meetConflict(repo);
      fireEvent.click(button(strings.conflictEditFurther, dialog));
      await waitFor(() => expect(document.querySelector('[role="alertdialog"]')).toBeNull());
      expect((field(strings.updateFieldTitle) as HTMLInputElement).value).toBe('Min rubrik');
      expect(screen.getByText(strings.conflictMerging)).toBeTruthy();
      expect(screen.getByText('Deras rubrik')).toBeTruthy();
      type(strings.updateFieldTitle, 'Deras och min rubrik');
      save();
      await waitFor(() => expect(onDone).toHaveBeenCalled());
      expect(repo.saved[1]).toMatchObject({ title: 'Deras och min rubrik', etag: '"5"' });
    });
  });

  it('cancels without saving', () => {
    const repo = repository();
    const { onCancel } = renderEditor(STORED, repo);
    fireEvent.click(button(strings.editCancel));
    expect(onCancel).toHaveBeenCalled();
    expect(repo.saved).toEqual([]);
  });
});
