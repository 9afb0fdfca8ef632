/**
 * Durability: every row survives a restart, a process killed mid-write (SIGKILL) loses nothing whose
 * write had been acknowledged, and a file from an older schema is brought up to date when opened.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import '@pnp/sp/folders';
import { startLocalSharePoint } from '../../local/server/index.ts';
import type { LocalSharePoint } from '../../local/server/index.ts';
import { spAs, startServerProcess } from './sharePointClient.ts';

let directory: string;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'mr-local-sharepoint-'));
});

afterEach(() => rmSync(directory, { recursive: true, force: true }));

test('a restart keeps every list, field, item, version and permission', async () => {
  const dataFile = join(directory, 'mr.sqlite');
  const first = await startLocalSharePoint({ port: 0, dataFile });
  const sp = spAs(first);
  await sp.web.lists.add('Beslut');
  const list = sp.web.lists.getByTitle('Beslut');
  await list.fields.addText('Diarienummer', { Indexed: true, EnforceUniqueValues: true });
  const [batched, execute] = sp.batched();
  for (let index = 1; index <= 50; index += 1) void batched.web.lists.getByTitle('Beslut').items.add({ Title: `Beslut ${index}`, Diarienummer: `KS ${index}` });
  await execute();
  await list.items.getById(1).update({ Title: 'Beslut 1, rättat' });
  await list.items.getById(50).delete();
  await list.breakRoleInheritance(true);
  const before = await list.items.select('Id', 'Title', 'Diarienummer').top(100)();
  const { CurrentChangeToken } = await list.select('CurrentChangeToken')();
  await first.close();

  const second: LocalSharePoint = await startLocalSharePoint({ port: 0, dataFile });
  try {
    const again = spAs(second);
    const reopened = again.web.lists.getByTitle('Beslut');
    expect(await reopened.items.select('Id', 'Title', 'Diarienummer').top(100)()).toEqual(before);
    expect(await reopened.items.getById(1).select('OData__UIVersionString')()).toMatchObject({ 'odata.etag': '"2"' });
    expect(await reopened.select('HasUniqueRoleAssignments', 'ItemCount')()).toMatchObject({ HasUniqueRoleAssignments: true, ItemCount: 49 });
    await expect(reopened.items.add({ Title: 'Kopia', Diarienummer: 'KS 2' })).rejects.toMatchObject({ status: 500 });
    expect((await reopened.items.add({ Title: 'Nytt' })).Id).toBe(51);
    const changes = await reopened.getChanges({ Add: true, Item: true, ChangeTokenStart: CurrentChangeToken });
    expect(changes.map((change: { ItemId: number }) => change.ItemId)).toEqual([51]);
  } finally {
    await second.close();
  }
});

test('a data file from before the column index gets its index built when opened', async () => {
  const dataFile = join(directory, 'mr.sqlite');
  const first = await startLocalSharePoint({ port: 0, dataFile });
  await spAs(first).web.lists.add('Beslut');
  await spAs(first).web.lists.getByTitle('Beslut').fields.addText('Diarienummer', { Indexed: true });
  first.loadFixtureRows('Beslut', [{ Title: 'Ett', Diarienummer: 'KS 1' }, { Title: 'Två', Diarienummer: 'KS 2' }]);
  await first.close();
  // What a file written by schema version 1, which had no column index, looks like.
  const file = new DatabaseSync(dataFile);
  file.exec("DELETE FROM item_index; UPDATE meta SET value = '1' WHERE key = 'schemaVersion';");
  file.close();

  const second = await startLocalSharePoint({ port: 0, dataFile });
  try {
    const items = await spAs(second).web.lists.getByTitle('Beslut').items.filter("Diarienummer eq 'KS 2'").select('Title')();
    expect(items).toEqual([expect.objectContaining({ Title: 'Två' })]);
  } finally {
    await second.close();
  }
});

test('a data file from before folders and the directory gets its group members, site users and item places when opened', async () => {
  const dataFile = join(directory, 'mr.sqlite');
  const first = await startLocalSharePoint({ port: 0, dataFile });
  await spAs(first).web.lists.add('Beslut');
  first.loadFixtureRows('Beslut', [{ Title: 'Ett' }, { Title: 'Två' }]);
  await first.close();
  // What a file written by schema version 2 looks like: no group members or site users, no folder columns.
  const file = new DatabaseSync(dataFile);
  file.exec(`DELETE FROM site_group_members; DELETE FROM site_users;
    DELETE FROM fields WHERE name_key IN ('fileref', 'filedirref', 'fileleafref', 'fsobjtype');
    UPDATE items SET data = json_remove(data, '$.FileRef', '$.FileDirRef', '$.FileLeafRef', '$.FSObjType');
    UPDATE lists SET data = json_remove(data, '$.url');
    UPDATE meta SET value = '2' WHERE key = 'schemaVersion';`);
  file.close();

  const second = await startLocalSharePoint({ port: 0, dataFile });
  try {
    const sp = spAs(second);
    expect((await sp.web.associatedMemberGroup.users()).map((user) => user.Title)).toEqual(['Maja Medlem']);
    expect((await sp.web.siteUsers()).length).toBe(12);
    const list = sp.web.lists.getByTitle('Beslut');
    expect(await list.items.filter('FSObjType eq 0').select('Title', 'FileRef')()).toEqual([
      expect.objectContaining({ Title: 'Ett', FileRef: '/sites/mr/Lists/Beslut/1_.000' }),
      expect.objectContaining({ Title: 'Två', FileRef: '/sites/mr/Lists/Beslut/2_.000' }),
    ]);
    await list.rootFolder.folders.addUsingPath('Enhet');
    expect(await sp.web.getFolderByServerRelativePath('/sites/mr/Lists/Beslut/Enhet')()).toMatchObject({ Name: 'Enhet' });
  } finally {
    await second.close();
  }
});

test('a process killed in the middle of writing loses no acknowledged write', async () => {
  const dataFile = join(directory, 'mr.sqlite');
  const { child, port } = await startServerProcess(['--port', '0', '--data', dataFile]);
  const siteUrl = `http://localhost:${port}/sites/mr`;
  const sp = spAs({ siteUrl } as LocalSharePoint);
  await sp.web.lists.add('Ärenden');
  const acknowledged: number[] = [];
  const writes = (async () => {
    for (let index = 1; index <= 400; index += 1) {
      acknowledged.push((await sp.web.lists.getByTitle('Ärenden').items.add({ Title: `Ärende ${index}` })).Id);
    }
  })().catch(() => undefined);
  while (acknowledged.length < 40) await new Promise((resolve) => setTimeout(resolve, 5));
  child.kill('SIGKILL');
  await writes;
  // A killed server cannot remove its admin secret file; a later start on that port would overwrite it.
  rmSync(join('.local', `admin-secret-${port}`), { force: true });

  const restarted = await startLocalSharePoint({ port: 0, dataFile });
  try {
    const stored = await spAs(restarted).web.lists.getByTitle('Ärenden').items.select('Id').top(500)();
    const storedIds = new Set(stored.map((item: { Id: number }) => item.Id));
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);
    expect(acknowledged.filter((id) => !storedIds.has(id))).toEqual([]);
  } finally {
    await restarted.close();
  }
});
