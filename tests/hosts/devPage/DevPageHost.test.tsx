/** @jest-environment jsdom */
import * as React from 'react';
import { act, fireEvent, render, RenderResult, screen, within } from '@testing-library/react';
import { teamsHighContrastTheme, teamsLightTheme } from '@fluentui/react-components';
import { localPeople } from '../../../local/localPeople';
import { DEMO_SEED } from '../../../src/data';
import { DevPageHost } from '../../../src/hosts/devPage/DevPageHost';
import type { DevPageOptions } from '../../../src/hosts/devPage/devPageOptions';
import { localizationFor } from '../../ui/loc/localizationFor';
import { EDITOR, fakeRepositories, GOAL_EN, GOAL_SV, OWNER_PERMISSIONS, TEAM_GROUP_ID, UNITS } from '../../ui/fakes';
import { providerVariable, SITE_URL } from '../../ui/render';

function renderDevPageHost(
  options: Partial<DevPageOptions>,
  search = '',
  repositories = fakeRepositories()
): RenderResult & { onAddressChange: jest.Mock; onUserChange: jest.Mock } {
  const onAddressChange = jest.fn();
  const onUserChange = jest.fn();
  const result = render(
    <DevPageHost
      repositories={repositories}
      dataSiteUrl={SITE_URL}
      initialOptions={{ host: 'teams', theme: 'light', user: 'member', lang: 'sv', team: TEAM_GROUP_ID, ...options }}
      people={localPeople(DEMO_SEED.units)}
      initialSearch={search}
      onAddressChange={onAddressChange}
      onUserChange={onUserChange}
    />
  );
  return { ...result, onAddressChange, onUserChange };
}

const sv = localizationFor('sv-SE').strings;
const en = localizationFor('en-GB').strings;

function toolbar(): HTMLElement {
  return screen.getByRole('form', { name: sv.devPageToolbarLabel });
}

describe('the local host page', () => {
  it('shows the app as a Teams tab through the same Teams adapter, opening the team’s unit and the deep link', async () => {
    renderDevPageHost({ host: 'teams' }, '?mrView=staircase');
    expect(await screen.findByRole('heading', { level: 2, name: sv.viewStaircase })).toBeTruthy();
    expect(await screen.findByDisplayValue(UNITS[2].name)).toBeTruthy();
  });

  it('frames the app as a SharePoint page with its own title and main landmark', async () => {
    renderDevPageHost({ host: 'sharepoint', theme: 'site', user: 'editor' });
    const main = screen.getByRole('main');
    expect(within(main).getByRole('heading', { level: 1, name: sv.devPagePageTitle })).toBeTruthy();
    expect(await within(main).findByRole('heading', { level: 2, name: sv.appTitle })).toBeTruthy();
    expect(await screen.findByText(GOAL_SV)).toBeTruthy();
  });

  it('switches the theme of a running Teams tab live, and keeps the choice in the address', async () => {
    const { onAddressChange, container } = renderDevPageHost({ host: 'teams', theme: 'light' });
    await screen.findByText(GOAL_SV);
    const app = container.querySelector('main') as HTMLElement;
    expect(providerVariable(app, 'colorNeutralBackground1')).toBe(teamsLightTheme.colorNeutralBackground1);
    const theme = within(toolbar()).getByRole('combobox', { name: sv.devPageTheme });
    act(() => {
      fireEvent.change(theme, { target: { value: 'contrast' } });
    });
    expect(onAddressChange).toHaveBeenLastCalledWith(expect.objectContaining({ theme: 'contrast' }), '?mrView=overview');
    expect(providerVariable(app, 'colorNeutralBackground1')).toBe(teamsHighContrastTheme.colorNeutralBackground1);
    expect(screen.getByText(GOAL_SV)).toBeTruthy();
  });

  it('shows the compact layout in a meeting’s side panel', async () => {
    renderDevPageHost({ host: 'meeting', theme: 'dark' });
    expect(screen.getByText(sv.devPageMeetingTitle)).toBeTruthy();
    expect(await screen.findByText(GOAL_SV)).toBeTruthy();
    expect(screen.queryByText(sv.appSubtitle)).toBeNull();
  });

  it('shows the app on a meeting’s stage (“Möte, scen”): the stage frame, with no link to copy', async () => {
    renderDevPageHost({ host: 'stage', theme: 'dark' });
    expect(within(toolbar()).getByRole('option', { name: sv.devPageHostMeetingStage })).toBeTruthy();
    expect(await screen.findByText(GOAL_SV)).toBeTruthy();
    expect(screen.queryByRole('button', { name: sv.copyLink })).toBeNull();
    expect(screen.queryByText(sv.devPageMeetingTitle)).toBeNull();
  });

  it('changes the language of the page and the app', async () => {
    renderDevPageHost({ host: 'personal' });
    fireEvent.change(within(toolbar()).getByRole('combobox', { name: sv.devPageLanguage }), { target: { value: 'en' } });
    expect(await screen.findByText(GOAL_EN)).toBeTruthy();
    expect(screen.getByRole('form', { name: en.devPageToolbarLabel })).toBeTruthy();
  });

  it('hands a new user to the page, which reloads as that user', async () => {
    const { onUserChange } = renderDevPageHost({ host: 'sharepoint', theme: 'site' });
    await screen.findByText(GOAL_SV);
    const menu = within(toolbar()).getByRole('combobox', { name: sv.devPageUser }) as HTMLSelectElement;
    // Opened with the old key `member`, the menu shows Maja Medlem.
    expect(menu.selectedOptions[0].textContent).toBe('Maja Medlem');
    fireEvent.change(menu, { target: { value: 'lars.lasare' } });
    expect(onUserChange).toHaveBeenCalledWith(expect.objectContaining({ user: 'lars.lasare', host: 'sharepoint' }), '?mrView=overview');
  });

  it('lists everyone in the user menu, grouped by role and unit', () => {
    renderDevPageHost({ host: 'sharepoint', theme: 'site' });
    const menu = within(toolbar()).getByRole('combobox', { name: sv.devPageUser });
    const groups = Array.from(menu.querySelectorAll('optgroup')).map((group) => group.label);
    expect(groups[0]).toBe(sv.devPageUsersEditors);
    expect(groups).toContain('Nämndkansliet');
    expect(groups[groups.length - 1]).toBe(sv.devPageUsersNoUnit);
    const people = new Set(Array.from(menu.querySelectorAll('option')).map((option) => option.value));
    expect(people.size).toBe(localPeople(DEMO_SEED.units).length);
  });

  it('tells the Teams tab its team’s name, as Teams does, so that an editor can link the team from there', async () => {
    const repositories = fakeRepositories({ permissions: OWNER_PERMISSIONS, user: EDITOR });
    renderDevPageHost({ host: 'teams', user: 'editor', team: '33333333-4444-5555-6666-777777777777' }, '?mrView=content&mrSection=people', repositories);
    expect(await screen.findByText(sv.teamMappingTitle)).toBeTruthy();
    // Role queries are narrowed to the view's panel (and the picker's list box): over the whole page they are slow.
    const panel = screen.getByRole('tabpanel');
    const picker = within(panel).getByRole('combobox', { name: sv.unitLabel });
    fireEvent.change(picker, { target: { value: UNITS[0].name } });
    fireEvent.click(within(screen.getByRole('listbox')).getByRole('option', { name: UNITS[0].name }));
    expect(await within(panel).findByRole('button', { name: new RegExp('Kulturförvaltningen') })).toBeTruthy();
  });
});
