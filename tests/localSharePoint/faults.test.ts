/**
 * Injected faults as PnPjs sees them. BrowserFetchWithRetry makes three attempts, waiting Retry-After
 * seconds after a 429 or 503, and retrying at once after a dropped connection.
 */
import type { SPFI } from '@pnp/sp';
import type { LocalSharePoint } from '../../local/server/index.ts';
import { adminHeaders, spAs, startInMemory } from './sharePointClient.ts';

let sharePoint: LocalSharePoint;
let sp: SPFI;

beforeAll(async () => {
  sharePoint = await startInMemory();
  sp = spAs(sharePoint);
  await sp.web.lists.add('Loggar');
});

beforeEach(() => sharePoint.resetStats());

afterEach(() => {
  sharePoint.setFaults({ failRate: 0, latencyMs: 0, dropAfterCommitRate: 0, failNext: [], refusalKinds: ['throttle', 'unavailable', 'drop'] });
});

afterAll(() => sharePoint.close());

test('after a 429 with Retry-After PnPjs waits as told, then succeeds', async () => {
  sharePoint.setFaults({ retryAfterSeconds: 1, failNext: ['throttle'] });
  const started = Date.now();
  const web = await sp.web.select('Title')();
  expect(web.Title).toBe('MR-programmet');
  expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  expect(sharePoint.stats()).toMatchObject({ total: 2, faults: { throttle: 1 } });
});

test('when every attempt gets 503 the caller gets a clear error once retries are spent', async () => {
  sharePoint.setFaults({ failRate: 1, refusalKinds: ['unavailable'], retryAfterSeconds: 0 });
  await expect(sp.web.lists.getByTitle('Loggar').items()).rejects.toMatchObject({
    status: 503,
    message: expect.stringContaining('Retry count exceeded (3)'),
  });
  expect(sharePoint.stats().faults.unavailable).toBe(3);
});

test('dropped connections end in the network error once retries are spent', async () => {
  sharePoint.setFaults({ failRate: 1, refusalKinds: ['drop'] });
  await expect(sp.web.lists.getByTitle('Loggar').items()).rejects.toThrow('fetch failed');
  expect(sharePoint.stats().faults.drop).toBe(3);
});

test('a refused write changes nothing', async () => {
  await sp.web.lists.getByTitle('Loggar').items.add({ Title: 'Förbered digest' });
  sharePoint.setFaults({ failRate: 1, refusalKinds: ['throttle'], retryAfterSeconds: 0 });
  await expect(sp.web.lists.getByTitle('Loggar').items.add({ Title: 'Aldrig' })).rejects.toMatchObject({ status: 429 });
  sharePoint.setFaults({ failRate: 0 });
  const titles = (await sp.web.lists.getByTitle('Loggar').items.select('Title')()).map((item: { Title: string }) => item.Title);
  expect(titles).not.toContain('Aldrig');
});

test('a connection dropped after the write committed: the write happened, and the retry writes again', async () => {
  const list = sp.web.lists.getByTitle('Loggar');
  await list.items.add({ Title: 'Förbered digest' });
  sharePoint.setFaults({ failNext: ['dropAfterCommit'] });
  await list.items.add({ Title: 'Exakt en gång?' });
  const copies = await list.items.filter("Title eq 'Exakt en gång?'")();
  expect(copies).toHaveLength(2);
  expect(sharePoint.stats().faults.dropAfterCommit).toBe(1);
});

test('the admin endpoint changes faults while running and reports counters', async () => {
  const admin = (path: string, body?: unknown): Promise<Response> =>
    fetch(`${sharePoint.url}/_local/${path}`, body === undefined ? { headers: adminHeaders(sharePoint) } : { method: 'POST', headers: adminHeaders(sharePoint), body: JSON.stringify(body) });
  const updated = (await (await admin('faults', { latencyMs: 150 })).json()) as { latencyMs: number };
  expect(updated.latencyMs).toBe(150);
  const started = Date.now();
  await sp.web.select('Title')();
  expect(Date.now() - started).toBeGreaterThanOrEqual(150);

  expect((await admin('faults', { failRate: 2 })).status).toBe(400);
  const stats = (await (await admin('stats')).json()) as { total: number; byPath: Record<string, number> };
  expect(stats.byPath['/sites/mr/_api/web']).toBe(1);
  await admin('stats/reset', {});
  expect(((await (await admin('stats')).json()) as { total: number }).total).toBe(0);
  const users = (await (await admin('users')).json()) as { key: string; alias?: string; title: string; siteRole: string }[];
  expect(users.length).toBe(12);
  expect(users.slice(0, 3)).toEqual([
    expect.objectContaining({ key: 'eva.redaktor', alias: 'editor', title: 'Eva Redaktör', siteRole: 'siteAdmin' }),
    expect.objectContaining({ key: 'maja.medlem', alias: 'member', title: 'Maja Medlem', siteRole: 'staff' }),
    expect.objectContaining({ key: 'lars.lasare', alias: 'reader', title: 'Lars Läsare', siteRole: 'staff' }),
  ]);
});
