/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, screen } from '@testing-library/react';
import { UnitBar, UnitResolution } from '../../../src/ui/UnitBar';
import { fakeRepositories, UNITS, UNMAPPED_GROUP_ID } from '../fakes';
import { LANGUAGES, localization, renderInProviders, SITE_URL, TestLanguage } from '../render';

function resolved(overrides: Partial<Extract<UnitResolution, { status: 'resolved' }>> = {}): UnitResolution {
  return { status: 'resolved', choices: [], select: jest.fn(), mapTeam: jest.fn(() => Promise.resolve()), ...overrides };
}

function renderUnitBar(language: TestLanguage, resolution: UnitResolution, canEdit = false): void {
  renderInProviders(language, <UnitBar resolution={resolution} period={2025} repositories={fakeRepositories()} canEdit={canEdit} siteUrl={SITE_URL} />);
}

describe.each(LANGUAGES)('UnitBar (%s)', (language: TestLanguage) => {
  const { strings, fill } = localization(language);

  it('keeps its place while the unit is being found', () => {
    renderUnitBar(language, { status: 'resolving' });
    expect(screen.getByLabelText(strings.loadingLabel)).toBeTruthy();
  });

  it('names the unit and the period', () => {
    renderUnitBar(language, resolved({ unit: UNITS[2] }));
    expect(screen.getByText(strings.unitLabel)).toBeTruthy();
    expect(screen.getByText(UNITS[2].name)).toBeTruthy();
    expect(screen.getByText(fill(strings.periodLabel, { period: '2025' }))).toBeTruthy();
  });

  it('lets a person with several units choose one', () => {
    const select = jest.fn();
    renderUnitBar(language, resolved({ unit: UNITS[2], choices: [UNITS[3], UNITS[2]], select }));
    fireEvent.change(screen.getByRole('combobox', { name: strings.unitLabel }), { target: { value: String(UNITS[3].id) } });
    expect(select).toHaveBeenCalledWith(UNITS[3].id);
  });

  it('says when the configured unit is gone, or the person has none', () => {
    renderUnitBar(language, resolved({ missingUnitId: 42 }));
    expect(screen.getByText(fill(strings.unitConfiguredMissing, { id: '42' }))).toBeTruthy();
    expect(screen.getByText(strings.unitNone)).toBeTruthy();
    expect(screen.queryByText(strings.unitNoneOfYours)).toBeNull();
  });

  it('asks a member of an unmapped team to find an editor', () => {
    renderUnitBar(language, resolved({ unit: UNITS[3], unmappedGroupId: UNMAPPED_GROUP_ID }));
    expect(screen.getByText(strings.teamMappingNeedsEditor)).toBeTruthy();
  });
});
