/**
 * Change tracking: a list's CurrentChangeToken and getChanges with ChangeTokenStart, returning item
 * adds, updates and deletes since the token, so a client can cheaply ask what changed.
 */
import type { SPFI } from '@pnp/sp';
import type { LocalSharePoint } from '../../local/server/index.ts';
import { errorOf, spAs, startInMemory } from './sharePointClient.ts';

let sharePoint: LocalSharePoint;
let sp: SPFI;

beforeAll(async () => {
  sharePoint = await startInMemory();
  sp = spAs(sharePoint);
  await sp.web.lists.add('Händelser');
});

afterAll(() => sharePoint.close());

const ALL_ITEM_CHANGES = { Add: true, Update: true, DeleteObject: true, Item: true };

interface Change {
  ChangeType: number;
  ItemId: number;
  ChangeToken: { StringValue: string };
}

test('getChanges returns what changed after a token, and the last change token moves on', async () => {
  const list = sp.web.lists.getByTitle('Händelser');
  const { Id: listId, CurrentChangeToken: start } = await list.select('Id', 'CurrentChangeToken')();
  expect(start.StringValue).toMatch(new RegExp(`^1;3;${listId};\\d+;\\d+$`));

  const first = await list.items.add({ Title: 'Ett' });
  const second = await list.items.add({ Title: 'Två' });
  await list.items.getById(first.Id).update({ Title: 'Ett, ändrad' });
  await list.items.getById(second.Id).delete();

  const changes: Change[] = await list.getChanges({ ...ALL_ITEM_CHANGES, ChangeTokenStart: start });
  expect(changes.map((change) => [change.ChangeType, change.ItemId])).toEqual([
    [1, first.Id],
    [1, second.Id],
    [2, first.Id],
    [3, second.Id],
  ]);

  const resume = changes[changes.length - 1].ChangeToken;
  await list.items.add({ Title: 'Tre' });
  const later: Change[] = await list.getChanges({ ...ALL_ITEM_CHANGES, ChangeTokenStart: resume });
  expect(later.map((change) => change.ChangeType)).toEqual([1]);

  const { CurrentChangeToken: now } = await list.select('CurrentChangeToken')();
  expect(await list.getChanges({ ...ALL_ITEM_CHANGES, ChangeTokenStart: now })).toEqual([]);
});

test('the query selects the kinds of change', async () => {
  const list = sp.web.lists.getByTitle('Händelser');
  const { CurrentChangeToken: start } = await list.select('CurrentChangeToken')();
  const added = await list.items.add({ Title: 'Fyra' });
  await list.items.getById(added.Id).update({ Title: 'Fyra, ändrad' });
  const updates: Change[] = await list.getChanges({ Update: true, Item: true, ChangeTokenStart: start });
  expect(updates.map((change) => change.ChangeType)).toEqual([2]);
});

test('a token for another list is refused', async () => {
  await sp.web.lists.add('Annan');
  const { CurrentChangeToken: other } = await sp.web.lists.getByTitle('Annan').select('CurrentChangeToken')();
  const call = sp.web.lists.getByTitle('Händelser').getChanges({ ...ALL_ITEM_CHANGES, ChangeTokenStart: other });
  expect((await errorOf(call)).status).toBe(400);
});
