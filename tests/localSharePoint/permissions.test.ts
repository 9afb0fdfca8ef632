/**
 * Users and permissions: the editor, member and reader hold Full Control, Contribute and Read through
 * the site groups; a list can break inheritance and get its own role assignments, as the product's
 * provisioning does to make content lists read-only for members.
 */
import { PermissionKind } from '@pnp/sp/security';
import type { SPFI } from '@pnp/sp';
import type { LocalSharePoint } from '../../local/server/index.ts';
import { errorOf, spAs, startInMemory } from './sharePointClient.ts';

let sharePoint: LocalSharePoint;
let editor: SPFI;
let member: SPFI;
let reader: SPFI;

const ACCESS_DENIED = {
  status: 403,
  code: '-2147024891, System.UnauthorizedAccessException',
  message: 'Access denied. You do not have permission to perform this action or access this resource.',
};

beforeAll(async () => {
  sharePoint = await startInMemory();
  [editor, member, reader] = [spAs(sharePoint, 'editor'), spAs(sharePoint, 'member'), spAs(sharePoint, 'reader')];
  await editor.web.lists.add('Synpunkter');
  await editor.web.lists.add('Innehåll');
});

afterAll(() => sharePoint.close());

test('the permission levels of a team site', async () => {
  const read = await editor.web.roleDefinitions.getByType(2)();
  expect(read).toMatchObject({ Id: 1073741826, Name: 'Read', BasePermissions: { High: '176', Low: '138612833' } });
  const names = (await editor.web.roleDefinitions()).map((definition: { Name: string }) => definition.Name);
  expect(names).toEqual(['Full Control', 'Design', 'Edit', 'Contribute', 'Read', 'Limited Access']);
});

test('members contribute, readers read, on lists that inherit', async () => {
  const list = (sp: SPFI) => sp.web.lists.getByTitle('Synpunkter');
  const added = await list(member).items.add({ Title: 'Från medlem' });
  await list(member).items.getById(added.Id).update({ Title: 'Ändrad av medlem' });
  expect(await list(reader).items.select('Title')()).toEqual([expect.objectContaining({ Title: 'Ändrad av medlem' })]);

  expect(await errorOf(list(reader).items.add({ Title: 'Från läsare' }))).toEqual(ACCESS_DENIED);
  expect(await errorOf(list(reader).items.getById(added.Id).delete())).toEqual(ACCESS_DENIED);
  expect(await errorOf(member.web.lists.add('Medlemmens lista'))).toEqual(ACCESS_DENIED);
  expect(await errorOf(list(member).fields.addText('Fält'))).toEqual(ACCESS_DENIED);
});

test('effectiveBasePermissions and userHasPermissions answer what a user may do', async () => {
  const list = (sp: SPFI) => sp.web.lists.getByTitle('Synpunkter');
  expect(await list(member).currentUserHasPermissions(PermissionKind.AddListItems)).toBe(true);
  expect(await list(member).currentUserHasPermissions(PermissionKind.ManageLists)).toBe(false);
  expect(await list(reader).currentUserHasPermissions(PermissionKind.ViewListItems)).toBe(true);
  expect(await list(reader).currentUserHasPermissions(PermissionKind.EditListItems)).toBe(false);
  expect(await list(reader).effectiveBasePermissions()).toMatchObject({ High: '176', Low: '138612833' });
  expect(await list(editor).userHasPermissions('i:0#.f|membership|lars.lasare@mrlocal.onmicrosoft.com', PermissionKind.AddListItems)).toBe(false);
  expect(await list(editor).getUserEffectivePermissions('i:0#.f|membership|maja.medlem@mrlocal.onmicrosoft.com')).toMatchObject({
    High: '432',
    Low: '1011028719',
  });
});

test('a list with its own role assignments is read-only for members', async () => {
  const content = editor.web.lists.getByTitle('Innehåll');
  const { Id: readId } = await editor.web.roleDefinitions.getByType(2)();
  const { Id: fullControlId } = await editor.web.roleDefinitions.getByName('Full Control')();
  const [owners, members, visitors] = await Promise.all([
    editor.web.associatedOwnerGroup(),
    editor.web.associatedMemberGroup(),
    editor.web.associatedVisitorGroup(),
  ]);
  expect(await errorOf(content.roleAssignments.add(members.Id, readId))).toMatchObject({ status: 400 });

  // As provisioning does it: own assignments, the groups re-added, the caller's own assignment removed.
  const { Id: callerId } = await editor.web.currentUser();
  await content.breakRoleInheritance(false, true);
  await content.roleAssignments.add(owners.Id, fullControlId);
  await content.roleAssignments.add(members.Id, readId);
  await content.roleAssignments.add(visitors.Id, readId);
  await content.roleAssignments.remove(callerId, fullControlId);
  await content.items.add({ Title: 'Publicerad text' });

  const memberContent = member.web.lists.getByTitle('Innehåll');
  expect(await memberContent.items.select('Title')()).toEqual([expect.objectContaining({ Title: 'Publicerad text' })]);
  expect(await errorOf(memberContent.items.add({ Title: 'Nej' }))).toEqual(ACCESS_DENIED);
  expect(await memberContent.currentUserHasPermissions(PermissionKind.AddListItems)).toBe(false);
  expect(await content.select('HasUniqueRoleAssignments')()).toMatchObject({ HasUniqueRoleAssignments: true });
  const assignments = (await content.roleAssignments.expand('Member', 'RoleDefinitionBindings')()) as unknown as { Member: { Title: string } }[];
  expect(assignments.map((assignment) => assignment.Member.Title)).toEqual(['MR Owners', 'MR Members', 'MR Visitors']);

  await content.resetRoleInheritance();
  expect(await memberContent.currentUserHasPermissions(PermissionKind.AddListItems)).toBe(true);
});

test('only the editor may change permissions', async () => {
  expect(await errorOf(member.web.lists.getByTitle('Synpunkter').breakRoleInheritance(true))).toEqual(ACCESS_DENIED);
});

test('an unknown local user is not authenticated', async () => {
  const response = await fetch(`${sharePoint.siteUrl}/_api/web`, { headers: { Accept: 'application/json', 'X-MR-Local-User': 'intruder' } });
  expect(response.status).toBe(401);
  const cookieUser = await fetch(`${sharePoint.siteUrl}/_api/web/currentUser`, { headers: { Accept: 'application/json', Cookie: 'mrLocalUser=member' } });
  expect(await cookieUser.json()).toMatchObject({ Title: 'Maja Medlem' });
});
