/** @jest-environment jsdom */
import * as React from 'react';
import { screen, within } from '@testing-library/react';
import { Staircase } from '../../../src/ui/Staircase';
import { fakeRepositories, UNITS } from '../fakes';
import { LANGUAGES, localization, renderInProviders, TestLanguage, viewProps } from '../render';

describe.each(LANGUAGES)('Staircase (%s)', (language: TestLanguage) => {
  const { strings, fill } = localization(language);

  it('shows the six steps with their descriptions and the unit’s status on each', async () => {
    renderInProviders(language, <Staircase {...viewProps({ route: { view: 'staircase' } })} />);
    expect(screen.getByRole('heading', { level: 2, name: strings.viewStaircase })).toBeTruthy();
    expect(await screen.findByText(fill(strings.staircaseUnitLevel, { unit: UNITS[2].name, level: 3, total: 6 }))).toBeTruthy();
    const steps = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(steps).toHaveLength(6);
    expect(steps[0].textContent).toContain(language === 'sv' ? 'Sker regelbundet och till nyanställda.' : 'Regularly and for new staff.');
    expect(steps[3].textContent).toContain(strings.stepInProgress);
  });

  it('shows the steps without statuses when no unit is chosen', async () => {
    renderInProviders(language, <Staircase {...viewProps({ unit: undefined })} />);
    expect(await screen.findByText(strings.staircaseNoUnit)).toBeTruthy();
    expect(screen.queryByText(strings.stepFulfilled)).toBeNull();
  });

  it('says so when there is nothing to show', async () => {
    renderInProviders(language, <Staircase {...viewProps({ repositories: fakeRepositories({ programme: [] }) })} />);
    expect(await screen.findByText(strings.programmeMissing)).toBeTruthy();
  });
});
