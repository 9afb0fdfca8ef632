/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AccessDeniedError, ConflictError, UnitRepository, ValidationError } from '../../../src/app';
import type { Unit } from '../../../src/domain/unit';
import { validationMessage } from '../../../src/domain/validation';
import { UnitsEditor } from '../../../src/ui/Content/UnitsEditor';
import { TEAM_GROUP_ID, UNITS } from '../fakes';
import { LANGUAGES, localization, renderInProviders, TestLanguage } from '../render';
import { scriptedSave } from '../../fixtures/scriptedSave';

const NEW_GROUP_ID = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

/** A repository whose save answers what the test says, recording what it was asked to store. */
function repository(...answers: ((unit: Unit) => Promise<Unit>)[]): UnitRepository & { saved: Unit[] } {
  const { saved, save } = scriptedSave(answers, (stored) => ({ ...stored, id: stored.id || 9, etag: '"2"' }));
  return { saved, list: jest.fn(), forTeamsGroup: jest.fn(), save };
}

describe.each(LANGUAGES)('UnitsEditor (%s)', (language: TestLanguage) => {
  const { strings, fill } = localization(language);
  const units: Unit[] = UNITS.map((unit) => ({ ...unit, etag: '"1"' }));

  function renderEditor(repo: UnitRepository): { onChanged: jest.Mock } {
    const onChanged = jest.fn();
    renderInProviders(language, <UnitsEditor units={units} repository={repo} onChanged={onChanged} />);
    return { onChanged };
  }
  const field = (label: string): HTMLElement => screen.getByLabelText(new RegExp(`^${label}`), { selector: 'input, select' });
  const type = (label: string, value: string): void => void fireEvent.change(field(label), { target: { value } });
  const button = (name: string, container: HTMLElement = document.body): HTMLElement => within(container).getByText(name, { selector: 'button' });
  const save = (): void => void fireEvent.click(button(strings.editSave));
  const edit = (name: string): void => void fireEvent.click(screen.getByRole('button', { name: fill(strings.contentEditNamed, { name }) }));
  const message = (field: string, code: 'required' | 'notAGuid' | 'cycle' | 'tooLong', label: string): string =>
    validationMessage({ field, code }, language, label);

  it('lists every unit with its kind and where it belongs, and whether a team is linked', () => {
    renderEditor(repository());
    const list = screen.getByRole('list', { name: strings.contentSectionUnits });
    const team = within(list).getByText(UNITS[2].name).closest('li') as HTMLElement;
    expect(team.textContent).toContain(strings.unitTypeTeam);
    expect(team.textContent).toContain(UNITS[1].name);
    expect(team.textContent).toContain(strings.contentUnitMapped);
  });

  it('adds a unit under a parent, mapped to a Teams group', async () => {
    const repo = repository();
    const { onChanged } = renderEditor(repo);
    fireEvent.click(button(strings.contentUnitNew));
    expect(screen.getByRole('heading', { level: 3, name: strings.contentUnitNew })).toBeTruthy();
    type(strings.contentUnitName, 'Enheten för äldreomsorg');
    type(strings.contentUnitType, 'team');
    type(strings.contentUnitParent, '2');
    type(strings.contentUnitTeamsGroup, ` ${NEW_GROUP_ID} `);
    save();
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(repo.saved).toEqual([
      { id: 0, name: 'Enheten för äldreomsorg', type: 'team', parentId: 2, teamsGroupId: NEW_GROUP_ID, memberIds: [] }
    ]);
    expect(screen.getByText(strings.contentSaved)).toBeTruthy();
  });

  it('renames a unit and keeps its etag, so SharePoint can tell a stale save', async () => {
    const repo = repository();
    renderEditor(repo);
    edit(UNITS[0].name);
    expect(screen.getByRole('heading', { level: 3, name: strings.contentUnitEditHeading })).toBeTruthy();
    type(strings.contentUnitName, 'Socialnämnden (ny)');
    save();
    await waitFor(() => expect(repo.saved).toHaveLength(1));
    expect(repo.saved[0]).toMatchObject({ id: 1, name: 'Socialnämnden (ny)', etag: '"1"' });
  });

  it('moves a unit under another parent and unmaps its team', async () => {
    const repo = repository();
    renderEditor(repo);
    edit(UNITS[2].name);
    type(strings.contentUnitParent, '4');
    type(strings.contentUnitTeamsGroup, '');
    save();
    await waitFor(() => expect(repo.saved).toHaveLength(1));
    expect(repo.saved[0]).toMatchObject({ id: 3, parentId: 4 });
    expect(repo.saved[0].teamsGroupId).toBeUndefined();
  });

  it('moves a unit to the top level', async () => {
    const repo = repository();
    renderEditor(repo);
    edit(UNITS[3].name);
    type(strings.contentUnitParent, '');
    save();
    await waitFor(() => expect(repo.saved).toHaveLength(1));
    expect(repo.saved[0].parentId).toBeUndefined();
  });

  it('offers every other unit as parent, never the unit itself, in the organisation’s order and each with what it belongs to', () => {
    renderEditor(repository());
    edit(UNITS[1].name);
    const options = within(field(strings.contentUnitParent)).getAllByRole('option').map((option) => option.textContent);
    expect(options).toEqual([
      strings.contentUnitParentNone,
      `${UNITS[2].name} – ${UNITS[1].name}`,
      UNITS[0].name,
      `${UNITS[3].name} – ${UNITS[0].name}`
    ]);
  });

  it('refuses to put a unit under its own child, with the domain message next to the field', () => {
    const repo = repository();
    renderEditor(repo);
    edit(UNITS[1].name);
    type(strings.contentUnitParent, '3');
    save();
    expect(repo.saved).toEqual([]);
    expect(screen.getByText(message('parentId', 'cycle', strings.contentUnitParent))).toBeTruthy();
    expect(field(strings.contentUnitParent).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(strings.editFixErrors)).toBeTruthy();
  });

  it('refuses a Teams group id that is not a GUID, next to the field', () => {
    const repo = repository();
    renderEditor(repo);
    edit(UNITS[2].name);
    expect((field(strings.contentUnitTeamsGroup) as HTMLInputElement).value).toBe(TEAM_GROUP_ID);
    type(strings.contentUnitTeamsGroup, 'team-barn-och-unga');
    save();
    expect(repo.saved).toEqual([]);
    expect(screen.getByText(message('teamsGroupId', 'notAGuid', strings.contentUnitTeamsGroup))).toBeTruthy();
    expect(field(strings.contentUnitTeamsGroup).getAttribute('aria-invalid')).toBe('true');
  });

  it('saves nothing without a name', () => {
    const repo = repository();
    renderEditor(repo);
    fireEvent.click(button(strings.contentUnitNew));
    save();
    expect(repo.saved).toEqual([]);
    expect(screen.getByText(message('name', 'required', strings.contentUnitName))).toBeTruthy();
  });

  it('shows issues SharePoint reports next to their fields', async () => {
    renderEditor(repository(() => Promise.reject(new ValidationError([{ field: 'name', code: 'tooLong', params: { max: 255 } }]))));
    edit(UNITS[0].name);
    save();
    const issue = { field: 'name', code: 'tooLong' as const, params: { max: 255 } };
    expect(await screen.findByText(validationMessage(issue, language, strings.contentUnitName))).toBeTruthy();
  });

  it('keeps what was typed when SharePoint refuses for lack of permission, and says so', async () => {
    const { onChanged } = renderEditor(repository(() => Promise.reject(new AccessDeniedError())));
    edit(UNITS[0].name);
    type(strings.contentUnitName, 'Mitt namn');
    save();
    expect(await screen.findByText(strings.editAccessDenied)).toBeTruthy();
    expect((field(strings.contentUnitName) as HTMLInputElement).value).toBe('Mitt namn');
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('cancel goes back to the list without saving', () => {
    const repo = repository();
    renderEditor(repo);
    edit(UNITS[0].name);
    type(strings.contentUnitName, 'Inte sparad');
    fireEvent.click(button(strings.editCancel));
    expect(repo.saved).toEqual([]);
    expect(screen.getByRole('list', { name: strings.contentSectionUnits })).toBeTruthy();
  });

  describe('when another editor saved first', () => {
    const theirs: Unit = { ...units[0], name: 'Deras namn', etag: '"5"' };
    const conflictOnce = (): UnitRepository & { saved: Unit[] } => repository(() => Promise.reject(new ConflictError(theirs)));

    async function meetConflict(repo: UnitRepository): Promise<{ onChanged: jest.Mock; dialog: HTMLElement }> {
      const handlers = renderEditor(repo);
      edit(UNITS[0].name);
      type(strings.contentUnitName, 'Mitt namn');
      save();
      const dialog = await screen.findByRole('alertdialog', { name: strings.conflictTitle });
      return { ...handlers, dialog };
    }

    it('shows their name and mine side by side, marking the field that differs', async () => {
      const { dialog, onChanged } = await meetConflict(conflictOnce());
      const row = within(dialog)
        .getAllByRole('row')
        .find((candidate) => candidate.textContent?.startsWith(strings.contentUnitName)) as HTMLElement;
      expect(within(row).getByText('Deras namn')).toBeTruthy();
      expect(within(row).getByText('Mitt namn')).toBeTruthy();
      expect(within(row).getByText(strings.conflictChanged)).toBeTruthy();
      expect(onChanged).not.toHaveBeenCalled();
    });

    it('"keep theirs" saves nothing more', async () => {
      const repo = conflictOnce();
      const { dialog, onChanged } = await meetConflict(repo);
      fireEvent.click(button(strings.conflictKeepTheirs, dialog));
      expect(onChanged).toHaveBeenCalled();
      expect(repo.saved).toHaveLength(1);
    });

    it('"use mine" saves mine over theirs with their etag', async () => {
      const repo = conflictOnce();
      const { dialog, onChanged } = await meetConflict(repo);
      fireEvent.click(button(strings.conflictUseMine, dialog));
      await waitFor(() => expect(onChanged).toHaveBeenCalled());
      expect(repo.saved[1]).toMatchObject({ name: 'Mitt namn', etag: '"5"' });
    });
  });
});
