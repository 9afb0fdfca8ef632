/**
 * The column index through PnPjs: a filter led by an indexed column is answered from SQL indexes, and
 * must select exactly what the same filter selects on an identical list without indexes, for every
 * indexed field type, after updates and deletes, and when a column becomes indexed after it has data.
 */
import type { SPFI } from '@pnp/sp';
import type { LocalSharePoint } from '../../local/server/index.ts';
import { spAs, startInMemory } from './sharePointClient.ts';

let sharePoint: LocalSharePoint;
let sp: SPFI;
let unitIds: number[];

const LISTS = { indexed: 'Indexerad', plain: 'Oindexerad' };

/** Fields created from XML as provisioning creates them; `indexed` decides Indexed="TRUE". */
function fieldXml(unitListId: string, indexed: boolean): string[] {
  const index = `Indexed="${indexed ? 'TRUE' : 'FALSE'}"`;
  return [
    `<Field Type="Text" Name="Kod" DisplayName="Kod" ${index} />`,
    `<Field Type="Number" Name="Antal" DisplayName="Antal" ${index} />`,
    `<Field Type="Boolean" Name="Aktiv" DisplayName="Aktiv" ${index} />`,
    `<Field Type="DateTime" Name="Start" DisplayName="Start" ${index} />`,
    `<Field Type="Lookup" Name="Enhet" DisplayName="Enhet" List="{${unitListId}}" ShowField="Title" ${index} />`,
    `<Field Type="LookupMulti" Name="Enheter" DisplayName="Enheter" List="{${unitListId}}" ShowField="Title" Mult="TRUE" ${index} />`,
    `<Field Type="UserMulti" Name="Deltagare" DisplayName="Deltagare" List="UserInfo" Mult="TRUE" ${index} />`,
  ];
}

function row(index: number): Record<string, unknown> {
  const codes = ['ABC', 'abc', 'Abd', 'm', 'Zeta', '', 'äpple', null];
  return {
    Title: `Rad ${index}`,
    Kod: codes[index % codes.length],
    Antal: index % 5 === 0 ? null : (index % 12) + 0.5 * (index % 2),
    Aktiv: index % 3 === 0,
    Start: index % 4 === 0 ? null : `2025-0${(index % 9) + 1}-1${index % 10}T0${index % 10}:00:00Z`,
    EnhetId: index % 6 === 0 ? null : unitIds[index % unitIds.length],
    EnheterId: unitIds.slice(0, index % 4),
    DeltagareId: [7, 8, 9].slice(index % 3),
  };
}

const idsOf = (rows: { Id: number }[]): number[] => rows.map((item) => item.Id);

async function query(list: string, filter: string): Promise<number[]> {
  return idsOf(await sp.web.lists.getByTitle(list).items.filter(filter).select('Id').top(5000)());
}

beforeAll(async () => {
  sharePoint = await startInMemory();
  sp = spAs(sharePoint);
  const { Id: unitListId } = await sp.web.lists.add('Enheter');
  unitIds = [];
  for (const title of ['Kultur', 'Miljö', 'Skola']) unitIds.push((await sp.web.lists.getByTitle('Enheter').items.add({ Title: title })).Id);
  for (const [list, indexed] of [[LISTS.indexed, true], [LISTS.plain, false]] as const) {
    await sp.web.lists.add(list);
    for (const xml of fieldXml(unitListId, indexed)) await sp.web.lists.getByTitle(list).fields.createFieldAsXml({ SchemaXml: xml, Options: 8 });
    const [batched, execute] = sp.batched();
    for (let index = 1; index <= 40; index += 1) void batched.web.lists.getByTitle(list).items.add(row(index));
    await execute();
    const items = sp.web.lists.getByTitle(list).items;
    await items.getById(2).update({ Kod: 'Ny kod', Antal: 100, Aktiv: true, EnheterId: [] });
    await items.getById(3).update({ Kod: null, Start: null, DeltagareId: [] });
    await items.getById(4).delete();
    await items.getById(5).recycle();
  }
});

afterAll(() => sharePoint.close());

const FILTERS = [
  "Kod eq 'abc'",
  "Kod eq 'ABD'",
  "Kod lt 'm'",
  "Kod ge 'm'",
  "startswith(Kod, 'ab')",
  "startswith(Kod, '')",
  "startswith(Kod, 'ä')",
  'Kod eq null',
  "Kod ne 'abc'",
  'Antal ge 5 and Antal lt 10',
  'Antal eq 5.5',
  '5 lt Antal',
  'Antal eq 100',
  'Aktiv eq 1',
  'Aktiv eq false',
  "Start ge datetime'2025-03-01T00:00:00Z'",
  "Start lt '2025-06-01'",
  'EnhetId eq 2',
  'Enhet/Id eq 3',
  'EnheterId eq 1',
  'EnheterId gt 1',
  'DeltagareId eq 8',
  'DeltagareId ge 9',
  'ID gt 3 and ID le 20 and Aktiv eq 1',
  "Antal gt 2 and Kod ne 'abc'",
  "(Kod eq 'abc' or Kod eq 'm') and Antal gt 0",
];

test.each(FILTERS)('%s selects the same items with and without indexes', async (filter) => {
  expect(await query(LISTS.indexed, filter)).toEqual(await query(LISTS.plain, filter));
});

test('the comparisons select what they should', async () => {
  // Text compares case-insensitively: 'ABC' and 'abc'.
  expect(await query(LISTS.indexed, "Kod eq 'abc'")).toEqual([1, 8, 9, 16, 17, 24, 25, 32, 33, 40]);
  expect(await query(LISTS.indexed, 'Antal eq 100')).toEqual([2]);
  expect(await query(LISTS.indexed, 'DeltagareId eq 7')).toEqual([6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 36, 39]);
  expect(await query(LISTS.indexed, "startswith(Kod, 'ab')")).toEqual([1, 8, 9, 10, 16, 17, 18, 24, 25, 26, 32, 33, 34, 40]);
});

test('ordering and paging over an indexed filter match the plain list', async () => {
  const pages = async (list: string): Promise<number[][]> => {
    const result: number[][] = [];
    for await (const page of sp.web.lists.getByTitle(list).items.filter('Antal ge 1').select('Id').orderBy('Antal', false).top(4)) result.push(idsOf(page));
    return result;
  };
  const indexedPages = await pages(LISTS.indexed);
  expect(indexedPages.length).toBeGreaterThan(3);
  expect(indexedPages).toEqual(await pages(LISTS.plain));
});

test('a column indexed after it holds data, and one no longer indexed, still answer the same', async () => {
  const title = sp.web.lists.getByTitle(LISTS.indexed).fields.getByInternalNameOrTitle('Title');
  await title.update({ Indexed: true });
  expect(await query(LISTS.indexed, "Title eq 'Rad 7'")).toEqual([7]);
  expect(await query(LISTS.indexed, "startswith(Title, 'rad 1')")).toEqual(await query(LISTS.plain, "startswith(Title, 'rad 1')"));
  await sp.web.lists.getByTitle(LISTS.indexed).fields.getByInternalNameOrTitle('Kod').update({ Indexed: false });
  expect(await query(LISTS.indexed, "Kod eq 'abc'")).toEqual([1, 8, 9, 16, 17, 24, 25, 32, 33, 40]);
  await sp.web.lists.getByTitle(LISTS.indexed).fields.getByInternalNameOrTitle('Kod').update({ Indexed: true });
  expect(await query(LISTS.indexed, "Kod eq 'abc'")).toEqual([1, 8, 9, 16, 17, 24, 25, 32, 33, 40]);
});
