/**
 * List items through PnPjs: add, get, $select/$filter/$orderby/$top, paging with odata.nextLink,
 * updates by MERGE with IF-Match (ETags change on every update; stale ones get 412), delete and recycle.
 */
import type { SPFI } from '@pnp/sp';
import type { LocalSharePoint } from '../../local/server/index.ts';
import { errorOf, spAs, startInMemory } from './sharePointClient.ts';

let sharePoint: LocalSharePoint;
let sp: SPFI;
let list: ReturnType<SPFI['web']['lists']['getByTitle']>;
let unitIds: number[];

interface Row {
  Id: number;
  Title: string;
}

const titles = (rows: Row[]): string[] => rows.map((row) => row.Title);

beforeAll(async () => {
  sharePoint = await startInMemory();
  sp = spAs(sharePoint);
  const { Id: unitListId } = await sp.web.lists.add('Enheter');
  const units = sp.web.lists.getByTitle('Enheter');
  unitIds = [];
  for (const title of ['Kulturförvaltningen', 'Stadsledningskontoret']) unitIds.push((await units.items.add({ Title: title })).Id);

  await sp.web.lists.add('Aktiviteter');
  list = sp.web.lists.getByTitle('Aktiviteter');
  await list.fields.addNumber('Antal');
  await list.fields.addDateTime('Start');
  await list.fields.addBoolean('Aktiv');
  await list.fields.addLookup('Enhet', { LookupListId: unitListId, LookupFieldName: 'Title' });
  await list.fields.addUser('Kontakt');
  const rows = [
    { Title: 'Alfa', Antal: 1, Start: '2025-01-10T00:00:00Z', Aktiv: true, EnhetId: unitIds[0], KontaktId: 7 },
    { Title: 'Beta', Antal: 5, Start: '2025-03-01T00:00:00Z', Aktiv: false, EnhetId: unitIds[1], KontaktId: 8 },
    { Title: 'Gamma', Antal: 10, Start: '2025-06-15T00:00:00Z', Aktiv: true, EnhetId: unitIds[0], KontaktId: 9 },
    { Title: 'Delta', Antal: 20, Start: '2026-01-01T00:00:00Z', Aktiv: false, EnhetId: null, KontaktId: null },
  ];
  for (const row of rows) await list.items.add(row);
});

afterAll(() => sharePoint.close());

describe('queries', () => {
  test.each([
    ['Antal eq 5', ['Beta']],
    ['Antal ne 5', ['Alfa', 'Gamma', 'Delta']],
    ['Antal lt 5', ['Alfa']],
    ['Antal le 5', ['Alfa', 'Beta']],
    ['Antal gt 5', ['Gamma', 'Delta']],
    ['Antal ge 10 and Aktiv eq 1', ['Gamma']],
    ["Title eq 'alfa' or Title eq 'DELTA'", ['Alfa', 'Delta']],
    ['not (Antal lt 10)', ['Gamma', 'Delta']],
    ["startswith(Title, 'ga')", ['Gamma']],
    ["substringof('ELT', Title)", ['Delta']],
    ["Start ge datetime'2025-03-01T00:00:00Z' and Start lt datetime'2026-01-01T00:00:00'", ['Beta', 'Gamma']],
    ["Start lt '2025-02-01T00:00:00.000Z'", ['Alfa']],
    ['year(Start) eq 2026', ['Delta']],
    [`EnhetId eq ${2}`, ['Beta']],
    ['Enhet/Id eq 1', ['Alfa', 'Gamma']],
    ["Enhet/Title eq 'Stadsledningskontoret'", ['Beta']],
    ['KontaktId eq 9', ['Gamma']],
    ["Kontakt/Title eq 'Maja Medlem'", ['Beta']],
    ['AuthorId eq 7', ['Alfa', 'Beta', 'Gamma', 'Delta']],
    ['Enhet eq null', ['Delta']],
    ['Aktiv eq false', ['Beta', 'Delta']],
  ])('$filter=%s', async (filter, expected) => {
    expect(titles(await list.items.filter(filter).select('Title')())).toEqual(expected);
  });

  test('the PnPjs filter builder produces filters the site answers', async () => {
    const rows = await list.items.filter((f) => f.number('Antal').greaterThan(1).and().text('Title').startsWith('G')).select('Title')();
    expect(titles(rows)).toEqual(['Gamma']);
  });

  test('$orderby and $top', async () => {
    expect(titles(await list.items.orderBy('Antal', false).top(2).select('Title')())).toEqual(['Delta', 'Gamma']);
    expect(titles(await list.items.orderBy('Aktiv').orderBy('Title').select('Title')())).toEqual(['Beta', 'Delta', 'Alfa', 'Gamma']);
  });

  test('paging through odata.nextLink keeps the order, the filter and the selection', async () => {
    const pages: string[][] = [];
    for await (const page of list.items.filter('Antal gt 1').orderBy('Title').select('Title').top(2)) pages.push(titles(page));
    expect(pages).toEqual([['Beta', 'Delta'], ['Gamma']]);
  });

  test('$skiptoken pages by ID as SharePoint documents it', async () => {
    expect(titles(await list.items.skip(2).top(1).select('Title')())).toEqual(['Gamma']);
  });

  test('an unknown column in $filter is refused', async () => {
    expect(await errorOf(list.items.filter("Saknas eq 'x'")())).toMatchObject({
      status: 400,
      message: "Column 'Saknas' does not exist. It may have been deleted by another user.",
    });
  });

  test('a malformed $filter is refused', async () => {
    expect(await errorOf(list.items.filter('Antal eq')())).toMatchObject({ status: 400, message: 'The expression "Antal eq" is not valid.' });
  });
});

describe('updates and deletes', () => {
  test('MERGE with IF-Match: the ETag changes on every update, a stale ETag gets 412, * always matches', async () => {
    const added = await list.items.add({ Title: 'Version', Antal: 1 });
    const item = list.items.getById(added.Id);
    expect(added['odata.etag']).toBe('"1"');

    const first = await item.update({ Antal: 2 }, added['odata.etag']);
    expect(first.etag).toBe('"2"');
    const stale = await errorOf(item.update({ Antal: 3 }, added['odata.etag']));
    expect(stale).toEqual({
      status: 412,
      code: '-1, Microsoft.SharePoint.Client.ClientServiceException',
      message: `The request ETag value '"1"' does not match the object's ETag value '"2"'.`,
    });
    await item.update({ Antal: 4 }, '*');
    expect(await item.select('Antal', 'OData__UIVersionString')()).toMatchObject({ Antal: 4, OData__UIVersionString: '3.0', 'odata.etag': '"3"' });
    expect(await item.select('EditorId')()).toMatchObject({ EditorId: 7 });
  });

  test('delete with a stale ETag is refused; delete and recycle remove the item', async () => {
    const deleted = await list.items.add({ Title: 'Borttagen' });
    await list.items.getById(deleted.Id).update({ Antal: 1 });
    expect((await errorOf(list.items.getById(deleted.Id).delete('"1"'))).status).toBe(412);
    await list.items.getById(deleted.Id).delete();
    expect(await errorOf(list.items.getById(deleted.Id)())).toMatchObject({ status: 404, message: 'Item does not exist. It may have been deleted by another user.' });

    const recycled = await list.items.add({ Title: 'Papperskorg' });
    const binId = await list.items.getById(recycled.Id).recycle();
    expect(binId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await errorOf(list.items.getById(recycled.Id)())).status).toBe(404);
  });
});
