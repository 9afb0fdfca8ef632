/**
 * Item version history as SharePoint's REST answers it (items(n)/versions, items(n)/versions(VersionId)):
 * with the list's versioning on, every write keeps the values it made, newest first, each with its
 * VersionLabel, who saved it (Editor as SP.FieldUserValue) and when; MajorVersionLimit keeps the newest
 * only; with versioning off only the current version is there; a reader sees it only where the item is visible.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import type { LocalSharePoint } from '../../local/server/index.ts';
import { errorOf, spAs, startInMemory } from './sharePointClient.ts';

let sharePoint: LocalSharePoint;
let editor: SPFI;

interface Version {
  VersionId: number;
  VersionLabel: string;
  IsCurrentVersion: boolean;
  Created: string;
  Title: string;
  Antal: number | null;
  Editor: { LookupId: number; LookupValue: string; Email: string };
  Kontakt: { LookupId: number; LookupValue: string } | null;
}

const list = (as: SPFI, title: string) => as.web.lists.getByTitle(title);

beforeAll(async () => {
  sharePoint = await startInMemory();
  editor = spAs(sharePoint, 'editor');
  await editor.web.lists.add('Historik');
  await list(editor, 'Historik').fields.addNumber('Antal');
  await list(editor, 'Historik').fields.addUser('Kontakt');
  await editor.web.lists.add('Utan');
  await list(editor, 'Utan').update({ EnableVersioning: false });
  await editor.web.lists.add('Kort');
  await list(editor, 'Kort').update({ MajorVersionLimit: 2 });
});

afterAll(() => sharePoint.close());

test('every write is a version: newest first, with its values, who saved it and when', async () => {
  const { Id } = await list(editor, 'Historik').items.add({ Title: 'Första', Antal: 1 });
  await list(editor, 'Historik').items.getById(Id).update({ Antal: 2, KontaktId: 11 });
  await spAs(sharePoint, 'editor').web.lists.getByTitle('Historik').items.getById(Id).update({ Title: 'Tredje' });
  const versions = (await list(editor, 'Historik').items.getById(Id).versions()) as Version[];
  expect(versions.map((v) => [v.VersionLabel, v.VersionId, v.IsCurrentVersion, v.Title, v.Antal])).toEqual([
    ['3.0', 1536, true, 'Tredje', 2],
    ['2.0', 1024, false, 'Första', 2],
    ['1.0', 512, false, 'Första', 1]
  ]);
  expect(versions[1].Kontakt).toMatchObject({ LookupId: 11 });
  expect(versions[2].Kontakt).toBeNull();
  expect(versions[0].Editor.LookupId).toBeGreaterThan(0);
  expect(typeof versions[0].Editor.LookupValue).toBe('string');
  expect(Date.parse(versions[0].Created)).toBeGreaterThanOrEqual(Date.parse(versions[2].Created));
  const one = (await list(editor, 'Historik').items.getById(Id).versions.getById(1024)()) as Version;
  expect([one.VersionLabel, one.Title]).toEqual(['2.0', 'Första']);
  expect((await errorOf(list(editor, 'Historik').items.getById(Id).versions.getById(4096)())).status).toBe(404);
});

test('MajorVersionLimit keeps the newest versions only; with versioning off there is the current one only', async () => {
  const { Id: short } = await list(editor, 'Kort').items.add({ Title: 'a' });
  for (const title of ['b', 'c', 'd']) await list(editor, 'Kort').items.getById(short).update({ Title: title });
  expect(((await list(editor, 'Kort').items.getById(short).versions()) as Version[]).map((v) => v.Title)).toEqual(['d', 'c']);
  const { Id: plain } = await list(editor, 'Utan').items.add({ Title: 'a' });
  await list(editor, 'Utan').items.getById(plain).update({ Title: 'b' });
  expect(((await list(editor, 'Utan').items.getById(plain).versions()) as Version[]).map((v) => [v.VersionLabel, v.Title])).toEqual([['2.0', 'b']]);
});

test('a deleted item’s versions go with it', async () => {
  const { Id } = await list(editor, 'Historik').items.add({ Title: 'Borta' });
  await list(editor, 'Historik').items.getById(Id).delete();
  expect((await errorOf(list(editor, 'Historik').items.getById(Id).versions())).status).toBe(404);
});
