/**
 * Separate instances and start-up: each page build lands in a content-addressed folder that is never changed
 * afterwards (two `npm start`s never rebuild a page under each other), and old builds are pruned; `/` says the app is starting, and checks
 * again, until set-up is done; `--host` makes the server answer that name too, with a warning.
 */
import { spawnSync } from 'node:child_process';
import { get } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { servePageWhenReady, serveStaticFiles } from '../../local/staticFiles.ts';
import { startInMemory, startServerProcess } from './sharePointClient.ts';

function buildTwiceAtOnce(): string[] {
  const script = "const m = await import('./tools/build-local-page.mjs'); console.log(JSON.stringify(await Promise.all([m.buildLocalPage(), m.buildLocalPage()])));";
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as string[];
}

function snapshot(folder: string): Record<string, number> {
  return Object.fromEntries(readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((name) => [name, statSync(join(folder, name)).mtimeMs]));
}

test('page builds are content-addressed: concurrent builds share one folder, and a later build leaves it untouched', () => {
  const [first, second] = buildTwiceAtOnce();
  expect(second).toBe(first);
  expect(first).toMatch(/[\\/]\.local[\\/]page[\\/][0-9a-f]{16}$/);
  const before = snapshot(first);
  expect(Object.keys(before)).toEqual(expect.arrayContaining(['index.html', 'index.js']));
  const [again] = buildTwiceAtOnce();
  expect(again).toBe(first);
  expect(snapshot(first)).toEqual(before);
  expect(readdirSync(join(first, '..')).filter((name) => name.startsWith('.building-'))).toEqual([]);
});

test('old page builds are removed once unused for an hour, beyond the three newest; a recent one is kept', () => {
  const pages = join(__dirname, '../../.local/page');
  const plant = (name: string, hoursAgo: number): string => {
    const folder = join(pages, name);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'index.html'), '<!doctype html>');
    const when = new Date(Date.now() - hoursAgo * 60 * 60 * 1000);
    utimesSync(folder, when, when);
    return folder;
  };
  const recent = plant('0000000000000001', 0.05);
  const stale = [plant('0000000000000002', 2), plant('0000000000000003', 3), plant('0000000000000004', 4), plant('0000000000000005', 5)];
  try {
    const [current] = buildTwiceAtOnce();
    expect(existsSync(current)).toBe(true);
    expect(existsSync(recent)).toBe(true);
    // Newer than these two: the recent one and the 2- and 3-hour-old ones (and any real build), so they go.
    expect(stale.slice(2).map(existsSync)).toEqual([false, false]);
  } finally {
    for (const folder of [recent, ...stale]) rmSync(folder, { recursive: true, force: true });
  }
});

test('until set-up is done, / answers a starting page that checks again; then the app', async () => {
  const pageRoot = mkdtempSync(join(tmpdir(), 'mr-page-'));
  writeFileSync(join(pageRoot, 'index.html'), '<!doctype html><title>MR-programmet</title>');
  writeFileSync(join(pageRoot, 'index.js'), 'export {};');
  let ready = false;
  const sharePoint = await startInMemory({ staticRoutes: servePageWhenReady(serveStaticFiles(pageRoot), () => ready) });
  try {
    const starting = await fetch(`${sharePoint.url}/`);
    expect(starting.status).toBe(503);
    expect(starting.headers.get('retry-after')).toBe('1');
    const html = await starting.text();
    expect(html).toContain('<meta http-equiv="refresh" content="1">');
    expect(html).toContain('Startar MR-programmet…');
    expect((await fetch(`${sharePoint.url}/index.js`)).status).toBe(200);
    ready = true;
    const page = await fetch(`${sharePoint.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>MR-programmet</title>');
  } finally {
    await sharePoint.close();
    rmSync(pageRoot, { recursive: true, force: true });
  }
});

test('--host makes the server answer that name too, and warns who can reach it', async () => {
  const server = await startServerProcess(['--port', '0', '--memory', '--host', '0.0.0.0']);
  const { port } = server;
  try {
    // stderr and stdout are separate pipes: the warning, written first, may be read after the address.
    for (let wait = 0; wait < 500 && !server.stderr().includes('Warning'); wait += 1) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(server.stderr()).toMatch(/Warning: the local SharePoint listens on 0\.0\.0\.0:\d+\. Anyone who can reach that address/);
    // fetch always sends the URL's host, so the Host header is set through node:http.
    const statusAsHost = (host: string): Promise<number | undefined> =>
      new Promise((resolve, reject) => {
        get({ host: '127.0.0.1', port, path: '/sites/mr/_api/web', headers: { Accept: 'application/json', 'X-MR-Local-User': 'reader', Host: host } }, (res) => {
          res.resume();
          resolve(res.statusCode);
        }).on('error', reject);
      });
    expect(await statusAsHost(`0.0.0.0:${port}`)).toBe(200);
    expect(await statusAsHost(`localhost:${port}`)).toBe(200);
    expect(await statusAsHost(`other.example:${port}`)).toBe(421);
  } finally {
    await server.stop();
  }
});
