/**
 * $batch exactly as PnPjs's batching sends it: reads and changesets of writes in one multipart request,
 * answered per operation; changesets are not transactional; SharePoint's 100-operation limit applies.
 */
import type { SPFI } from '@pnp/sp';
import type { LocalSharePoint } from '../../local/server/index.ts';
import { AS_EDITOR, errorOf, spAs, startInMemory } from './sharePointClient.ts';

let sharePoint: LocalSharePoint;
let sp: SPFI;

beforeAll(async () => {
  sharePoint = await startInMemory();
  sp = spAs(sharePoint);
  await sp.web.lists.add('Indikatorer');
  await sp.web.lists.getByTitle('Indikatorer').fields.addText('Nyckel', { Indexed: true, EnforceUniqueValues: true });
});

afterAll(() => sharePoint.close());

test('reads and a changeset of writes in one request, each answered in order', async () => {
  sharePoint.resetStats();
  const [batched, execute] = sp.batched();
  const list = batched.web.lists.getByTitle('Indikatorer');
  const results: unknown[] = [];
  void list.select('Title')().then((value) => (results[0] = value));
  void list.items.add({ Title: 'Ett', Nyckel: 'K1' }).then((value) => (results[1] = value.Title));
  void list.items.add({ Title: 'Två', Nyckel: 'K2' }).then((value) => (results[2] = value.Title));
  void batched.web.currentUser.select('Title')().then((value) => (results[3] = value.Title));
  await execute();

  expect(results).toEqual([expect.objectContaining({ Title: 'Indikatorer' }), 'Ett', 'Två', 'Eva Redaktör']);
  expect(sharePoint.stats()).toMatchObject({ total: 1, batchOperations: 4 });
});

test('a failing operation in a changeset does not undo or stop the others', async () => {
  const [batched, execute] = sp.batched();
  const list = batched.web.lists.getByTitle('Indikatorer');
  const outcomes: string[] = [];
  void list.items.add({ Title: 'Tre', Nyckel: 'K3' }).then(() => (outcomes[0] = 'added K3'));
  list.items.add({ Title: 'Dubblett', Nyckel: 'K1' }).catch((error: { status: number }) => (outcomes[1] = `refused ${error.status}`));
  void list.items.add({ Title: 'Fyra', Nyckel: 'K4' }).then(() => (outcomes[2] = 'added K4'));
  await execute();

  expect(outcomes).toEqual(['added K3', 'refused 500', 'added K4']);
  const keys = await sp.web.lists.getByTitle('Indikatorer').items.select('Nyckel').orderBy('Nyckel')();
  expect(keys.map((item: { Nyckel: string }) => item.Nyckel)).toEqual(['K1', 'K2', 'K3', 'K4']);
  // The refused add left nothing behind, not even in the column index.
  const k1 = await sp.web.lists.getByTitle('Indikatorer').items.filter("Nyckel eq 'K1'").select('Title')();
  expect(k1).toEqual([expect.objectContaining({ Title: 'Ett' })]);
});

test('updates in a batch report their new ETag; a stale ETag is refused for that operation only', async () => {
  const [first] = await sp.web.lists.getByTitle('Indikatorer').items.filter("Nyckel eq 'K1'")();
  const [batched, execute] = sp.batched();
  const items = batched.web.lists.getByTitle('Indikatorer').items;
  const outcomes: unknown[] = [];
  void items.getById(first.Id).update({ Title: 'Ett (ändrad)' }, first['odata.etag']).then((result) => (outcomes[0] = result.etag));
  items.getById(first.Id).update({ Title: 'För sent' }, first['odata.etag']).catch((error: { status: number }) => (outcomes[1] = error.status));
  await execute();
  expect(outcomes).toEqual(['"2"', 412]);
});

test('a batch over 100 operations is refused whole, as SharePoint refuses it', async () => {
  const [batched, execute] = sp.batched({ maxRequests: 101 });
  const list = batched.web.lists.getByTitle('Indikatorer');
  // When the batch request itself fails, PnPjs rejects execute(); the operations' own promises never settle.
  for (let index = 0; index < 101; index += 1) void list.items.add({ Title: `Många ${index}` });
  const failure = await errorOf(execute());
  expect(failure).toEqual({
    status: 400,
    code: '-1, Microsoft.Data.OData.ODataException',
    message: "The current batch message contains too many parts. A maximum number of '100' query operations and change sets are allowed in a batch message.",
  });
  const { ItemCount } = await sp.web.lists.getByTitle('Indikatorer').select('ItemCount')();
  expect(ItemCount).toBe(4);
});

test('PnPjs splits a large batch into requests of at most maxRequests', async () => {
  sharePoint.resetStats();
  const [batched, execute] = sp.batched({ maxRequests: 100 });
  const list = batched.web.lists.getByTitle('Indikatorer');
  for (let index = 0; index < 150; index += 1) void list.items.add({ Title: `Rad ${index}` });
  await execute();
  expect(sharePoint.stats()).toMatchObject({ total: 2, batchOperations: 150 });
});

test('a batch body over 1 MiB is refused whole, with 413 before it is read', async () => {
  const { FormDigestValue } = (await (await fetch(`${sharePoint.siteUrl}/_api/contextinfo`, { method: 'POST', headers: { ...AS_EDITOR, Accept: 'application/json' } })).json()) as {
    FormDigestValue: string;
  };
  const part = `--batch_x\nContent-Type: application/http\nContent-Transfer-Encoding: binary\n\nGET ${sharePoint.siteUrl}/_api/web HTTP/1.1\nAccept: application/json\n\n${' '.repeat(1_100_000)}\n`;
  const response = await fetch(`${sharePoint.siteUrl}/_api/$batch`, {
    method: 'POST',
    headers: { ...AS_EDITOR, Accept: 'application/json', 'Content-Type': 'multipart/mixed; boundary=batch_x', 'X-RequestDigest': FormDigestValue },
    body: `${part}--batch_x--\n`,
  });
  expect(response.status).toBe(413);
  expect(((await response.json()) as { 'odata.error': { message: { value: string } } })['odata.error'].message.value).toMatch(
    /a maximum of 1048576 bytes is allowed/
  );
});
