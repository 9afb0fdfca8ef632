/**
 * The local SharePoint left running on a laptop: a page on another origin (another port on localhost, the
 * same site as far as cookies go) opened in the same browser, right after the editor used the local page,
 * tries the admin endpoints and a write with fetch(…, { mode: 'no-cors' }). The requests leave the browser,
 * and nothing changes: no planted update, no latency, the update list as it was. The local page itself
 * (its own user cookie and views) keeps working.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { browserSuite, openPerson, serverClient } from './harness';

const suite = browserSuite();
let attacker: Server;
let attackerUrl: string;

/** What the other origin's page runs against the local SharePoint at `target`; returns how each attempt ended. */
function attackScript(target: string): string {
  return `
    (async () => {
      const results = {};
      const attempt = async (name, url, init) => {
        try {
          const response = await fetch(url, init);
          results[name] = response.type === 'opaque' ? 'sent (opaque)' : 'read ' + response.status;
        } catch (error) {
          results[name] = 'blocked: ' + error.message;
        }
      };
      const planted = { list: 'MrUpdates', rows: [{ Title: 'Planted by another origin' }] };
      await attempt('fixtures', '${target}/_local/fixtures', { method: 'POST', mode: 'no-cors', body: JSON.stringify(planted) });
      await attempt('faults', '${target}/_local/faults', { method: 'POST', mode: 'no-cors', body: JSON.stringify({ latencyMs: 3000 }) });
      await attempt('statsRead', '${target}/_local/stats', { mode: 'cors' });
      await attempt('contextinfo', '${target}/sites/mr/_api/contextinfo', { method: 'POST', mode: 'no-cors', credentials: 'include' });
      await attempt('write', "${target}/sites/mr/_api/web/lists/getByTitle('MrUpdates')/items", {
        method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'Content-Type': 'text/plain' },
        body: JSON.stringify({ Title: 'Planted by another origin' })
      });
      window.attackResults = results;
    })();
  `;
}

beforeAll(async () => {
  attacker = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html><body><h1>Another site</h1><script>${attackScript(suite.app.url)}</script></body></html>`);
  });
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  attackerUrl = `http://localhost:${(attacker.address() as AddressInfo).port}/`;
});

afterAll(() => new Promise<void>((resolve) => attacker.close(() => resolve())));

async function updateTitles(): Promise<string[]> {
  const rows = await serverClient(suite.app).sp.web.lists.getByTitle('MrUpdates').items.select('Title').top(5000)();
  return rows.map((row: { Title: string }) => row.Title).sort();
}

test('a page on another origin cannot use the admin endpoints or write, even with the editor’s cookie in the browser', async () => {
  const before = await updateTitles();
  const person = await openPerson(suite.browser, suite.app.url, { host: 'sharepoint', theme: 'site', user: 'editor', lang: 'sv' });
  try {
    await person.open();
    const cookies = await person.context.cookies(suite.app.url);
    expect(cookies.find((cookie) => cookie.name === 'mrLocalUser')?.value).toBe('editor');

    const other = await person.context.newPage();
    await other.goto(attackerUrl);
    await other.waitForFunction(() => (window as unknown as { attackResults?: unknown }).attackResults !== undefined);
    const results = await other.evaluate(() => (window as unknown as { attackResults: Record<string, string> }).attackResults);
    // The no-cors requests did leave the browser (opaque answers); the CORS read was blocked.
    expect(results).toMatchObject({ fixtures: 'sent (opaque)', faults: 'sent (opaque)', contextinfo: 'sent (opaque)', write: 'sent (opaque)' });
    expect(results.statsRead).toMatch(/^blocked/);

    expect(suite.app.sharePoint.faults().latencyMs).toBe(0);
    expect(await updateTitles()).toEqual(before);
    expect(before).not.toContain('Planted by another origin');

    // The local page's own controls still work: it opens again as the editor, and as another user.
    await person.open();
    const member = await openPerson(suite.browser, suite.app.url, { host: 'sharepoint', theme: 'site', user: 'member', lang: 'sv' });
    await member.open();
    expect((await member.context.cookies(suite.app.url)).find((cookie) => cookie.name === 'mrLocalUser')?.value).toBe('member');
    await member.close();
  } finally {
    await person.close();
  }
});
