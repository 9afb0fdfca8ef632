/**
 * The list view threshold on a list over 5,000 items, through PnPjs: paging in ID order works past
 * 5,000 rows; a filter must start with an indexed column that narrows under the threshold (a range on ID
 * counts as a whole); $top > 5,000 and sorting the whole list on another column are refused with
 * SharePoint's SPQueryThrottledException. The rows are loaded with the fixture loader; every query is PnPjs's.
 */
import type { SPFI } from '@pnp/sp';
import type { LocalSharePoint } from '../../local/server/index.ts';
import { errorOf, spAs, startInMemory } from './sharePointClient.ts';

const ITEM_COUNT = 5_050;
const LIST = 'Uppföljning';

let sharePoint: LocalSharePoint;
let sp: SPFI;

beforeAll(async () => {
  sharePoint = await startInMemory();
  sp = spAs(sharePoint);
  await sp.web.lists.add(LIST);
  const list = sp.web.lists.getByTitle(LIST);
  await list.fields.addText('Enhet', { Indexed: true });
  await list.fields.addNumber('Poang');
  const rows = Array.from({ length: ITEM_COUNT }, (_, index) => ({ Title: `Rad ${index + 1}`, Enhet: `Enhet ${index % 100}`, Poang: index }));
  sharePoint.loadFixtureRows(LIST, rows);
});

afterAll(() => sharePoint.close());

const THROTTLED = {
  status: 500,
  code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
  message: 'The attempted operation is prohibited because it exceeds the list view threshold.',
};

test('the list reports every item', async () => {
  const { ItemCount } = await sp.web.lists.getByTitle(LIST).select('ItemCount')();
  expect(ItemCount).toBe(ITEM_COUNT);
});

test('pages past 5,000 items in ID order through odata.nextLink', async () => {
  const ids: number[] = [];
  for await (const page of sp.web.lists.getByTitle(LIST).items.select('Id').top(2000)) {
    ids.push(...page.map((item: { Id: number }) => item.Id));
  }
  expect(ids).toHaveLength(ITEM_COUNT);
  expect(ids[0]).toBe(1);
  expect(ids[ITEM_COUNT - 1]).toBe(ITEM_COUNT);
  expect(new Set(ids).size).toBe(ITEM_COUNT);
});

test('the default page is 100 items', async () => {
  const items = await sp.web.lists.getByTitle(LIST).items();
  expect(items).toHaveLength(100);
});

test('a filter on a column that is not indexed is refused', async () => {
  const call = sp.web.lists.getByTitle(LIST).items.filter('Poang lt 10')();
  expect(await errorOf(call)).toEqual(THROTTLED);
});

test('a filter that starts with an indexed column narrowing under the threshold is answered', async () => {
  const items = await sp.web.lists.getByTitle(LIST).items.filter("Enhet eq 'Enhet 7' and Poang lt 1000").top(5000)();
  expect(items.map((item: { Poang: number }) => item.Poang)).toEqual([7, 107, 207, 307, 407, 507, 607, 707, 807, 907]);
});

test('an indexed leading clause that still matches over 5,000 items is refused', async () => {
  const call = sp.web.lists.getByTitle(LIST).items.filter("startswith(Enhet, 'Enhet')")();
  expect(await errorOf(call)).toEqual(THROTTLED);
});

test('filtering on ID narrows like an index', async () => {
  const items = await sp.web.lists.getByTitle(LIST).items.filter('ID gt 5040').select('Id')();
  expect(items.map((item: { Id: number }) => item.Id)).toEqual([5041, 5042, 5043, 5044, 5045, 5046, 5047, 5048, 5049, 5050]);
});

test('$top over 5,000 is refused', async () => {
  expect(await errorOf(sp.web.lists.getByTitle(LIST).items.top(5001)())).toEqual(THROTTLED);
});

test('sorting the whole list on another column is refused', async () => {
  expect(await errorOf(sp.web.lists.getByTitle(LIST).items.orderBy('Title')())).toEqual(THROTTLED);
});

test('a range on ID counts as a whole: under 5,000 ids is answered, more is refused', async () => {
  const items = sp.web.lists.getByTitle(LIST).items;
  const range = await items.filter('ID gt 1000 and ID le 5050 and Poang lt 1005').select('Id').top(5000)();
  expect(range.map((item: { Id: number }) => item.Id)).toEqual([1001, 1002, 1003, 1004, 1005]);
  expect((await items.filter('Id ge 5000 and Id lt 5003').select('Id')()).map((item: { Id: number }) => item.Id)).toEqual([5000, 5001, 5002]);
  expect(await errorOf(items.filter('ID gt 0 and ID le 5050')())).toEqual(THROTTLED);
  expect(await errorOf(items.filter('ID gt 10 and Poang lt 20 and ID lt 20')())).toEqual(THROTTLED);
});

test('a range on another indexed column is judged by its first bound', async () => {
  const call = sp.web.lists.getByTitle(LIST).items.filter("Enhet ge 'Enhet 0' and Enhet le 'Enhet 0'")();
  expect(await errorOf(call)).toEqual(THROTTLED);
  const answered = await sp.web.lists.getByTitle(LIST).items.filter("Enhet ge 'Enhet 98' and Enhet le 'Enhet 98'").select('Id').top(5000)();
  expect(answered).toHaveLength(50);
});
