/**
 * Folders in a list, through PnPjs: the root folder, folders.addUsingPath, items added in a folder with
 * addValidateUpdateItemUsingPath (form values, validated; nothing added when one fails), FileRef, FileDirRef,
 * FileLeafRef and FSObjType, the items endpoint answering from every folder, getFolderByServerRelativePath,
 * a folder's item, deleting a folder with its contents, and a large list in folders read by an indexed filter.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import type { LocalSharePoint } from '../../local/server/index.ts';
import { errorOf, spAs, startInMemory } from './sharePointClient.ts';

let sharePoint: LocalSharePoint;
let sp: SPFI;
const ROOT = '/sites/mr/Lists/Bockar';

interface FormResult {
  FieldName: string;
  FieldValue: string | null;
  HasException: boolean;
  ErrorMessage: string | null;
}

const idOf = (results: FormResult[]): number => Number(results.find((result) => result.FieldName === 'Id')?.FieldValue);

beforeAll(async () => {
  sharePoint = await startInMemory();
  sp = spAs(sharePoint);
  await sp.web.lists.add('Bockar');
  const list = sp.web.lists.getByTitle('Bockar');
  await list.fields.addNumber('Enhet', { Indexed: true });
  await list.fields.addBoolean('Klar');
  await list.fields.addDateTime('Datum');
});

afterAll(() => sharePoint.close());

test('a list has a root folder at its URL, and folders are added by name or by path', async () => {
  const list = sp.web.lists.getByTitle('Bockar');
  expect(await list.rootFolder()).toMatchObject({ Name: 'Bockar', ServerRelativeUrl: ROOT, Exists: true });
  const added = (await list.rootFolder.folders.addUsingPath('Enhet 1')) as unknown as { Name: string; ServerRelativeUrl: string };
  expect(added).toMatchObject({ Name: 'Enhet 1', ServerRelativeUrl: `${ROOT}/Enhet 1` });
  await list.rootFolder.folders.addUsingPath(`${ROOT}/Enhet 2`);
  expect(await errorOf(list.rootFolder.folders.addUsingPath('Enhet 1'))).toMatchObject({ status: 500, code: '-2130575257, Microsoft.SharePoint.SPException' });
  expect(await list.rootFolder.folders.addUsingPath('Enhet 1', true)).toMatchObject({ ServerRelativeUrl: `${ROOT}/Enhet 1` });
  expect(await errorOf(list.rootFolder.folders.addUsingPath(`${ROOT}/Saknas/Under`))).toMatchObject({ status: 404 });

  const names = (await list.rootFolder.folders()).map((folder) => folder.Name);
  expect(names).toEqual(['Enhet 1', 'Enhet 2']);
  expect(await list.rootFolder.folders.getByUrl('Enhet 2')()).toMatchObject({ ServerRelativeUrl: `${ROOT}/Enhet 2` });
  expect(await sp.web.getFolderByServerRelativePath(`${ROOT}/Enhet 1`)()).toMatchObject({ Name: 'Enhet 1' });
  expect(await errorOf(sp.web.getFolderByServerRelativePath(`${ROOT}/Enhet 9`)())).toMatchObject({
    status: 404,
    code: '-2147024894, System.IO.FileNotFoundException',
  });
  const folderItem = await sp.web.getFolderByServerRelativePath(`${ROOT}/Enhet 1`).getItem<{ FileSystemObjectType: number; Title: string }>();
  expect([folderItem.FileSystemObjectType, folderItem.Title]).toEqual([1, 'Enhet 1']);
  await expect(list.rootFolder.getItem()).rejects.toThrow(/No associated item/);
});

test('items are added in a folder from form values, and know where they are', async () => {
  const list = sp.web.lists.getByTitle('Bockar');
  const results = (await list.addValidateUpdateItemUsingPath(
    [
      { FieldName: 'Title', FieldValue: 'I mappen' },
      { FieldName: 'Enhet', FieldValue: '1' },
      { FieldName: 'Klar', FieldValue: '1' },
      { FieldName: 'Datum', FieldValue: '2026-03-01T10:00:00Z' },
    ],
    `${ROOT}/Enhet 1`
  )) as unknown as FormResult[];
  expect(results.every((result) => !result.HasException)).toBe(true);
  const id = idOf(results);
  const item = await list.items.getById(id).select('Title', 'Enhet', 'Klar', 'Datum', 'FileRef', 'FileDirRef', 'FileLeafRef', 'FSObjType', 'FileSystemObjectType')();
  expect(item).toMatchObject({
    Title: 'I mappen',
    Enhet: 1,
    Klar: true,
    Datum: '2026-03-01T10:00:00Z',
    FileDirRef: `${ROOT}/Enhet 1`,
    FileLeafRef: `${id}_.000`,
    FileRef: `${ROOT}/Enhet 1/${id}_.000`,
    FSObjType: 0,
    FileSystemObjectType: 0,
  });
  const atRoot = await list.items.add({ Title: 'I roten', Enhet: 2 });
  expect(await list.items.getById(atRoot.Id).select('FileDirRef')()).toMatchObject({ FileDirRef: ROOT });
});

test('a value that does not validate is reported, and nothing is added', async () => {
  const list = sp.web.lists.getByTitle('Bockar');
  const before = (await list.select('ItemCount')()).ItemCount;
  const results = (await list.addValidateUpdateItemUsingPath(
    [
      { FieldName: 'Title', FieldValue: 'Trasig' },
      { FieldName: 'Enhet', FieldValue: 'ett' },
      { FieldName: 'Saknas', FieldValue: 'x' },
    ],
    `${ROOT}/Enhet 2`
  )) as unknown as FormResult[];
  expect(results.map((result) => [result.FieldName, result.HasException])).toEqual([
    ['Title', false],
    ['Enhet', true],
    ['Saknas', true],
  ]);
  expect(results.find((result) => result.FieldName === 'Saknas')?.ErrorMessage).toMatch(/does not exist/);
  expect((await list.select('ItemCount')()).ItemCount).toBe(before);
  expect(await errorOf(list.addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'x' }], `${ROOT}/Enhet 9`))).toMatchObject({ status: 404 });
});

test('the items endpoint answers from every folder, folders included, and filters on where items are', async () => {
  const list = sp.web.lists.getByTitle('Bockar');
  await list.addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'I tvåan' }, { FieldName: 'Enhet', FieldValue: '2' }], `${ROOT}/Enhet 2`);
  const all = await list.items.select('Title', 'FileSystemObjectType')();
  expect(all.map((item) => [item.Title, item.FileSystemObjectType])).toEqual([
    ['Enhet 1', 1],
    ['Enhet 2', 1],
    ['I mappen', 0],
    ['I roten', 0],
    ['I tvåan', 0],
  ]);
  expect((await list.items.filter('FSObjType eq 0').select('Title')()).map((item) => item.Title)).toEqual(['I mappen', 'I roten', 'I tvåan']);
  expect((await list.items.filter(`FileDirRef eq '${ROOT}/Enhet 2'`).select('Title')()).map((item) => item.Title)).toEqual(['I tvåan']);
  expect((await list.items.filter('Enhet eq 2').select('Title')()).map((item) => item.Title)).toEqual(['I roten', 'I tvåan']);
});

test('validateUpdateListItem updates an item from form values', async () => {
  const list = sp.web.lists.getByTitle('Bockar');
  const [item] = await list.items.filter("Title eq 'I tvåan'")();
  const results = (await list.items.getById(item.Id).validateUpdateListItem([{ FieldName: 'Klar', FieldValue: '1' }])) as unknown as FormResult[];
  expect(results).toEqual([expect.objectContaining({ FieldName: 'Klar', HasException: false })]);
  expect(await list.items.getById(item.Id).select('Klar', 'OData__UIVersionString')()).toMatchObject({ Klar: true, OData__UIVersionString: '2.0' });
});

test('an item moves to another folder by moving its file, keeping its id, values and author', async () => {
  const list = sp.web.lists.getByTitle('Bockar');
  const added = await spAs(sharePoint, 'member').web.lists.getByTitle('Bockar').items.add({ Title: 'Flyttas', Enhet: 1 });
  const from = `${ROOT}/${added.Id}_.000`;
  expect(await sp.web.getFileByServerRelativePath(from)()).toMatchObject({ Name: `${added.Id}_.000`, ServerRelativeUrl: from });
  await sp.web.getFileByServerRelativePath(from).moveByPath(`${ROOT}/Enhet 1/${added.Id}_.000`, false);
  expect(await list.items.getById(added.Id).select('Title', 'Enhet', 'FileDirRef', 'AuthorId', 'EditorId')()).toMatchObject({
    Title: 'Flyttas',
    Enhet: 1,
    FileDirRef: `${ROOT}/Enhet 1`,
    AuthorId: 8,
    EditorId: 7,
  });
  expect(await errorOf(sp.web.getFileByServerRelativePath(from)())).toMatchObject({ status: 404 });
  expect(await errorOf(sp.web.getFileByServerRelativePath(`${ROOT}/Enhet 1/${added.Id}_.000`).moveByPath(`${ROOT}/Enhet 9/${added.Id}_.000`, false))).toMatchObject({
    status: 404,
  });
  expect(await errorOf(sp.web.getFileByServerRelativePath(`${ROOT}/Enhet 1/${added.Id}_.000`).moveByPath(`${ROOT}/Enhet 2/annat.000`, false))).toMatchObject({
    status: 400,
  });
});

test('deleting a folder deletes what is in it', async () => {
  const list = sp.web.lists.getByTitle('Bockar');
  await list.rootFolder.folders.addUsingPath('Tillfällig');
  await list.rootFolder.folders.addUsingPath(`${ROOT}/Tillfällig/Under`);
  await list.addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'Djupt' }], `${ROOT}/Tillfällig/Under`);
  const folder = await sp.web.getFolderByServerRelativePath(`${ROOT}/Tillfällig`).getItem<{ Id: number }>('Id');
  await list.items.getById(folder.Id).delete();
  expect((await list.items.filter("Title eq 'Djupt' or Title eq 'Under' or Title eq 'Tillfällig'")()).length).toBe(0);
  expect(await errorOf(sp.web.getFolderByServerRelativePath(`${ROOT}/Tillfällig/Under`)())).toMatchObject({ status: 404 });
});

test('a large list in folders: an indexed filter reads one unit in one request, with no threshold refusal', async () => {
  await sp.web.lists.add('Stor');
  const list = sp.web.lists.getByTitle('Stor');
  await list.fields.addNumber('Enhet', { Indexed: true });
  for (const unit of [1, 2, 3]) {
    await list.rootFolder.folders.addUsingPath(`Enhet ${unit}`);
    const rows = Array.from({ length: 2_000 }, (_, index) => ({ Title: `Rad ${index}`, Enhet: unit }));
    sharePoint.loadFixtureRows('Stor', rows, `Lists/Stor/Enhet ${unit}`);
  }
  sharePoint.resetStats();
  const unit2 = await list.items.filter('Enhet eq 2').select('Id', 'FileDirRef').top(5000)();
  expect(unit2.length).toBe(2_000);
  expect(new Set(unit2.map((item) => item.FileDirRef))).toEqual(new Set(['/sites/mr/Lists/Stor/Enhet 2']));
  expect(sharePoint.stats().total).toBe(1);
  expect(await errorOf(list.items.filter("Title eq 'Rad 1'")())).toMatchObject({ status: 500 });
});
