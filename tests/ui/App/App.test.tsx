/** @jest-environment jsdom */
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AccessDeniedError, UnreachableError } from '../../../src/app';
import { App } from '../../../src/ui/App';
import {
  EDITOR,
  fakeRepositories,
  GOAL_EN,
  GOAL_SV,
  MEMBER,
  OWNER_PERMISSIONS,
  pending,
  READER_PERMISSIONS,
  TEAM_GROUP_ID,
  UNITS,
  UNMAPPED_GROUP_ID
} from '../fakes';
import { hostContext, LANGUAGES, localization, renderApp, SITE_URL, TestLanguage } from '../render';

const goal = (language: TestLanguage): string => (language === 'sv' ? GOAL_SV : GOAL_EN);

describe.each(LANGUAGES)('App (%s)', (language: TestLanguage) => {
  const { strings, fill } = localization(language);

  describe('frame', () => {
    it('says "Exempeldata" above every view of a site marked as holding example data, and nothing on any other', async () => {
      renderApp(language, { repositories: fakeRepositories({ siteStatus: { state: 'ready', schemaVersion: 1, exampleData: true } }), route: { view: 'plans' } });
      const banner = await screen.findByText(strings.exampleDataTitle);
      expect(screen.getByRole('banner').contains(banner)).toBe(true);
      expect(screen.getByText(strings.exampleDataText)).toBeTruthy();
      fireEvent.click(screen.getByRole('tab', { name: strings.viewUpdates }));
      expect(screen.getByText(strings.exampleDataTitle)).toBeTruthy();
    });

    it('copies the link to the view as it is now, and shows the address where the browser will not copy', async () => {
      const linkTo = jest.fn((route: { view: string; item?: string }) => `https://example.org/mr?view=${route.view}&item=${route.item ?? ''}`);
      const writeText = jest.fn().mockResolvedValue(undefined);
      Object.assign(navigator, { clipboard: { writeText } });
      renderApp(language, { linkTo, route: { view: 'plans', item: 'antiRacism' } });
      fireEvent.click(await screen.findByRole('button', { name: strings.copyLink }));
      expect(await screen.findByText(strings.copyLinkDone)).toBeTruthy();
      expect(writeText).toHaveBeenCalledWith('https://example.org/mr?view=plans&item=antiRacism');

      writeText.mockRejectedValue(new Error('Not allowed in this frame'));
      fireEvent.click(screen.getByRole('tab', { name: strings.viewStaircase }));
      expect(screen.queryByText(strings.copyLinkDone)).toBeNull();
      fireEvent.click(screen.getByRole('button', { name: strings.copyLink }));
      const address = (await screen.findByLabelText(strings.copyLinkManual)) as HTMLInputElement;
      expect(address.value).toBe('https://example.org/mr?view=staircase&item=');
      expect(document.activeElement).toBe(address);
    });

    it('does not say "Exempeldata" on a site with the programme alone', async () => {
      renderApp(language);
      expect(await screen.findByText(goal(language))).toBeTruthy();
      expect(screen.queryByText(strings.exampleDataTitle)).toBeNull();
    });

    it('has the title, the view tabs in a navigation landmark and the selected view as a tab panel in main', async () => {
      renderApp(language);
      expect(await screen.findByRole('heading', { level: 1, name: strings.appTitle })).toBeTruthy();
      const navigation = screen.getByRole('navigation', { name: strings.navigationLabel });
      const tabs = [strings.viewOverview, strings.viewPlans, strings.viewStaircase, strings.viewUpdates, strings.viewFollowUp].map((name) =>
        within(navigation).getByRole('tab', { name })
      );
      expect(within(navigation).getAllByRole('tab')).toEqual(tabs);
      const panel = within(screen.getByRole('main')).getByRole('tabpanel');
      expect(panel.getAttribute('aria-labelledby')).toBe(tabs[0].id);
      expect(tabs[0].getAttribute('aria-controls')).toBe(panel.id);
      expect(await screen.findByText(goal(language))).toBeTruthy();
    });

    it('speaks the interface language', () => {
      const { container } = renderApp(language);
      expect(container.querySelector(`[lang="${language}"]`)).toBeTruthy();
    });

    it('continues the page outline on a SharePoint page: no main landmark, the title an h2', async () => {
      renderApp(language, { hostKind: 'sharePointPage' });
      expect(await screen.findByRole('heading', { level: 2, name: strings.appTitle })).toBeTruthy();
      expect(screen.queryByRole('main')).toBeNull();
      expect(await screen.findByRole('heading', { level: 3, name: strings.goalHeading })).toBeTruthy();
    });

    it('drops the subtitle and the long texts in the meeting side panel', async () => {
      renderApp(language, { hostKind: 'meetingSidePanel' });
      await screen.findByText(goal(language));
      expect(screen.queryByText(strings.appSubtitle)).toBeNull();
      expect(screen.queryByText(language === 'sv' ? 'Öka kunskapen.' : 'Increase knowledge.')).toBeNull();
    });

    it('shows the unit and the period', async () => {
      renderApp(language, { unitSource: { kind: 'teamsGroup', groupId: TEAM_GROUP_ID } });
      expect(await screen.findByDisplayValue(UNITS[2].name)).toBeTruthy();
      expect(screen.getByText(fill(strings.periodLabel, { period: '2025' }))).toBeTruthy();
    });
  });

  describe('navigation and deep links', () => {
    it('opens the view a deep link names and reports moves to the host', async () => {
      const onRouteChange = jest.fn();
      renderApp(language, { route: { view: 'plans', item: 'childRights' }, onRouteChange });
      expect(await screen.findByRole('heading', { level: 2, name: strings.viewPlans })).toBeTruthy();
      expect(screen.getByRole('tab', { name: strings.viewPlans }).getAttribute('aria-selected')).toBe('true');
      // The plan's page opens, with its checklist for the unit below.
      const headings = await screen.findAllByRole('heading', { level: 3, name: new RegExp(language === 'sv' ? 'Barnets rättigheter' : "Children's rights") });
      expect(headings.map((heading) => heading.textContent)).toEqual([
        language === 'sv' ? 'Barnets rättigheter och inflytande' : "Children's rights and influence",
        expect.stringContaining(' – ')
      ]);

      fireEvent.click(screen.getByRole('tab', { name: strings.viewUpdates }));
      expect(await screen.findByRole('heading', { level: 2, name: strings.viewUpdates })).toBeTruthy();
      expect(onRouteChange).toHaveBeenLastCalledWith({ view: 'updates' });
    });

    it('follows a route the host learns after the first render (Teams sub-page id)', async () => {
      const host = hostContext(language);
      const { rerender } = render(<App host={host} />);
      await screen.findByText(goal(language));
      rerender(<App host={{ ...host, route: { view: 'staircase' } }} />);
      expect(await screen.findByRole('heading', { level: 2, name: strings.viewStaircase })).toBeTruthy();
    });

    it('moves to a plan from the overview by its link', async () => {
      renderApp(language);
      const link = await screen.findByRole('link', { name: language === 'sv' ? 'Att motverka rasism' : 'Countering racism' });
      expect(link.getAttribute('href')).toBe('?mrView=plans&mrPlan=antiRacism');
      fireEvent.click(link);
      expect(await screen.findByRole('heading', { level: 2, name: strings.viewPlans })).toBeTruthy();
    });

    it('says why a link it could not read shows the overview', async () => {
      renderApp(language, { invalidLink: '?mrView=nonsense' });
      expect(await screen.findByText(fill(strings.deepLinkInvalid, { link: '?mrView=nonsense' }))).toBeTruthy();
      fireEvent.click(screen.getByRole('tab', { name: strings.viewPlans }));
      await screen.findByRole('heading', { level: 2, name: strings.viewPlans });
      expect(screen.queryByText(fill(strings.deepLinkInvalid, { link: '?mrView=nonsense' }))).toBeNull();
    });

    it('keeps the frame when a view fails to load and loads it again on retry', async () => {
      const repositories = fakeRepositories();
      // The site does not answer the start's batch nor the view, which asks again for what the batch left out.
      const list = jest.spyOn(repositories.programme, 'loadOverview').mockRejectedValueOnce(new UnreachableError()).mockRejectedValueOnce(new UnreachableError());
      renderApp(language, { repositories, route: { view: 'plans' } });
      expect(await screen.findByText(fill(strings.unreachableText, { site: SITE_URL }))).toBeTruthy();
      expect(screen.getByRole('navigation')).toBeTruthy();
      fireEvent.click(screen.getByRole('button', { name: strings.retry }));
      expect(await screen.findByText(language === 'sv' ? 'Romsk inkludering' : 'Roma inclusion')).toBeTruthy();
      // The start's batch, the view's own load, and the retry.
      expect(list).toHaveBeenCalledTimes(3);
    });
  });

  describe('states', () => {
    it('shows skeletons while the site is asked, announced as loading', async () => {
      const repositories = fakeRepositories();
      repositories.site.status = () => pending();
      renderApp(language, { repositories });
      expect(await screen.findByRole('progressbar', { name: strings.loadingLabel })).toBeTruthy();
    });

    it('offers a site owner to set up the lists, shows the progress and then the programme', async () => {
      const repositories = fakeRepositories({ siteStatus: { state: 'notProvisioned' }, permissions: OWNER_PERMISSIONS, user: EDITOR });
      let finish: () => void = () => undefined;
      const provision = repositories.site.provision.bind(repositories.site);
      repositories.site.provision = (onProgress) =>
        new Promise<void>((resolve) => {
          onProgress?.({ step: 'MrUnits', done: 2, total: 8 });
          finish = () => provision().then(resolve);
        });
      renderApp(language, { repositories });
      expect(await screen.findByText(strings.notSetUpTitle)).toBeTruthy();
      expect(screen.getByText(strings.notSetUpOwnerText)).toBeTruthy();
      fireEvent.click(screen.getByRole('button', { name: strings.notSetUpProvisionButton }));
      expect(await screen.findByText(fill(strings.notSetUpProgress, { step: 'MrUnits', done: 2, total: 8 }))).toBeTruthy();
      await act(async () => finish());
      expect(await screen.findByText(goal(language))).toBeTruthy();
    });

    it('says whom to contact when the person may not set up the lists', async () => {
      renderApp(language, { repositories: fakeRepositories({ siteStatus: { state: 'notProvisioned' }, permissions: READER_PERMISSIONS }) });
      expect(await screen.findByText(fill(strings.notSetUpContact, { site: SITE_URL }))).toBeTruthy();
      expect(screen.queryByRole('button', { name: strings.notSetUpProvisionButton })).toBeNull();
    });

    it('shows a set-up failure and lets the owner try again', async () => {
      const repositories = fakeRepositories({ siteStatus: { state: 'notProvisioned' }, permissions: OWNER_PERMISSIONS });
      repositories.site.provision = () => Promise.reject(new Error('List MrUnits could not be created.'));
      renderApp(language, { repositories });
      fireEvent.click(await screen.findByRole('button', { name: strings.notSetUpProvisionButton }));
      expect(await screen.findByText(fill(strings.provisionFailed, { message: 'List MrUnits could not be created.' }))).toBeTruthy();
      expect(screen.getByRole('button', { name: strings.notSetUpProvisionButton }).hasAttribute('disabled')).toBe(false);
    });

    it('asks the owner to update outdated lists and still shows the programme', async () => {
      renderApp(language, { repositories: fakeRepositories({ siteStatus: { state: 'outdated', schemaVersion: 0 }, permissions: OWNER_PERMISSIONS }) });
      expect(await screen.findByRole('button', { name: strings.outdatedUpgradeButton })).toBeTruthy();
      expect(await screen.findByText(goal(language))).toBeTruthy();
    });

    it('tells others that outdated lists need the site owner', async () => {
      renderApp(language, { repositories: fakeRepositories({ siteStatus: { state: 'outdated', schemaVersion: 0 } }) });
      expect(await screen.findByText(fill(strings.outdatedOtherText, { site: SITE_URL }))).toBeTruthy();
    });

    it('says the person has no permission, without a pointless retry', async () => {
      const repositories = fakeRepositories();
      repositories.site.status = () => Promise.reject(new AccessDeniedError());
      renderApp(language, { repositories });
      expect(await screen.findByText(strings.accessDeniedTitle)).toBeTruthy();
      expect(screen.getByText(fill(strings.accessDeniedText, { site: SITE_URL }))).toBeTruthy();
      expect(screen.queryByRole('button', { name: strings.retry })).toBeNull();
    });

    it('names the unreachable data site and retries', async () => {
      const repositories = fakeRepositories();
      const status = repositories.site.status.bind(repositories.site);
      repositories.site.status = jest.fn().mockRejectedValueOnce(new UnreachableError()).mockImplementation(status);
      renderApp(language, { repositories });
      expect(await screen.findByText(strings.unreachableTitle)).toBeTruthy();
      expect(screen.getByText(fill(strings.unreachableText, { site: SITE_URL }))).toBeTruthy();
      fireEvent.click(screen.getByRole('button', { name: strings.retry }));
      expect(await screen.findByText(goal(language))).toBeTruthy();
    });

    it('shows an unexpected error with its message', async () => {
      const repositories = fakeRepositories();
      repositories.site.permissions = () => Promise.reject(new Error('Boom'));
      renderApp(language, { repositories });
      expect(await screen.findByText(fill(strings.unexpectedErrorText, { message: 'Boom' }))).toBeTruthy();
    });
  });

  describe('the unit', () => {
    it('finds the unit mapped to the team', async () => {
      renderApp(language, { unitSource: { kind: 'teamsGroup', groupId: TEAM_GROUP_ID } });
      expect(await screen.findByText(fill(strings.staircaseUnitLevel, { unit: UNITS[2].name, level: 3, total: 6 }))).toBeTruthy();
    });

    it('waits for Teams before it looks for the unit', async () => {
      renderApp(language, { unitSource: { kind: 'pending' } });
      expect(await screen.findByRole('progressbar', { name: strings.loadingLabel })).toBeTruthy();
      expect(screen.queryByText(goal(language))).toBeNull();
    });

    it('lets an editor link an unlinked team to its unit from the team’s tab, by the team’s name', async () => {
      const repositories = fakeRepositories({ permissions: OWNER_PERMISSIONS, user: EDITOR });
      const linkTeam = jest.spyOn(repositories.unitPeople, 'linkTeam');
      renderApp(language, {
        repositories,
        unitSource: { kind: 'teamsGroup', groupId: UNMAPPED_GROUP_ID },
        team: { groupId: UNMAPPED_GROUP_ID, name: 'Strategi och utveckling' }
      });
      expect(await screen.findByText(strings.teamMappingTitle)).toBeTruthy();
      const chooser = (await screen.findByRole('combobox', { name: strings.teamMappingUnit })) as HTMLInputElement;
      expect(chooser.value).toBe('');
      fireEvent.change(chooser, { target: { value: 'strategi' } });
      fireEvent.click(screen.getAllByRole('option', { name: new RegExp(`^${UNITS[3].name}`) })[0]);
      fireEvent.click(screen.getByRole('button', { name: strings.teamMappingSave }));
      expect(await screen.findByText(fill(strings.teamMappingSaved, { unit: UNITS[3].name }))).toBeTruthy();
      expect(linkTeam).toHaveBeenCalledWith(4, { groupId: UNMAPPED_GROUP_ID, name: 'Strategi och utveckling' });
      await waitFor(() => expect(screen.queryByText(strings.teamMappingTitle)).toBeNull());
      expect(await screen.findByDisplayValue(UNITS[3].name)).toBeTruthy();
    });

    it('keeps the choice when linking the team fails, and says why', async () => {
      const repositories = fakeRepositories({ permissions: OWNER_PERMISSIONS, user: EDITOR });
      repositories.unitPeople.linkTeam = () => Promise.reject(new AccessDeniedError());
      renderApp(language, {
        repositories,
        unitSource: { kind: 'teamsGroup', groupId: UNMAPPED_GROUP_ID },
        team: { groupId: UNMAPPED_GROUP_ID, name: 'Strategi och utveckling' }
      });
      const chooser = (await screen.findByRole('combobox', { name: strings.teamMappingUnit })) as HTMLInputElement;
      fireEvent.change(chooser, { target: { value: 'strategi' } });
      fireEvent.click(screen.getAllByRole('option', { name: new RegExp(`^${UNITS[3].name}`) })[0]);
      fireEvent.click(screen.getByRole('button', { name: strings.teamMappingSave }));
      expect(await screen.findByText(fill(strings.teamMappingFailed, { message: strings.peopleAccessDenied }))).toBeTruthy();
      expect(screen.getByText(strings.teamMappingTitle)).toBeTruthy();
      expect(chooser.value).toBe(UNITS[3].name);
    });

    it('tells a member of an unlinked team whom to ask, and shows their own unit meanwhile', async () => {
      renderApp(language, { unitSource: { kind: 'teamsGroup', groupId: UNMAPPED_GROUP_ID } });
      expect(await screen.findByText(strings.teamMappingNeedsEditor)).toBeTruthy();
      expect(screen.queryByRole('button', { name: strings.teamMappingSave })).toBeNull();
      const ownFirst = [...UNITS].filter((unit) => unit.memberIds.includes(MEMBER.id)).sort((a, b) => a.name.localeCompare(b.name, 'sv'))[0];
      expect(await screen.findByDisplayValue(ownFirst.name)).toBeTruthy();
    });

    it('lets anyone look at any unit; the choice goes into the link', async () => {
      const onRouteChange = jest.fn();
      renderApp(language, { hostKind: 'teamsPersonal', route: { view: 'staircase' }, onRouteChange });
      const picker = (await screen.findByRole('combobox', { name: strings.unitLabel })) as HTMLInputElement;
      fireEvent.change(picker, { target: { value: 'Hägersten' } });
      fireEvent.click(screen.getByRole('option', { name: UNITS[1].name }));
      expect(onRouteChange).toHaveBeenLastCalledWith({ view: 'staircase', unit: UNITS[1].id });
      // Another unit than the member's own: read only, and the view says why.
      expect(await screen.findByText(fill(strings.staircaseReadOnly, { unit: UNITS[1].name }))).toBeTruthy();
      // Moving to another view keeps the unit in the link.
      fireEvent.click(screen.getByRole('tab', { name: strings.viewPlans }));
      expect(onRouteChange).toHaveBeenLastCalledWith({ view: 'plans', unit: UNITS[1].id });
    });

    it('opens the unit a link names', async () => {
      renderApp(language, { route: { view: 'overview', unit: UNITS[3].id } });
      expect(await screen.findByText(fill(strings.staircaseUnitLevel, { unit: UNITS[3].name, level: 1, total: 6 }))).toBeTruthy();
      expect(screen.queryByText(new RegExp(strings.unitReadOnly))).toBeNull();
    });

    it('says when the unit a link names no longer exists, and shows the person’s own', async () => {
      renderApp(language, { route: { view: 'overview', unit: 404 } });
      expect(await screen.findByText(fill(strings.unitLinkMissing, { id: '404' }))).toBeTruthy();
    });

    it('lets a person with no unit look at every unit, read only, and says why', async () => {
      renderApp(language, { repositories: fakeRepositories({ user: { id: 99, name: 'Lars Läsare' }, permissions: READER_PERMISSIONS }), route: { view: 'staircase' } });
      expect(await screen.findByText(strings.unitNoneOfYours)).toBeTruthy();
      const choose = await screen.findByRole('combobox', { name: strings.staircaseNoUnit });
      fireEvent.change(choose, { target: { value: 'barn och unga' } });
      fireEvent.click(screen.getByRole('option', { name: new RegExp(`^${UNITS[2].name}`) }));
      expect(await screen.findByText(fill(strings.staircaseReadOnly, { unit: UNITS[2].name }))).toBeTruthy();
      expect(screen.getByText(strings.unitReadOnly)).toBeTruthy();
      expect(screen.getAllByRole('radio').every((radio) => (radio as HTMLInputElement).disabled)).toBe(true);
    });

    it('warns when the configured unit no longer exists', async () => {
      renderApp(language, { hostKind: 'sharePointPage', unitSource: { kind: 'configured', unitId: 99 } });
      expect(await screen.findByText(fill(strings.unitConfiguredMissing, { id: '99' }))).toBeTruthy();
    });

    it('shows a failure to find the unit with a retry', async () => {
      const repositories = fakeRepositories();
      const rights = repositories.unitPeople.myUnitRights.bind(repositories.unitPeople);
      repositories.unitPeople.myUnitRights = jest.fn().mockRejectedValueOnce(new UnreachableError()).mockImplementation(rights);
      renderApp(language, { repositories });
      fireEvent.click(await screen.findByRole('button', { name: strings.retry }));
      expect(await screen.findByText(goal(language))).toBeTruthy();
    });
  });
});
