/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { PeopleChangeOutcome } from '../../../src/app';
import { UnitBar, UnitResolution } from '../../../src/ui/UnitBar';
import { UNITS, UNMAPPED_GROUP_ID } from '../fakes';
import { LANGUAGES, localization, renderInProviders, SITE_URL, TestLanguage } from '../render';

type Resolved = Extract<UnitResolution, { status: 'resolved' }>;

function resolved(overrides: Partial<Resolved> = {}): UnitResolution {
  return { status: 'resolved', units: UNITS, ownUnitIds: new Set(), writableUnitIds: new Set(), mapTeam: jest.fn(), ...overrides };
}

interface Rendered {
  onSelect: jest.Mock;
}

function renderUnitBar(language: TestLanguage, resolution: UnitResolution, { canEdit = false, canChangeUnit = true } = {}): Rendered {
  const onSelect = jest.fn();
  renderInProviders(
    language,
    <UnitBar resolution={resolution} period={2025} canEdit={canEdit} canChangeUnit={canChangeUnit} onSelect={onSelect} siteUrl={SITE_URL} />
  );
  return { onSelect };
}

describe.each(LANGUAGES)('UnitBar (%s)', (language: TestLanguage) => {
  const { strings, fill } = localization(language);
  // The picker's code loads on its own, after the bar renders.
  const picker = async (): Promise<HTMLInputElement> => (await screen.findByRole('combobox', { name: strings.unitLabel })) as HTMLInputElement;

  it('keeps its place while the unit is being found', () => {
    renderUnitBar(language, { status: 'resolving' });
    expect(screen.getByLabelText(strings.loadingLabel)).toBeTruthy();
  });

  it('names the unit and the period', async () => {
    renderUnitBar(language, resolved({ unit: UNITS[2] }));
    expect((await picker()).value).toBe(UNITS[2].name);
    expect(screen.getByText(fill(strings.periodLabel, { period: '2025' }))).toBeTruthy();
    expect(screen.queryByText(strings.unitReadOnly)).toBeNull();
  });

  it('lets anyone choose any unit, their own first', async () => {
    const { onSelect } = renderUnitBar(language, resolved({ unit: UNITS[2], ownUnitIds: new Set([3]) }));
    const input = await picker();
    fireEvent.click(input);
    const first = screen.getAllByRole('group')[0];
    expect(first.textContent).toContain(strings.unitGroupOwn);
    fireEvent.change(input, { target: { value: 'Social' } });
    fireEvent.click(screen.getByRole('option', { name: UNITS[0].name }));
    expect(onSelect).toHaveBeenCalledWith(UNITS[0].id);
  });

  it('says a unit the person may not change is read only, in words and with a lock', () => {
    renderUnitBar(language, resolved({ unit: UNITS[0] }), { canChangeUnit: false });
    expect(screen.getByText(strings.unitReadOnly)).toBeTruthy();
  });

  it('tells a person with no unit that they can look at every unit', async () => {
    renderUnitBar(language, resolved());
    expect(screen.getByText(strings.unitNoneOfYours)).toBeTruthy();
    expect((await picker()).value).toBe('');
  });

  it('says when the configured unit is gone, or the unit in the link', () => {
    renderUnitBar(language, resolved({ missingUnitId: 42 }));
    expect(screen.getByText(fill(strings.unitConfiguredMissing, { id: '42' }))).toBeTruthy();
    expect(screen.queryByText(strings.unitNoneOfYours)).toBeNull();
  });

  it('says when the unit a link names does not exist', () => {
    renderUnitBar(language, resolved({ unit: UNITS[2], linkMissingId: 77 }));
    expect(screen.getByText(fill(strings.unitLinkMissing, { id: '77' }))).toBeTruthy();
  });

  it('asks a member of an unlinked team to find an editor', async () => {
    renderUnitBar(language, resolved({ unit: UNITS[3], unmappedGroupId: UNMAPPED_GROUP_ID }));
    expect(await screen.findByText(strings.teamMappingNeedsEditor)).toBeTruthy();
  });

  it('lets an editor link an unlinked team: nothing preselected, search, then link', async () => {
    const mapTeam = jest.fn((): Promise<PeopleChangeOutcome> => Promise.resolve({ kind: 'saved', people: { unitId: 4, people: [] } }));
    renderUnitBar(language, resolved({ unmappedGroupId: UNMAPPED_GROUP_ID, mapTeam }), { canEdit: true });
    const chooser = (await screen.findByRole('combobox', { name: strings.teamMappingUnit })) as HTMLInputElement;
    expect(chooser.value).toBe('');
    const link = screen.getByRole('button', { name: strings.teamMappingSave });
    expect(link.hasAttribute('disabled')).toBe(true);
    fireEvent.change(chooser, { target: { value: 'strategi' } });
    fireEvent.click(screen.getByRole('option', { name: new RegExp(`^${UNITS[3].name}`) }));
    fireEvent.click(link);
    expect(mapTeam).toHaveBeenCalledWith(UNITS[3]);
    expect(await screen.findByText(fill(strings.teamMappingSaved, { unit: UNITS[3].name }))).toBeTruthy();
  });

  it('keeps the choice when linking the team fails, and says why', async () => {
    const mapTeam = jest.fn((): Promise<PeopleChangeOutcome> => Promise.resolve({ kind: 'failed', problem: 'accessDenied' }));
    renderUnitBar(language, resolved({ unmappedGroupId: UNMAPPED_GROUP_ID, mapTeam }), { canEdit: true });
    const chooser = (await screen.findByRole('combobox', { name: strings.teamMappingUnit })) as HTMLInputElement;
    fireEvent.change(chooser, { target: { value: 'strategi' } });
    fireEvent.click(screen.getByRole('option', { name: new RegExp(`^${UNITS[3].name}`) }));
    fireEvent.click(screen.getByRole('button', { name: strings.teamMappingSave }));
    expect(await screen.findByText(fill(strings.teamMappingFailed, { message: strings.peopleAccessDenied }))).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('button', { name: strings.teamMappingSave }).hasAttribute('disabled')).toBe(false));
    expect(chooser.value).toBe(UNITS[3].name);
  });
});
