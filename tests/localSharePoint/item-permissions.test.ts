/**
 * Unique permissions on folders and items, as the app sets up its units: the list is read-only for staff,
 * each unit's folder gives its own people (named, or a team through its group claim) Contribute. The server
 * refuses a member of unit A writing into B's folder, at the list root, or to B's rows — also inside a
 * $batch — and every write by a reader; a person moved from A to B writes in B from the next request on;
 * items the person may not see are left out; each item reports the caller's rights.
 */
import { PermissionKind } from '@pnp/sp/security';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import type { LocalSharePoint, LocalUserKey } from '../../local/server/index.ts';
import { GROUP_CLAIM_PREFIX, MICROSOFT_365_GROUPS } from '../../local/server/index.ts';
import { errorOf, spAs, startInMemory } from './sharePointClient.ts';

let sharePoint: LocalSharePoint;
let editor: SPFI;
let contribute: number;
let read: number;
const ROOT = '/sites/mr/Lists/Bockar';
const ACCESS_DENIED = {
  status: 403,
  code: '-2147024891, System.UnauthorizedAccessException',
  message: 'Access denied. You do not have permission to perform this action or access this resource.',
};
const ALI = 11;
const JOHAN = 13;

const bockar = (person: LocalUserKey) => spAs(sharePoint, person).web.lists.getByTitle('Bockar');

/** Adds a tick in a unit's folder as `person`; resolves to the new id. */
async function tickIn(person: LocalUserKey, folder: string, title: string): Promise<number> {
  const results = (await bockar(person).addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: title }], `${ROOT}/${folder}`)) as unknown as {
    FieldName: string;
    FieldValue: string;
  }[];
  return Number(results.find((result) => result.FieldName === 'Id')?.FieldValue);
}

async function folderItem(folder: string) {
  const { Id } = await editor.web.getFolderByServerRelativePath(`${ROOT}/${folder}`).getItem<{ Id: number }>('Id');
  return editor.web.lists.getByTitle('Bockar').items.getById(Id);
}

beforeAll(async () => {
  sharePoint = await startInMemory();
  editor = spAs(sharePoint, 'editor');
  await editor.web.lists.add('Bockar');
  const list = editor.web.lists.getByTitle('Bockar');
  ({ Id: contribute } = await editor.web.roleDefinitions.getByType(3)());
  ({ Id: read } = await editor.web.roleDefinitions.getByType(2)());
  // As the app sets a per-unit list up: members read at the list level; each unit's folder has its own people.
  const { Id: members } = await editor.web.associatedMemberGroup();
  await list.breakRoleInheritance(true, false);
  await list.roleAssignments.add(members, read);
  await list.roleAssignments.remove(members, contribute);
  const team = await editor.web.ensureUser(`${GROUP_CLAIM_PREFIX}${MICROSOFT_365_GROUPS[0].id}`);
  for (const [folder, people] of [
    ['Enhet A', [ALI, team.Id]],
    ['Enhet B', [JOHAN]],
    ['Slutet', []],
  ] as const) {
    await list.rootFolder.folders.addUsingPath(folder);
    const item = await folderItem(folder);
    await item.breakRoleInheritance(folder !== 'Slutet', false);
    for (const person of people) await item.roleAssignments.add(person, contribute);
  }
});

afterAll(() => sharePoint.close());

test('a unit’s own people write in its folder; others are refused by the server', async () => {
  expect(await tickIn('ali.hassan', 'Enhet A', 'Ali i A')).toBeGreaterThan(0);
  expect(await tickIn('johan.berg', 'Enhet B', 'Johan i B')).toBeGreaterThan(0);
  expect(await errorOf(tickIn('ali.hassan', 'Enhet B', 'Ali i B'))).toEqual(ACCESS_DENIED);
  expect(await errorOf(bockar('ali.hassan').items.add({ Title: 'Ali i roten' }))).toEqual(ACCESS_DENIED);
  expect(await errorOf(bockar('ali.hassan').addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'Roten' }], ROOT))).toEqual(ACCESS_DENIED);
  // Maja is in MR Members, which only reads this list; her team's claim gives her unit A.
  expect(await errorOf(bockar('member').items.add({ Title: 'Maja i roten' }))).toEqual(ACCESS_DENIED);
  expect(await tickIn('member', 'Enhet A', 'Maja i A')).toBeGreaterThan(0);
});

test('a team’s members write in their unit’s folder through the group claim', async () => {
  expect(await tickIn('sara.nilsson', 'Enhet A', 'Sara via teamet')).toBeGreaterThan(0);
  expect(await errorOf(tickIn('fatima.ahmed', 'Enhet A', 'Fatima'))).toEqual(ACCESS_DENIED);
});

test('changing or deleting another unit’s rows is refused; one’s own unit’s rows can be changed', async () => {
  const inB = await tickIn('johan.berg', 'Enhet B', 'B:s rad');
  const inA = await tickIn('ali.hassan', 'Enhet A', 'A:s rad');
  const asAli = bockar('ali.hassan').items;
  expect(await errorOf(asAli.getById(inB).update({ Title: 'Ändrad av Ali' }))).toEqual(ACCESS_DENIED);
  expect(await errorOf(asAli.getById(inB).validateUpdateListItem([{ FieldName: 'Title', FieldValue: 'Ändrad' }]))).toEqual(ACCESS_DENIED);
  expect(await errorOf(asAli.getById(inB).delete())).toEqual(ACCESS_DENIED);
  expect(await errorOf(asAli.getById(inB).recycle())).toEqual(ACCESS_DENIED);
  const aliFiles = spAs(sharePoint, 'ali.hassan').web;
  expect(await errorOf(aliFiles.getFileByServerRelativePath(`${ROOT}/Enhet B/${inB}_.000`).moveByPath(`${ROOT}/Enhet A/${inB}_.000`, false))).toEqual(ACCESS_DENIED);
  expect(await errorOf(aliFiles.getFileByServerRelativePath(`${ROOT}/Enhet A/${inA}_.000`).moveByPath(`${ROOT}/Enhet B/${inA}_.000`, false))).toEqual(ACCESS_DENIED);
  await asAli.getById(inA).update({ Title: 'A:s rad, ändrad' });
  expect(await editor.web.lists.getByTitle('Bockar').items.getById(inB).select('Title')()).toMatchObject({ Title: 'B:s rad' });
  await asAli.getById(inA).delete();
});

test('inside a $batch, each write is checked on its own: B’s are refused, A’s go through', async () => {
  const inB = await tickIn('johan.berg', 'Enhet B', 'B i batch');
  const [batched, execute] = spAs(sharePoint, 'ali.hassan').batched();
  const list = batched.web.lists.getByTitle('Bockar');
  const outcomes: (number | string)[] = [];
  const record = (index: number, call: Promise<unknown>): void => {
    call.then(
      () => (outcomes[index] = 'ok'),
      (error: { status: number }) => (outcomes[index] = error.status)
    );
  };
  record(0, list.addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'Batch i B' }], `${ROOT}/Enhet B`));
  record(1, list.items.add({ Title: 'Batch i roten' }));
  record(2, list.items.getById(inB).update({ Title: 'Batch ändrar B' }));
  record(3, list.items.getById(inB).delete());
  record(4, list.addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'Batch i A' }], `${ROOT}/Enhet A`));
  await execute();
  expect(outcomes).toEqual([403, 403, 403, 403, 'ok']);
  const titles = (await editor.web.lists.getByTitle('Bockar').items.select('Title')()).map((item) => item.Title);
  expect(titles).toEqual(expect.arrayContaining(['B i batch', 'Batch i A']));
  expect(titles).not.toEqual(expect.arrayContaining(['Batch i B']));
});

test('every write by a reader is refused', async () => {
  const inA = await tickIn('ali.hassan', 'Enhet A', 'För läsaren');
  expect(await errorOf(tickIn('reader', 'Enhet A', 'Läsare'))).toEqual(ACCESS_DENIED);
  expect(await errorOf(bockar('reader').items.add({ Title: 'Läsare' }))).toEqual(ACCESS_DENIED);
  expect(await errorOf(bockar('reader').items.getById(inA).update({ Title: 'Läsare' }))).toEqual(ACCESS_DENIED);
  expect(await errorOf(bockar('reader').items.getById(inA).delete())).toEqual(ACCESS_DENIED);
  expect(await errorOf(bockar('reader').rootFolder.folders.addUsingPath('Läsarens'))).toEqual(ACCESS_DENIED);
  expect(await bockar('reader').items.getById(inA).select('Title')()).toMatchObject({ Title: 'För läsaren' });
});

test('moving a person from unit B to unit A moves their right to write, from the next request on', async () => {
  const [a, b] = [await folderItem('Enhet A'), await folderItem('Enhet B')];
  await b.roleAssignments.remove(JOHAN, contribute);
  await a.roleAssignments.add(JOHAN, contribute);
  expect(await errorOf(tickIn('johan.berg', 'Enhet B', 'Johan efter flytten'))).toEqual(ACCESS_DENIED);
  expect(await tickIn('johan.berg', 'Enhet A', 'Johan i sin nya enhet')).toBeGreaterThan(0);
  await a.roleAssignments.remove(JOHAN, contribute);
  await b.roleAssignments.add(JOHAN, contribute);
  expect(await tickIn('johan.berg', 'Enhet B', 'Johan tillbaka')).toBeGreaterThan(0);
});

test('each item reports the caller’s rights; folders report their own role assignments', async () => {
  const folders = await bockar('ali.hassan').items.filter('FSObjType eq 1').select('FileLeafRef', 'EffectiveBasePermissions', 'HasUniqueRoleAssignments')();
  const canAdd = Object.fromEntries(
    folders.map((folder: { FileLeafRef: string; EffectiveBasePermissions: { High: string; Low: string } }) => [
      folder.FileLeafRef,
      (BigInt(folder.EffectiveBasePermissions.Low) & (1n << BigInt(PermissionKind.AddListItems - 1))) !== 0n,
    ])
  );
  expect(canAdd).toEqual({ 'Enhet A': true, 'Enhet B': false });
  expect(folders.every((folder: { HasUniqueRoleAssignments: boolean }) => folder.HasUniqueRoleAssignments)).toBe(true);
  const a = await folderItem('Enhet A');
  expect(await a.getUserEffectivePermissions('i:0#.f|membership|ali.hassan@mrlocal.onmicrosoft.com')).toMatchObject({ High: '432', Low: '1011028719' });
  expect(await a.getUserEffectivePermissions('i:0#.f|membership|johan.berg@mrlocal.onmicrosoft.com')).toMatchObject({ High: '176', Low: '138612833' });
  const assignments = (await a.roleAssignments.expand('Member')()) as unknown as { Member: { Title: string } }[];
  expect(assignments.map((assignment) => assignment.Member.Title)).toEqual(
    expect.arrayContaining(['MR Owners', 'MR Members', 'MR Visitors', 'Ali Hassan', 'Nämndkansliet Hägersten-Älvsjö'])
  );
  // An item inside a folder inherits the folder's rights.
  const inA = await tickIn('ali.hassan', 'Enhet A', 'Ärver');
  expect(await bockar('ali.hassan').items.getById(inA).currentUserHasPermissions(PermissionKind.EditListItems)).toBe(true);
  expect(await bockar('johan.berg').items.getById(inA).currentUserHasPermissions(PermissionKind.EditListItems)).toBe(false);
  expect(await errorOf(bockar('ali.hassan').items.getById(inA).roleAssignments.add(JOHAN, contribute))).toMatchObject({ status: 403 });
  expect(await errorOf(editor.web.lists.getByTitle('Bockar').items.getById(inA).roleAssignments.add(JOHAN, contribute))).toMatchObject({ status: 400 });
});

test('one $batch of the unit folders’ items tells a person where they may write (the way that also works on a large list)', async () => {
  const [batched, execute] = spAs(sharePoint, 'ali.hassan').batched();
  const rights: Record<string, { High: string; Low: string }> = {};
  for (const folder of ['Enhet A', 'Enhet B']) {
    void batched.web
      .getFolderByServerRelativePath(`${ROOT}/${folder}`)
      .listItemAllFields.select('EffectiveBasePermissions')()
      .then((item: { EffectiveBasePermissions: { High: string; Low: string } }) => (rights[folder] = item.EffectiveBasePermissions));
  }
  await execute();
  expect(rights).toEqual({ 'Enhet A': { High: '432', Low: '1011028719' }, 'Enhet B': { High: '176', Low: '138612833' } });
});

test('items the person may not see are left out of reads', async () => {
  const hidden = await tickIn('editor', 'Slutet', 'Bara för redaktörer');
  const titles = async (person: LocalUserKey): Promise<string[]> => (await bockar(person).items.select('Title')()).map((item) => item.Title);
  expect(await titles('editor')).toContain('Bara för redaktörer');
  expect(await titles('ali.hassan')).not.toContain('Bara för redaktörer');
  expect(await titles('ali.hassan')).not.toContain('Slutet');
  expect(await errorOf(bockar('ali.hassan').items.getById(hidden)())).toMatchObject({ status: 404 });
});

test('resetting a folder’s permissions makes it inherit the list’s again', async () => {
  const b = await folderItem('Enhet B');
  await b.resetRoleInheritance();
  expect(await b.select('HasUniqueRoleAssignments')()).toMatchObject({ HasUniqueRoleAssignments: false });
  expect(await errorOf(tickIn('johan.berg', 'Enhet B', 'Efter återställning'))).toEqual(ACCESS_DENIED);
  await b.breakRoleInheritance(true, false);
  await b.roleAssignments.add(JOHAN, contribute);
  expect(await tickIn('johan.berg', 'Enhet B', 'Igen')).toBeGreaterThan(0);
});
