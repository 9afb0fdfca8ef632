/** @jest-environment jsdom */
import * as React from 'react';
import { screen, within } from '@testing-library/react';
import { FollowUp } from '../../../src/ui/FollowUp';
import { fakeRepositories } from '../fakes';
import { LANGUAGES, localization, renderInProviders, TestLanguage, viewProps } from '../render';

describe.each(LANGUAGES)('FollowUp (%s)', (language: TestLanguage) => {
  const { strings } = localization(language);

  it('explains the follow-up and lists the units with their type and parent', async () => {
    renderInProviders(language, <FollowUp {...viewProps({ route: { view: 'followUp' } })} />);
    expect(screen.getByRole('heading', { level: 2, name: strings.viewFollowUp })).toBeTruthy();
    expect(screen.getByText(strings.followUpIntro)).toBeTruthy();
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      strings.followUpColumnUnit,
      strings.followUpColumnType,
      strings.followUpColumnParent
    ]);
    const team = within(table).getByRole('rowheader', { name: 'Enheten för barn och unga' }).closest('tr') as HTMLElement;
    expect(within(team).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([strings.unitTypeTeam, 'Hägersten-Älvsjö stadsdelsnämnd']);
  });

  it('says so when there is nothing to show', async () => {
    renderInProviders(language, <FollowUp {...viewProps({ repositories: fakeRepositories({ units: [] }) })} />);
    expect(await screen.findByText(strings.followUpUnitsEmpty)).toBeTruthy();
  });
});
