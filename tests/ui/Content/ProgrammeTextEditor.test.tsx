/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AccessDeniedError, ConflictError, ProgrammeRepository, ValidationError } from '../../../src/app';
import { assembleProgramme, Programme, ProgrammeEntry } from '../../../src/domain/programme';
import { validationMessage } from '../../../src/domain/validation';
import { ProgrammeTextEditor } from '../../../src/ui/Content/ProgrammeTextEditor';
import { GOAL_SV, PROGRAMME_ENTRIES } from '../fakes';
import { LANGUAGES, localization, renderInProviders, TestLanguage } from '../render';
import { scriptedSave } from '../../fixtures/scriptedSave';

const PROGRAMME = assembleProgramme(PROGRAMME_ENTRIES.map((entry) => ({ ...entry, etag: '"1"' }))) as Programme;
const GOAL = PROGRAMME.goal;

function repository(...answers: ((entry: ProgrammeEntry) => Promise<ProgrammeEntry>)[]): ProgrammeRepository & { saved: ProgrammeEntry[] } {
  const { saved, save } = scriptedSave(answers, (stored) => ({ ...stored, etag: '"2"' }));
  return { saved, loadOverview: jest.fn(), saveEntry: save };
}

describe.each(LANGUAGES)('ProgrammeTextEditor (%s)', (language: TestLanguage) => {
  const { strings, fill } = localization(language);

  function open(repo: ProgrammeRepository, entry: ProgrammeEntry = GOAL): { onChanged: jest.Mock } {
    const onChanged = jest.fn();
    renderInProviders(language, <ProgrammeTextEditor programme={PROGRAMME} repository={repo} onChanged={onChanged} />);
    fireEvent.click(screen.getByRole('button', { name: fill(strings.contentEditNamed, { name: entry.title[language] }) }));
    return { onChanged };
  }
  const field = (label: string): HTMLElement => screen.getByLabelText(new RegExp(`^${label}`), { selector: 'input, textarea' });
  const type = (label: string, value: string): void => void fireEvent.change(field(label), { target: { value } });
  const button = (name: string, container: HTMLElement = document.body): HTMLElement => within(container).getByText(name, { selector: 'button' });
  const save = (): void => void fireEvent.click(button(strings.editSave));

  it('lists the goal, focus areas, method steps and staircase steps, each with its kind', () => {
    renderInProviders(language, <ProgrammeTextEditor programme={PROGRAMME} repository={repository()} onChanged={jest.fn()} />);
    const rows = within(screen.getByRole('list', { name: strings.contentSectionProgramme })).getAllByRole('listitem');
    expect(rows).toHaveLength(PROGRAMME_ENTRIES.length);
    expect(rows[0].textContent).toContain(strings.contentKindGoal);
    expect(rows[rows.length - 1].textContent).toContain(strings.contentKindStaircaseStep);
  });

  it('says so when the programme is not in the lists yet', () => {
    renderInProviders(language, <ProgrammeTextEditor repository={repository()} onChanged={jest.fn()} />);
    expect(screen.getByText(strings.contentProgrammeMissing)).toBeTruthy();
  });

  it('edits the goal’s text in Swedish and English', async () => {
    const repo = repository();
    const { onChanged } = open(repo);
    expect((field(strings.contentTextSv) as HTMLTextAreaElement).value).toBe(GOAL_SV);
    type(strings.contentTextSv, 'Ett nytt mål.');
    type(strings.contentTextEn, 'A new goal.');
    type(strings.contentTitleEn, 'Our goal');
    save();
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(repo.saved[0]).toMatchObject({ id: GOAL.id, key: 'goal', title: { en: 'Our goal' }, text: { sv: 'Ett nytt mål.', en: 'A new goal.' }, etag: '"1"' });
    expect(screen.getByText(strings.contentSaved)).toBeTruthy();
  });

  it('saves nothing without a Swedish title', () => {
    const repo = repository();
    open(repo, PROGRAMME.focusAreas[0]);
    type(strings.contentTitleSv, ' ');
    save();
    expect(repo.saved).toEqual([]);
    expect(screen.getByText(validationMessage({ field: 'title.sv', code: 'required' }, language, strings.contentTitleSv))).toBeTruthy();
    expect(field(strings.contentTitleSv).getAttribute('aria-invalid')).toBe('true');
  });

  it('shows issues SharePoint reports next to their fields', async () => {
    open(repository(() => Promise.reject(new ValidationError([{ field: 'text.en', code: 'tooLong', params: { max: 63999 } }]))));
    save();
    const issue = { field: 'text.en', code: 'tooLong' as const, params: { max: 63999 } };
    expect(await screen.findByText(validationMessage(issue, language, strings.contentTextEn))).toBeTruthy();
  });

  it('keeps what was typed when SharePoint refuses for lack of permission', async () => {
    open(repository(() => Promise.reject(new AccessDeniedError())));
    type(strings.contentTextSv, 'Mitt mål');
    save();
    expect(await screen.findByText(strings.editAccessDenied)).toBeTruthy();
    expect((field(strings.contentTextSv) as HTMLTextAreaElement).value).toBe('Mitt mål');
  });

  it('meets another editor’s change and "edit further" keeps theirs beside mine until the next save', async () => {
    const theirs: ProgrammeEntry = { ...GOAL, text: { ...GOAL.text, sv: 'Deras mål.' }, etag: '"5"' };
    const repo = repository(() => Promise.reject(new ConflictError(theirs)));
    const { onChanged } = open(repo);
    type(strings.contentTextSv, 'Mitt mål.');
    save();
    const dialog = await screen.findByRole('alertdialog', { name: strings.conflictTitle });
    expect(within(dialog).getByText('Deras mål.')).toBeTruthy();
    fireEvent.click(button(strings.conflictEditFurther, dialog));
    expect(screen.getByText(strings.conflictMerging)).toBeTruthy();
    expect((field(strings.contentTextSv) as HTMLTextAreaElement).value).toBe('Mitt mål.');
    save();
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(repo.saved[1]).toMatchObject({ text: { sv: 'Mitt mål.' }, etag: '"5"' });
  });
});
