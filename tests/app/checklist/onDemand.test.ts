/**
 * The checklists' live sync is not in the app's first script: it loads when a checklist opens. Counted
 * at the (fake) server: a tick made before it loaded, or while its fetch failed, reaches SharePoint once,
 * and ticks a previous visit left in browser storage are sent when a checklist opens.
 */

/** How often the live sync's module was loaded (jest's module registry stands in for the bundler's chunk). */
const mockSyncLoads = { count: 0 };
jest.mock('../../../src/app/checklist/checklistSync', () => {
  mockSyncLoads.count += 1;
  return jest.requireActual('../../../src/app/checklist/checklistSync');
});

import { memoryStorage, UnreachableError } from '../../../src/app';
import type { ChecklistSession } from '../../../src/app';
import { loadChecklistSync } from '../../../src/app/checklist/loadChecklistSync';
import { OnDemandChecklistSession, OpenLiveChecklist } from '../../../src/app/checklist/OnDemandChecklistSession';
import { pendingTicksKey } from '../../../src/app/checklist/pendingTicks';
import { fakeRepositories } from '../../ui/fakes';
import { browser, CountingServer, ManualTime, MEMBER, openTab, PERIOD, PLAN, UNIT } from './liveHarness';

const SITE = 'https://example.org/sites/mr';

function done(session: ChecklistSession, itemId: number): boolean | undefined {
  return session.getSnapshot().view?.ticks.find((tick) => tick.itemId === itemId)?.done;
}

/** A session whose live sync arrives when the test says (or fails to). */
function heldSession(server: CountingServer, time: ManualTime) {
  const fetches: { resolve: (open: OpenLiveChecklist) => void; reject: (error: unknown) => void }[] = [];
  const openLive = (): Promise<OpenLiveChecklist> => new Promise((resolve, reject) => fetches.push({ resolve, reject }));
  const session = new OnDemandChecklistSession(openLive, time, undefined, UNIT.id, PLAN.id, PERIOD);
  const arrive = async (): Promise<void> => {
    const { startChecklistSync } = await loadChecklistSync();
    fetches[fetches.length - 1].resolve(
      startChecklistSync({ ...fakeRepositories(), checklist: server.repositoryFor('A') }, { storage: memoryStorage(), siteUrl: SITE, clock: time, timers: time, random: () => 0.5 })
    );
  };
  return { session, fetches, arrive };
}

describe('the live sync, loaded on demand', () => {
  it('loads with the first checklist that opens, once for the page (one tick queue), not with the app', async () => {
    const time = new ManualTime();
    const server = new CountingServer(time);
    const tab = openTab('A', server, time, { storage: memoryStorage() });
    await time.advance(1000);
    expect(mockSyncLoads.count).toBe(0);
    const first = tab.app.openChecklist(UNIT.id, PLAN.id, PERIOD);
    expect(first.getSnapshot().status).toBe('loading');
    await time.advance(100);
    expect(first.getSnapshot().status).toBe('ready');
    const second = tab.app.openChecklist(UNIT.id, PLAN.id, PERIOD);
    await time.advance(100);
    expect(second.getSnapshot().status).toBe('ready');
    expect(mockSyncLoads.count).toBe(1);
    // One tick queue for both: each tick is sent once.
    first.setDone(101, true);
    second.setDone(102, true);
    await time.advance(2000);
    expect(server.requests.filter((r) => r.operation === 'write').map((r) => r.intent?.itemId)).toEqual([101, 102]);
    first.close();
    second.close();
  });

  it('sends a tick made before the sync arrived once it has, once, with the time it was made', async () => {
    const time = new ManualTime();
    const server = new CountingServer(time);
    const { session, arrive } = heldSession(server, time);
    const tickedAt = time.now().toISOString();
    session.setDone(101, true);
    session.setMeetingMode(true);
    await time.advance(5000);
    expect(server.requests).toEqual([]);
    expect(session.getSnapshot()).toMatchObject({ status: 'loading', connection: 'syncing' });
    expect([...session.getSnapshot().pendingItemIds]).toEqual([101]);
    await arrive();
    await time.advance(2000);
    const writes = server.requests.filter((r) => r.operation === 'write');
    expect(writes.map((r) => r.intent)).toEqual([expect.objectContaining({ itemId: 101, done: true, at: tickedAt })]);
    expect(server.store.stored(101)?.done).toBe(true);
    expect(done(session, 101)).toBe(true);
    expect(session.getSnapshot().pendingItemIds.size).toBe(0);
    // Meeting mode, set while it loaded, holds: about a poll a second.
    const polls = server.count('changes');
    await time.advance(10_000);
    expect(server.count('changes') - polls).toBeGreaterThanOrEqual(9);
    session.close();
  });

  it('shows a failed fetch as a failed load, keeps the ticks made meanwhile, and fetches again on "Try again"', async () => {
    const time = new ManualTime();
    const server = new CountingServer(time);
    const { session, fetches, arrive } = heldSession(server, time);
    session.setDone(102, true);
    fetches[0].reject(new UnreachableError('Loading chunk mr-checklist-sync failed'));
    await time.advance(100);
    expect(session.getSnapshot()).toMatchObject({ status: 'failed', connection: 'offline', lastError: 'unreachable' });
    session.setDone(103, true);
    expect([...session.getSnapshot().pendingItemIds].sort()).toEqual([102, 103]);
    session.retryNow();
    expect(fetches).toHaveLength(2);
    expect(session.getSnapshot().status).toBe('loading');
    await arrive();
    await time.advance(2000);
    expect(server.requests.filter((r) => r.operation === 'write').map((r) => r.intent?.itemId)).toEqual([102, 103]);
    expect([done(session, 102), done(session, 103)]).toEqual([true, true]);
    session.close();
  });

  it('asks SharePoint nothing for a checklist closed before its sync arrived', async () => {
    const time = new ManualTime();
    const server = new CountingServer(time);
    const { session, arrive } = heldSession(server, time);
    session.close();
    await arrive();
    await time.advance(10_000);
    expect(server.requests).toEqual([]);
  });

  it('sends the ticks a previous visit left in browser storage when a checklist opens', async () => {
    const time = new ManualTime();
    const server = new CountingServer(time);
    const shared = browser();
    const left = { unitId: UNIT.id, itemId: 104, planId: PLAN.id, period: PERIOD, done: true, at: '2026-05-04T08:00:00.000Z' };
    shared.storage.setItem(pendingTicksKey(SITE, MEMBER.id), JSON.stringify([left]));
    const tab = openTab('A', server, time, shared);
    const session = tab.app.openChecklist(UNIT.id, PLAN.id, PERIOD);
    await time.advance(2000);
    expect(server.requests.filter((r) => r.operation === 'write').map((r) => r.intent)).toEqual([left]);
    expect(done(session, 104)).toBe(true);
    expect(shared.storage.getItem(pendingTicksKey(SITE, MEMBER.id))).toBeNull();
    session.close();
  });

  it('shares one tick queue between the tabs: a tick made in the second tab before its sync loaded is sent once, by the first', async () => {
    const time = new ManualTime();
    const server = new CountingServer(time);
    const shared = browser();
    const [a, b] = ['A', 'B'].map((name) => openTab(name, server, time, shared));
    const sessionA = a.app.openChecklist(UNIT.id, PLAN.id, PERIOD);
    await time.advance(100);
    const sessionB = b.app.openChecklist(UNIT.id, PLAN.id, PERIOD);
    sessionB.setDone(101, true);
    expect(sessionB.getSnapshot().status).toBe('loading');
    await time.advance(3000);
    expect(server.requests.filter((r) => r.operation === 'write').map((r) => r.tab)).toEqual(['A']);
    expect([done(sessionA, 101), done(sessionB, 101)]).toEqual([true, true]);
    sessionA.close();
    sessionB.close();
  });
});
