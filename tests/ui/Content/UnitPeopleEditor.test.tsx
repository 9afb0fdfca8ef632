/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AccessDeniedError, FolderRepair, UnitPeopleRepository } from '../../../src/app';
import { validationMessage } from '../../../src/domain/validation';
import { Content } from '../../../src/ui/Content';
import { UnitPeopleEditor } from '../../../src/ui/Content/UnitPeopleEditor';
import { fakeRepositories, FakeOptions, MEMBER, OWNER_PERMISSIONS, SITE_USERS, TEAM_NAME, UNITS } from '../fakes';
import { LANGUAGES, localization, renderInProviders, SITE_URL, TestLanguage, viewProps } from '../render';

const LINKED = UNITS[2];
const UNLINKED = UNITS[3];
const ALI = SITE_USERS[2];
const NEW_GROUP = '6b2d3c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d';
/** The site's users are asked once typing pauses; on a busy machine the answer can take a while. */
const SEARCH = { timeout: 15_000 };
const TEAM_LINK = `https://teams.microsoft.com/l/team/19%3aAbC%40thread.tacv2/conversations?groupId=${NEW_GROUP}&tenantId=72f988bf-86f1-41af-91ab-2d7cd011db47`;

describe.each(LANGUAGES)('UnitPeopleEditor (%s)', (language: TestLanguage) => {
  const { strings, fill } = localization(language);

  function renderEditor(options: FakeOptions = {}, hostTeam?: { groupId: string; name: string }): UnitPeopleRepository {
    const repository = fakeRepositories({ permissions: OWNER_PERMISSIONS, ...options }).unitPeople;
    renderInProviders(
      language,
      <UnitPeopleEditor repository={repository} unitChoice={{ units: UNITS, ownUnitIds: new Set() }} hostTeam={hostTeam} siteUrl={SITE_URL} />
    );
    return repository;
  }
  async function chooseUnit(name: string): Promise<void> {
    const picker = screen.getByRole('combobox', { name: strings.unitLabel }) as HTMLInputElement;
    fireEvent.change(picker, { target: { value: name } });
    fireEvent.click(screen.getByRole('option', { name: new RegExp(`^${name}`) }));
    await screen.findByRole('heading', { name: fill(strings.peopleHeading, { unit: name }) });
  }
  const status = (): HTMLElement => screen.getAllByRole('status').find((element) => element.textContent !== '') as HTMLElement;

  it('starts with no unit chosen, then shows the unit’s named people and its team as one entry, by name', async () => {
    renderEditor();
    expect((screen.getByRole('combobox', { name: strings.unitLabel }) as HTMLInputElement).value).toBe('');
    expect(screen.queryByRole('heading', { name: new RegExp(fill(strings.peopleHeading, { unit: '' })) })).toBeNull();
    await chooseUnit(LINKED.name);
    expect(screen.getByText(MEMBER.name)).toBeTruthy();
    expect(screen.getByText(TEAM_NAME)).toBeTruthy();
    expect(screen.getByText(strings.peopleTeamMembers)).toBeTruthy();
  });

  it('adds a person found among the site’s users, and says so', async () => {
    const repository = renderEditor();
    const addPerson = jest.spyOn(repository, 'addPerson');
    await chooseUnit(LINKED.name);
    const add = screen.getByRole('button', { name: strings.peopleAdd });
    expect(add.hasAttribute('disabled')).toBe(true);
    fireEvent.change(screen.getByRole('combobox', { name: strings.peopleAddLabel }), { target: { value: 'ali' } });
    fireEvent.click(await screen.findByRole('option', { name: new RegExp(`^${ALI.name}`) }, SEARCH));
    fireEvent.click(add);
    expect(await screen.findByText(fill(strings.peopleAdded, { name: ALI.name, unit: LINKED.name }))).toBeTruthy();
    expect(addPerson).toHaveBeenCalledWith(LINKED.id, ALI.loginName);
    expect(screen.getByRole('button', { name: fill(strings.peopleRemoveNamed, { name: ALI.name, unit: LINKED.name }) })).toBeTruthy();
    expect((screen.getByRole('combobox', { name: strings.peopleAddLabel }) as HTMLInputElement).value).toBe('');
  });

  it('shows people already in the unit, but does not offer them again', async () => {
    renderEditor();
    await chooseUnit(LINKED.name);
    fireEvent.change(screen.getByRole('combobox', { name: strings.peopleAddLabel }), { target: { value: 'mats' } });
    const option = await screen.findByRole('option', { name: new RegExp(fill(strings.peopleAlreadyIn, { name: MEMBER.name }).replace(/[()]/g, '\\$&')) }, SEARCH);
    expect(option.getAttribute('aria-disabled')).toBe('true');
  });

  it('says when no user matches, and when the search does not reach SharePoint', async () => {
    const repository = renderEditor();
    await chooseUnit(LINKED.name);
    const search = screen.getByRole('combobox', { name: strings.peopleAddLabel });
    fireEvent.change(search, { target: { value: 'zzz' } });
    expect(await screen.findByText(fill(strings.peopleSearchNoMatch, { query: 'zzz' }), {}, SEARCH)).toBeTruthy();
    repository.findPeople = () => Promise.reject(new Error('offline'));
    fireEvent.change(search, { target: { value: 'zzzz' } });
    expect(await screen.findByText(strings.peopleSearchFailed, {}, SEARCH)).toBeTruthy();
  });

  it('removes a person, and says so', async () => {
    const repository = renderEditor();
    const removePerson = jest.spyOn(repository, 'removePerson');
    await chooseUnit(LINKED.name);
    fireEvent.click(screen.getByRole('button', { name: fill(strings.peopleRemoveNamed, { name: MEMBER.name, unit: LINKED.name }) }));
    expect(await screen.findByText(fill(strings.peopleRemoved, { name: MEMBER.name, unit: LINKED.name }))).toBeTruthy();
    expect(removePerson).toHaveBeenCalledWith(LINKED.id, MEMBER.id);
    expect(screen.getByText(strings.peopleNone)).toBeTruthy();
  });

  it('unlinks the team, and links one by its pasted link and name; a link that is no team’s is refused', async () => {
    const repository = renderEditor();
    const linkTeam = jest.spyOn(repository, 'linkTeam');
    await chooseUnit(LINKED.name);
    fireEvent.click(screen.getByRole('button', { name: fill(strings.peopleTeamUnlinkNamed, { team: TEAM_NAME, unit: LINKED.name }) }));
    expect(await screen.findByText(fill(strings.peopleTeamUnlinked, { team: TEAM_NAME, unit: LINKED.name }))).toBeTruthy();
    expect(screen.getByText(fill(strings.peopleTeamNone, { unit: LINKED.name }))).toBeTruthy();

    const link = screen.getByRole('textbox', { name: strings.peopleTeamLinkLabel });
    const name = screen.getByRole('textbox', { name: new RegExp(`^${strings.peopleTeamNameLabel}`) });
    fireEvent.change(link, { target: { value: 'https://example.org/not-a-team' } });
    fireEvent.change(name, { target: { value: 'Nya teamet' } });
    fireEvent.click(screen.getByRole('button', { name: strings.peopleTeamLink }));
    expect(await screen.findByText(validationMessage({ field: 'teamLink', code: 'notATeamLink' }, language, strings.peopleTeamLinkLabel))).toBeTruthy();
    expect(linkTeam).not.toHaveBeenCalled();

    fireEvent.change(link, { target: { value: TEAM_LINK } });
    fireEvent.click(screen.getByRole('button', { name: strings.peopleTeamLink }));
    expect(await screen.findByText(fill(strings.peopleTeamLinked, { team: 'Nya teamet', unit: LINKED.name }))).toBeTruthy();
    expect(linkTeam).toHaveBeenCalledWith(LINKED.id, { groupId: NEW_GROUP, name: 'Nya teamet' });
    expect(screen.getByText('Nya teamet')).toBeTruthy();
  });

  it('links the team whose tab it runs in, by the name Teams gave', async () => {
    const repository = renderEditor({}, { groupId: NEW_GROUP, name: 'Strategi och utveckling' });
    const linkTeam = jest.spyOn(repository, 'linkTeam');
    await chooseUnit(UNLINKED.name);
    fireEvent.click(screen.getByRole('button', { name: fill(strings.peopleTeamLinkThis, { team: 'Strategi och utveckling' }) }));
    expect(await screen.findByText(fill(strings.peopleTeamLinked, { team: 'Strategi och utveckling', unit: UNLINKED.name }))).toBeTruthy();
    expect(linkTeam).toHaveBeenCalledWith(UNLINKED.id, { groupId: NEW_GROUP, name: 'Strategi och utveckling' });
  });

  it('says that changing people needs Manage Permissions when SharePoint refuses, and changes nothing', async () => {
    const repository = renderEditor();
    repository.removePerson = () => Promise.reject(new AccessDeniedError());
    await chooseUnit(LINKED.name);
    fireEvent.click(screen.getByRole('button', { name: fill(strings.peopleRemoveNamed, { name: MEMBER.name, unit: LINKED.name }) }));
    expect(await screen.findByText(strings.peopleAccessDenied)).toBeTruthy();
    expect(screen.getByText(MEMBER.name)).toBeTruthy();
  });

  it('checks every unit’s rights and says nothing needed changing', async () => {
    renderEditor();
    fireEvent.click(screen.getByRole('button', { name: strings.rightsCheck }));
    expect(await screen.findByText(fill(strings.rightsAllGood, { units: UNITS.length, folders: UNITS.length * 2 }))).toBeTruthy();
  });

  it('checks every unit’s rights and lists what it repaired, folder by folder', async () => {
    const repairs: FolderRepair[] = [
      {
        unitId: LINKED.id,
        unitName: LINKED.name,
        list: 'checklistTicks',
        created: false,
        madeUnique: true,
        granted: [{ kind: 'person', principalId: MEMBER.id, name: MEMBER.name }],
        revoked: [{ kind: 'teamMembers', principalId: 50, name: 'Gamla teamet' }]
      }
    ];
    renderEditor({ rightsRepairs: repairs });
    fireEvent.click(screen.getByRole('button', { name: strings.rightsCheck }));
    expect(await screen.findByText(fill(strings.rightsRepaired, { units: UNITS.length, folders: UNITS.length * 2 }))).toBeTruthy();
    const report = within(status()).getByRole('listitem');
    expect(report.textContent).toContain(LINKED.name);
    expect(report.textContent).toContain(strings.rightsMadeUnique);
    expect(report.textContent).toContain(fill(strings.rightsGranted, { who: MEMBER.name }));
    expect(report.textContent).toContain(fill(strings.rightsRevoked, { who: fill(strings.rightsTeamMembers, { team: 'Gamla teamet' }) }));
  });

  it('is a section of the editors’ content view, reached by its own link', async () => {
    renderInProviders(language, <Content {...viewProps({ permissions: OWNER_PERMISSIONS, route: { view: 'content', item: 'people' } })} />);
    await waitFor(() => expect(screen.getByRole('tab', { name: strings.contentSectionPeople }).getAttribute('aria-selected')).toBe('true'));
    expect(screen.getByRole('button', { name: strings.rightsCheck })).toBeTruthy();
  });
});
