/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AccessDeniedError, ActionPlanRepository, ConflictError, ValidationError } from '../../../src/app';
import type { ActionPlan } from '../../../src/domain/actionPlan';
import { validationMessage } from '../../../src/domain/validation';
import { ActionPlanEditor } from '../../../src/ui/Content/ActionPlanEditor';
import { ACTION_PLANS, CHILD_RIGHTS_PROGRAMME } from '../fakes';
import { LANGUAGES, localization, renderInProviders, TestLanguage } from '../render';
import { scriptedSave } from '../../fixtures/scriptedSave';

const PLANS: ActionPlan[] = ACTION_PLANS.map((plan) => ({ ...plan, etag: '"1"' }));

function repository(...answers: ((plan: ActionPlan) => Promise<ActionPlan>)[]): ActionPlanRepository & { saved: ActionPlan[] } {
  const { saved, save } = scriptedSave(answers, (stored) => ({ ...stored, etag: '"2"' }));
  return { saved, list: jest.fn(), items: jest.fn(), saveItem: jest.fn(), reorderItems: jest.fn(), save };
}

describe.each(LANGUAGES)('ActionPlanEditor (%s)', (language: TestLanguage) => {
  const { strings } = localization(language);

  function open(repo: ActionPlanRepository, plan: ActionPlan = PLANS[1]): { onChanged: jest.Mock } {
    const onChanged = jest.fn();
    renderInProviders(language, <ActionPlanEditor plans={PLANS} repository={repo} onChanged={onChanged} />);
    fireEvent.change(screen.getByLabelText(strings.contentItemsPlan), { target: { value: String(plan.id) } });
    fireEvent.click(screen.getByText(strings.contentPlanEdit, { selector: 'button' }));
    expect(screen.getByRole('heading', { level: 3, name: plan.title[language] })).toBeTruthy();
    return { onChanged };
  }
  const field = (label: string): HTMLElement => screen.getByLabelText(new RegExp(`^${label}`), { selector: 'input, [role="textbox"]' });
  const type = (label: string, value: string): void => void fireEvent.change(field(label), { target: { value } });
  const button = (name: string, container: HTMLElement = document.body): HTMLElement => within(container).getByText(name, { selector: 'button' });
  const save = (): void => void fireEvent.click(button(strings.editSave));
  const writeRich = (label: string, html: string): void => {
    const box = field(label);
    box.innerHTML = html;
    fireEvent.input(box);
  };

  it('links the plan’s document, refusing an address that is not one and keeping what was typed', async () => {
    const repo = repository();
    open(repo);
    type(strings.contentDocumentLink, 'handlingsplan barnets rättigheter.pdf');
    save();
    expect(await screen.findByText(validationMessage({ field: 'documentUrl', code: 'notAUrl' }, language, strings.contentDocumentLink))).toBeTruthy();
    expect(repo.saved).toEqual([]);
    expect((field(strings.contentDocumentLink) as HTMLInputElement).value).toBe('handlingsplan barnets rättigheter.pdf');
    type(strings.contentDocumentLink, 'mailto:mr@stockholm.se');
    expect(await screen.findByText(validationMessage({ field: 'documentUrl', code: 'notAUrl' }, language, strings.contentDocumentLink))).toBeTruthy();
    type(strings.contentDocumentLink, 'https://start.stockholm/barnets-rattigheter.pdf');
    save();
    await waitFor(() => expect(repo.saved).toHaveLength(1));
    expect(repo.saved[0].documentUrl).toBe('https://start.stockholm/barnets-rattigheter.pdf');
  });

  it('adopts a plan on a date, with the date the replaced programme ceased', async () => {
    const repo = repository();
    const { onChanged } = open(repo);
    expect((field(strings.contentPlanReplaces) as HTMLInputElement).value).toBe(CHILD_RIGHTS_PROGRAMME);
    fireEvent.click(screen.getByLabelText(strings.planStatusAdopted));
    type(strings.contentPlanAdoptionDate, '2026-02-10');
    type(strings.contentPlanCeasedOn, '2025-12-31');
    save();
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(repo.saved[0]).toMatchObject({ id: 2, status: 'adopted', adoptionDate: '2026-02-10', replacedCeasedOn: '2025-12-31', etag: '"1"' });
    expect(screen.getByText(strings.contentSaved)).toBeTruthy();
  });

  it('writes the description in both languages as formatted text', async () => {
    const repo = repository();
    open(repo);
    writeRich(strings.contentDescriptionSv, '<p><strong>Barnets</strong> rätt</p>');
    writeRich(strings.contentDescriptionEn, '<ul><li>The child</li></ul>');
    save();
    await waitFor(() => expect(repo.saved).toHaveLength(1));
    expect(repo.saved[0].description.sv).toContain('<strong>Barnets</strong>');
    expect(repo.saved[0].description.en).toContain('<li>The child</li>');
  });

  it('clears a ceased date: the replaced programme applies again', async () => {
    const repo = repository();
    open(repo);
    type(strings.contentPlanCeasedOn, '');
    save();
    await waitFor(() => expect(repo.saved).toHaveLength(1));
    expect(repo.saved[0].replacedCeasedOn).toBeUndefined();
  });

  it('refuses an adopted plan without an adoption date, next to the field', () => {
    const repo = repository();
    open(repo);
    fireEvent.click(screen.getByLabelText(strings.planStatusAdopted));
    save();
    expect(repo.saved).toEqual([]);
    expect(screen.getByText(validationMessage({ field: 'adoptionDate', code: 'required' }, language, strings.contentPlanAdoptionDate))).toBeTruthy();
    expect(field(strings.contentPlanAdoptionDate).getAttribute('aria-invalid')).toBe('true');
  });

  it('shows issues SharePoint reports next to their fields', async () => {
    open(repository(() => Promise.reject(new ValidationError([{ field: 'replacedCeasedOn', code: 'notADate' }]))));
    save();
    expect(await screen.findByText(validationMessage({ field: 'replacedCeasedOn', code: 'notADate' }, language, strings.contentPlanCeasedOn))).toBeTruthy();
  });

  it('keeps what was typed when SharePoint refuses for lack of permission', async () => {
    open(repository(() => Promise.reject(new AccessDeniedError())));
    type(strings.contentPlanReplaces, 'Mitt program');
    save();
    expect(await screen.findByText(strings.editAccessDenied)).toBeTruthy();
    expect((field(strings.contentPlanReplaces) as HTMLInputElement).value).toBe('Mitt program');
  });

  it('meets another editor’s change: shows both statuses, and "keep theirs" saves nothing more', async () => {
    const theirs: ActionPlan = { ...PLANS[1], status: 'adopted', adoptionDate: '2026-01-15', etag: '"5"' };
    const repo = repository(() => Promise.reject(new ConflictError(theirs)));
    const { onChanged } = open(repo);
    fireEvent.click(screen.getByLabelText(strings.planStatusDraft));
    save();
    const dialog = await screen.findByRole('alertdialog', { name: strings.conflictTitle });
    const row = within(dialog)
      .getAllByRole('row')
      .find((candidate) => candidate.textContent?.startsWith(strings.contentPlanStatus)) as HTMLElement;
    expect(within(row).getByText(strings.planStatusAdopted)).toBeTruthy();
    expect(within(row).getByText(strings.planStatusDraft)).toBeTruthy();
    expect(within(row).getByText(strings.conflictChanged)).toBeTruthy();
    fireEvent.click(button(strings.conflictKeepTheirs, dialog));
    expect(onChanged).toHaveBeenCalled();
    expect(repo.saved).toHaveLength(1);
  });
});
