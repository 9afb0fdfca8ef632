/**
 * The fixture loader for tests and benchmarks: LocalSharePoint.loadFixtureRows in-process and
 * POST /_local/fixtures out of process. Rows skip HTTP, not SharePoint's rules: what PnPjs then reads is
 * what REST adds would have made (ETags, change log, unique values), and a bad row adds nothing.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/lists';
import type { LocalSharePoint } from '../../local/server/index.ts';
import { adminHeaders, spAs, startInMemory } from './sharePointClient.ts';

let sharePoint: LocalSharePoint;
let sp: SPFI;
const LIST = 'Bockar';

beforeAll(async () => {
  sharePoint = await startInMemory();
  sp = spAs(sharePoint);
  await sp.web.lists.add(LIST);
  await sp.web.lists.getByTitle(LIST).fields.addText('Nyckel', { Indexed: true, EnforceUniqueValues: true });
  await sp.web.lists.getByTitle(LIST).fields.addNumber('Enhet', { Indexed: true });
  await sp.web.lists.getByTitle(LIST).items.add({ Title: 'Via REST', Nyckel: 'rest' });
});

afterAll(() => sharePoint.close());

async function postFixtures(body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${sharePoint.url}/_local/fixtures`, { method: 'POST', headers: { ...adminHeaders(sharePoint), 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

test('rows load in-process as REST adds would make them', async () => {
  const token = (await sp.web.lists.getByTitle(LIST).select('CurrentChangeToken')()).CurrentChangeToken;
  const rows = Array.from({ length: 3000 }, (_, index) => ({ Title: `Rad ${index}`, Nyckel: `k${index}`, Enhet: index % 30 }));
  const ids = sharePoint.loadFixtureRows(LIST, rows);
  expect([ids.length, ids[0], ids[2999]]).toEqual([3000, 2, 3001]);

  const list = sp.web.lists.getByTitle(LIST);
  const unit = await list.items.filter('Enhet eq 7').select('Id', 'Title', 'AuthorId').top(5000)();
  expect(unit).toHaveLength(100);
  expect(unit[0]).toMatchObject({ Id: 9, Title: 'Rad 7', AuthorId: 7, 'odata.etag': '"1"' });
  // getChanges answers 1,000 changes unless told otherwise.
  const changes = await list.getChanges({ Add: true, Item: true, ChangeTokenStart: token });
  expect(changes.map((change: { ItemId: number }) => change.ItemId)).toEqual(ids.slice(0, 1000));
});

test('a row SharePoint would refuse adds nothing', async () => {
  const count = async (): Promise<number> => (await sp.web.lists.getByTitle(LIST).select('ItemCount')()).ItemCount;
  const before = await count();
  expect(() => sharePoint.loadFixtureRows(LIST, [{ Title: 'Ny', Nyckel: 'ny' }, { Title: 'Dubblett', Nyckel: 'K1' }])).toThrow(/duplicate values/);
  expect(() => sharePoint.loadFixtureRows(LIST, [{ Title: 'Fel', Finns: 'nej' }])).toThrow(/does not exist/);
  expect(() => sharePoint.loadFixtureRows('Finns inte', [{ Title: 'x' }])).toThrow(/does not exist/);
  expect(await count()).toBe(before);
  expect(await sp.web.lists.getByTitle(LIST).items.filter("Nyckel eq 'ny'")()).toEqual([]);
});

test('POST /_local/fixtures loads rows out of process, with SharePoint errors as JSON', async () => {
  const added = await postFixtures({ list: LIST, rows: [{ Title: 'Över HTTP', Nyckel: 'http', Enhet: 99 }] });
  expect(added).toEqual({ status: 200, body: { ids: [3002] } });
  expect(await sp.web.lists.getByTitle(LIST).items.filter('Enhet eq 99').select('Title')()).toEqual([expect.objectContaining({ Title: 'Över HTTP' })]);

  expect(await postFixtures({ list: LIST, rows: [{ Title: 'Dubblett', Nyckel: 'http' }] })).toMatchObject({
    status: 500,
    body: { code: '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException' },
  });
  expect(await postFixtures({ list: 'Finns inte', rows: [] })).toMatchObject({ status: 404 });
  expect(await postFixtures({ list: LIST, rows: 'inga' })).toMatchObject({ status: 400, body: { error: expect.any(String) } });
});
