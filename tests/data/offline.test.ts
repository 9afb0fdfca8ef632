import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalSharePoint } from '../../local/server/index.ts';
import type { LocalSharePoint } from '../../local/server/index.ts';
import { ChecklistSession, memoryStorage } from '../../src/app';
import { clientFor, eventually } from './localSite';
import { DemoSite, startDemoSite } from './demoSite';

const PERIOD = 2025;
const OPTIONS = { cadence: { meetingMs: 200, visibleMs: 200, hiddenMs: 200 }, retryDelayMs: 100, maxRetryDelayMs: 300 };
const folder = mkdtempSync(join(tmpdir(), 'mr-offline-'));
const dataFile = join(folder, 'mr.sqlite');
let demo: DemoSite;
let restarted: LocalSharePoint | undefined;
const sessions: ChecklistSession[] = [];

beforeAll(async () => {
  demo = await startDemoSite({ memory: false, dataFile });
});

afterAll(async () => {
  for (const session of sessions) session.close();
  await restarted?.close();
  rmSync(folder, { recursive: true, force: true });
});

it('applies ticks made while SharePoint is down once it is back, also after the page was reloaded', async () => {
  const storage = memoryStorage();
  const { siteUrl, port } = demo.site;
  const before = clientFor(siteUrl, 'member', { storage });
  const open = before.repos.openChecklist(demo.teamId, demo.planId, PERIOD, OPTIONS);
  sessions.push(open);
  await eventually(() => open.getSnapshot().status === 'ready', 'the checklist to load');

  await demo.site.close();
  open.setDone(demo.itemIds[0], true);
  open.setDone(demo.itemIds[1], true, 'Tas upp igen i juni');
  await eventually(() => open.getSnapshot().connection === 'offline', 'the checklist to notice it is offline');
  const offline = open.getSnapshot();
  expect([...offline.pendingItemIds].sort()).toEqual([demo.itemIds[0], demo.itemIds[1]].sort());
  expect(offline.view?.ticks.filter((t) => t.done).map((t) => t.itemId).sort()).toEqual([demo.itemIds[0], demo.itemIds[1]].sort());
  expect(offline.lastError).toBe('unreachable');

  // The page is reloaded while SharePoint is still down: only browser storage remembers the ticks.
  open.close();
  const after = clientFor(siteUrl, 'member', { storage });
  const reopened = after.repos.openChecklist(demo.teamId, demo.planId, PERIOD, OPTIONS);
  sessions.push(reopened);
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(reopened.getSnapshot().status).toBe('failed');

  restarted = await startLocalSharePoint({ port, dataFile });
  await eventually(() => reopened.getSnapshot().status === 'ready' && reopened.getSnapshot().pendingItemIds.size === 0, 'the queued ticks to land');
  expect(reopened.getSnapshot().connection).toBe('online');

  const { repos } = clientFor(siteUrl, 'editor');
  const stored = (await repos.checklist.loadUnitPlanView(demo.teamId, demo.planId, PERIOD)).value.ticks;
  expect(stored.map((t) => [t.itemId, t.done, t.comment]).sort()).toEqual(
    [
      [demo.itemIds[0], true, ''],
      [demo.itemIds[1], true, 'Tas upp igen i juni']
    ].sort()
  );
  expect(stored.every((t) => t.doneBy?.name === 'Maja Medlem')).toBe(true);
}, 60000);

it('says "offline" as soon as the device does, not "saving" while requests wait, and sends when it is back', async () => {
  const listeners = new Set<(online: boolean) => void>();
  let online = true;
  const network = {
    isOnline: () => online,
    onChange: (listener: (online: boolean) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }
  };
  const setOnline = (value: boolean): void => {
    online = value;
    for (const listener of listeners) listener(value);
  };
  const site = restarted ?? demo.site;
  const { repos } = clientFor(site.siteUrl, 'member', { storage: memoryStorage(), network });
  const open = repos.openChecklist(demo.teamId, demo.planId, PERIOD, OPTIONS);
  sessions.push(open);
  await eventually(() => open.getSnapshot().status === 'ready', 'the checklist to load');
  expect(open.getSnapshot().connection).toBe('online');

  setOnline(false);
  // Nothing has failed yet: the device's word alone makes it offline, and a tick made now waits, marked.
  expect(open.getSnapshot().connection).toBe('offline');
  open.setDone(demo.itemIds[2], true);
  expect(open.getSnapshot().connection).toBe('offline');
  expect(open.getSnapshot().pendingItemIds.has(demo.itemIds[2])).toBe(true);

  setOnline(true);
  await eventually(() => open.getSnapshot().pendingItemIds.size === 0 && open.getSnapshot().connection === 'online', 'the tick to land');
  const stored = (await clientFor(site.siteUrl, 'editor').repos.checklist.loadUnitPlanView(demo.teamId, demo.planId, PERIOD)).value.ticks;
  expect(stored.find((tick) => tick.itemId === demo.itemIds[2])?.done).toBe(true);
}, 60000);
