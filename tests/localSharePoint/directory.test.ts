/**
 * The tenant's directory: twelve people chosen per request by their mailbox (or the old aliases), the site
 * groups and their members, Microsoft 365 group claims ensured into the site and granted rights through
 * their membership, and site group membership changed through siteGroups(…).users.
 */
import type { SPFI } from '@pnp/sp';
import type { LocalSharePoint } from '../../local/server/index.ts';
import { GROUP_CLAIM_PREFIX, LOCAL_USERS, MICROSOFT_365_GROUPS } from '../../local/server/index.ts';
import { errorOf, spAs, startInMemory } from './sharePointClient.ts';

let sharePoint: LocalSharePoint;
let editor: SPFI;

const ACCESS_DENIED = { status: 403, code: '-2147024891, System.UnauthorizedAccessException' };
const [NAMNDKANSLIET, STRATEGI, KULTUR] = MICROSOFT_365_GROUPS.map((group) => group.id);

beforeAll(async () => {
  sharePoint = await startInMemory();
  editor = spAs(sharePoint, 'editor');
});

afterAll(() => sharePoint.close());

test('every person is chosen by the mailbox part of their address, by header or cookie; the old keys stay aliases', async () => {
  expect(LOCAL_USERS.length).toBeGreaterThanOrEqual(12);
  for (const person of LOCAL_USERS) {
    expect(await spAs(sharePoint, person.key).web.currentUser.select('Id', 'Title', 'LoginName')()).toMatchObject({
      Id: person.id,
      Title: person.title,
      LoginName: `i:0#.f|membership|${person.key}@mrlocal.onmicrosoft.com`,
    });
  }
  const ids = await Promise.all(['editor', 'member', 'reader'].map(async (alias) => (await spAs(sharePoint, alias as 'editor').web.currentUser()).Id));
  expect(ids).toEqual([7, 8, 9]);
  const byCookie = await fetch(`${sharePoint.siteUrl}/_api/web/currentUser`, { headers: { Accept: 'application/json', Cookie: 'mrLocalUser=Ali.Hassan' } });
  expect(await byCookie.json()).toMatchObject({ Title: 'Ali Hassan' });
  const unknown = await fetch(`${sharePoint.siteUrl}/_api/web`, { headers: { Accept: 'application/json', 'X-MR-Local-User': 'ali.hassan@mrlocal.onmicrosoft.com' } });
  expect(unknown.status).toBe(401);
});

test('the site groups start with the editors as owners and the staff as readers; Maja stays a member', async () => {
  const titles = async (groupId: number): Promise<string[]> => (await editor.web.siteGroups.getById(groupId).users()).map((user) => user.Title);
  const [owners, members, visitors] = await Promise.all([editor.web.associatedOwnerGroup(), editor.web.associatedMemberGroup(), editor.web.associatedVisitorGroup()]);
  expect(await titles(owners.Id)).toEqual(['Eva Redaktör', 'Omar Lindqvist']);
  expect(await titles(members.Id)).toEqual(['Maja Medlem']);
  expect(await titles(visitors.Id)).toEqual(expect.arrayContaining(['Lars Läsare', 'Ali Hassan', 'Lina Karlsson']));
  expect(await titles(visitors.Id)).not.toContain('Omar Lindqvist');
  expect((await editor.web.siteUsers()).length).toBe(LOCAL_USERS.length);
  const omar = spAs(sharePoint, 'omar.lindqvist');
  expect(await omar.web.currentUser.select('IsSiteAdmin')()).toMatchObject({ IsSiteAdmin: false });
  await omar.web.lists.add('Omars lista');
  expect(await errorOf(spAs(sharePoint, 'karin.holm').web.lists.add('Karins lista'))).toMatchObject(ACCESS_DENIED);
});

test('a Microsoft 365 group is ensured as two claims, members and owners, and is then a site user', async () => {
  const claim = `${GROUP_CLAIM_PREFIX}${NAMNDKANSLIET}`;
  expect(await errorOf(editor.web.siteUsers.getByLoginName(claim)())).toMatchObject({ status: 404 });
  const members = await editor.web.ensureUser(claim);
  expect(members).toMatchObject({ LoginName: claim, Title: 'Nämndkansliet Hägersten-Älvsjö', PrincipalType: 4, IsSiteAdmin: false });
  const owners = await editor.web.ensureUser(`${claim}_o`);
  expect(owners).toMatchObject({ LoginName: `${claim}_o`, Title: 'Nämndkansliet Hägersten-Älvsjö Owners', PrincipalType: 4 });
  expect(await editor.web.siteUsers.getById(members.Id)()).toMatchObject({ LoginName: claim });
  expect(await editor.web.siteUsers.getByLoginName(claim)()).toMatchObject({ Id: members.Id });
  expect(await errorOf(editor.web.ensureUser(`${GROUP_CLAIM_PREFIX}99999999-0000-0000-0000-000000000000`))).toMatchObject({ status: 500 });
});

test('a team’s members write through the group claim; owners through the owners claim; other teams do not', async () => {
  const list = editor.web.lists.getByTitle((await editor.web.lists.add('Gruppanspråk')).Title);
  const { Id: contribute } = await editor.web.roleDefinitions.getByType(3)();
  await list.breakRoleInheritance(true, false);
  const strategiOwners = `${GROUP_CLAIM_PREFIX}${STRATEGI}_o`;
  const { Id: kulturMembers } = await editor.web.ensureUser(`${GROUP_CLAIM_PREFIX}${KULTUR}`);
  expect(await errorOf(list.roleAssignments.add(kulturMembers + 1000, contribute))).toMatchObject({ status: 400 });
  const { Id: teamMembers } = await editor.web.ensureUser(`${GROUP_CLAIM_PREFIX}${NAMNDKANSLIET}`);
  const { Id: strategiOwnerId } = await editor.web.ensureUser(strategiOwners);
  await list.roleAssignments.add(teamMembers, contribute);
  await list.roleAssignments.add(strategiOwnerId, contribute);
  // A team that only reads gives its members no write.
  await list.roleAssignments.add(kulturMembers, (await editor.web.roleDefinitions.getByType(2)()).Id);
  const add = (person: string) => spAs(sharePoint, person as 'editor').web.lists.getByTitle('Gruppanspråk').items.add({ Title: person });

  expect((await add('ali.hassan')).Title).toBe('ali.hassan');
  expect((await add('maja.medlem')).Title).toBe('maja.medlem');
  expect((await add('fatima.ahmed')).Title).toBe('fatima.ahmed');
  expect(await errorOf(add('nils.ek'))).toMatchObject(ACCESS_DENIED);
  expect(await errorOf(add('johan.berg'))).toMatchObject(ACCESS_DENIED);
  expect(await errorOf(add('lars.lasare'))).toMatchObject(ACCESS_DENIED);
  const assignments = (await list.roleAssignments.expand('Member')()) as unknown as { Member: { Title: string; PrincipalType: number } }[];
  expect(assignments.map((assignment) => assignment.Member)).toEqual(
    expect.arrayContaining([expect.objectContaining({ Title: 'Nämndkansliet Hägersten-Älvsjö', PrincipalType: 4 })])
  );
});

test('site group membership changes through users.add and removeById, from the next request on', async () => {
  const list = editor.web.lists.getByTitle((await editor.web.lists.add('Medlemskap')).Title);
  const members = editor.web.associatedMemberGroup;
  const johan = spAs(sharePoint, 'johan.berg').web.lists.getByTitle('Medlemskap');
  expect(await errorOf(johan.items.add({ Title: 'Före' }))).toMatchObject(ACCESS_DENIED);

  await members.users.add('i:0#.f|membership|johan.berg@mrlocal.onmicrosoft.com');
  expect((await members.users()).map((user) => user.Title)).toEqual(['Maja Medlem', 'Johan Berg']);
  expect((await johan.items.add({ Title: 'Som medlem' })).Title).toBe('Som medlem');
  expect((await spAs(sharePoint, 'johan.berg').web.currentUser.groups()).map((group) => group.Title)).toEqual(['MR Visitors', 'MR Members']);

  await members.users.removeById(13);
  expect(await errorOf(johan.items.add({ Title: 'Efter' }))).toMatchObject(ACCESS_DENIED);
  expect(await errorOf(members.users.removeById(13))).toMatchObject({ status: 404 });
  expect(await list.items.select('Title')()).toEqual([expect.objectContaining({ Title: 'Som medlem' })]);
});

test('a group claim can be a site group member, and only those who manage permissions change membership', async () => {
  const list = editor.web.lists.getByTitle((await editor.web.lists.add('Teamets grupp')).Title);
  const members = editor.web.associatedMemberGroup;
  await members.users.add(`${GROUP_CLAIM_PREFIX}${STRATEGI}`);
  expect((await spAs(sharePoint, 'fatima.ahmed').web.lists.getByTitle('Teamets grupp').items.add({ Title: 'Via teamet' })).Title).toBe('Via teamet');
  await members.users.removeByLoginName(`${GROUP_CLAIM_PREFIX}${STRATEGI}`);
  expect(await errorOf(spAs(sharePoint, 'fatima.ahmed').web.lists.getByTitle('Teamets grupp').items.add({ Title: 'Nej' }))).toMatchObject(ACCESS_DENIED);

  const asMaja = spAs(sharePoint, 'member').web.associatedMemberGroup.users;
  expect(await errorOf(asMaja.add('i:0#.f|membership|ali.hassan@mrlocal.onmicrosoft.com'))).toMatchObject(ACCESS_DENIED);
  expect(await errorOf(asMaja.removeById(8))).toMatchObject(ACCESS_DENIED);
  expect((await list.items()).length).toBe(1);
});
