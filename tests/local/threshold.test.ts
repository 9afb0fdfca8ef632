/**
 * The list view threshold on a list over 5,000 items, through PnPjs: paging in ID order works past
 * 5,000 rows; a filter must start with an indexed column that narrows under the threshold; $top > 5,000
 * and sorting the whole list on another column are refused with SharePoint's SPQueryThrottledException.
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
  for (let start = 0; start < ITEM_COUNT; start += 100) {
    const [batched, execute] = sp.batched({ maxRequests: 100 });
    const batchedList = batched.web.lists.getByTitle(LIST);
    for (let index = start; index < Math.min(start + 100, ITEM_COUNT); index += 1) {
      void batchedList.items.add({ Title: `Rad ${index + 1}`, Enhet: `Enhet ${index % 100}`, Poang: index });
    }
    await execute();
  }
}, 120_000);

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
