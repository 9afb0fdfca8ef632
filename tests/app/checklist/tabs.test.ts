/**
 * Two (or three) tabs of one person in one browser: one tab polls each checklist and sends the person's
 * queued ticks, the others hand it their ticks and show its results; when it closes another takes over.
 * Counted at the (fake) server: nothing is sent twice, nothing is lost.
 */
import { memoryStorage } from '../../../src/app';
import type { ChecklistSession } from '../../../src/app';
import { tabShareName } from '../../../src/app/checklist/tabShare';
import { TickQueue } from '../../../src/app/checklist/tickQueue';
import { browser, CountingServer, ManualTime, MEMBER, openTab, PERIOD, PLAN, UNIT } from './liveHarness';

const COLLEAGUE = { id: 30, name: 'Maja Medlem' };

function done(session: ChecklistSession, itemId: number): boolean | undefined {
  return session.getSnapshot().view?.ticks.find((tick) => tick.itemId === itemId)?.done;
}

/** A colleague ticks `itemId` in their own browser; then `ms` pass. Which tabs polled meanwhile, and how often. */
async function pollsWhileColleagueTicks(server: CountingServer, time: ManualTime, itemId: number, ms: number): Promise<{ count: number; tabs: Set<string> }> {
  const before = server.requests.length;
  server.store.tickAs(COLLEAGUE, itemId, true);
  await time.advance(ms);
  const polls = server.requests.slice(before).filter((r) => r.operation === 'changes');
  return { count: polls.length, tabs: new Set(polls.map((r) => r.tab)) };
}

async function twoTabs() {
  const time = new ManualTime();
  const server = new CountingServer(time);
  const shared = browser();
  const a = openTab('A', server, time, shared);
  const b = openTab('B', server, time, shared);
  const sessionA = a.app.openChecklist(UNIT.id, PLAN.id, PERIOD);
  sessionA.setMeetingMode(true);
  await time.advance(50);
  const sessionB = b.app.openChecklist(UNIT.id, PLAN.id, PERIOD);
  sessionB.setMeetingMode(true);
  await time.advance(50);
  return { server, time, shared, a, b, sessionA, sessionB };
}

describe('several tabs of one person', () => {
  it('run one poller: only the first tab asks for changes, and the other shows what it finds', async () => {
    const { server, time, sessionA, sessionB } = await twoTabs();
    expect(sessionB.getSnapshot().status).toBe('ready');
    const polls = await pollsWhileColleagueTicks(server, time, 101, 30_000);
    expect(polls.count).toBeGreaterThan(20);
    expect(polls.tabs).toEqual(new Set(['A']));
    expect(done(sessionA, 101)).toBe(true);
    expect(done(sessionB, 101)).toBe(true);
    sessionA.close();
    sessionB.close();
  });

  it('send the ticks of every tab from one tab, each intent once, and all tabs show them confirmed', async () => {
    const { server, time, sessionA, sessionB } = await twoTabs();
    sessionB.setDone(101, true);
    sessionB.setDone(102, true);
    sessionA.setDone(103, true);
    sessionB.setDone(101, false);
    await time.advance(3000);
    const writes = server.requests.filter((r) => r.operation === 'write');
    expect(new Set(writes.map((r) => r.tab))).toEqual(new Set(['A']));
    const sent = writes.map((r) => JSON.stringify(r.intent));
    expect(new Set(sent).size).toBe(sent.length);
    expect(server.store.stored(101)?.done).toBe(false);
    expect(server.store.stored(102)?.done).toBe(true);
    expect(server.store.stored(103)?.done).toBe(true);
    for (const session of [sessionA, sessionB]) {
      expect(session.getSnapshot().pendingItemIds.size).toBe(0);
      expect([done(session, 101), done(session, 102), done(session, 103)]).toEqual([false, true, true]);
    }
    sessionA.close();
    sessionB.close();
  });

  it('poll at the pace the most demanding tab needs: a meeting in B while A is not in meeting mode', async () => {
    const { server, time, sessionA, sessionB } = await twoTabs();
    sessionA.setMeetingMode(false);
    await time.advance(15_000);
    const polls = server.count('changes');
    await time.advance(20_000);
    // B is in meeting mode: about once a second (not A's once in 5 s).
    expect(server.count('changes') - polls).toBeGreaterThanOrEqual(16);
    sessionB.setMeetingMode(false);
    await time.advance(6000);
    const slower = server.count('changes');
    await time.advance(60_000);
    expect(server.count('changes') - slower).toBeLessThanOrEqual(12);
    sessionA.close();
    sessionB.close();
  });

  it('hand polling to a tab that shows the checklist when the polling tab is hidden', async () => {
    const { server, time, a, sessionA, sessionB } = await twoTabs();
    a.visibility.set(false);
    await time.advance(100);
    const polls = await pollsWhileColleagueTicks(server, time, 104, 5000);
    expect(polls.count).toBeGreaterThanOrEqual(3);
    expect(polls.tabs).toEqual(new Set(['B']));
    expect(done(sessionB, 104)).toBe(true);
    expect(done(sessionA, 104)).toBe(true);
    sessionA.close();
    sessionB.close();
  });

  it('take over when the polling and sending tab closes mid-send: nothing is lost, the other tab sends it once', async () => {
    const { server, time, a, sessionA, sessionB } = await twoTabs();
    server.store.hold = true;
    sessionB.setDone(102, true);
    await time.advance(500);
    expect(server.requests.filter((r) => r.operation === 'write').map((r) => r.tab)).toEqual(['A']);
    // A closes while its write has no answer (the browser lets go of A's locks).
    sessionA.close();
    a.ports?.close();
    server.store.hold = false;
    await time.advance(3000);
    const writes = server.requests.filter((r) => r.operation === 'write');
    expect(writes.map((r) => r.tab)).toEqual(['A', 'B']);
    expect(server.store.stored(102)?.done).toBe(true);
    expect(sessionB.getSnapshot().pendingItemIds.size).toBe(0);
    // B polls now, and no one else.
    expect((await pollsWhileColleagueTicks(server, time, 103, 3000)).tabs).toEqual(new Set(['B']));
    expect(done(sessionB, 103)).toBe(true);
    server.store.release();
    sessionB.close();
  });

  it('show no tab as still sending once the sending tab closed mid-send, with three tabs open', async () => {
    const { server, time, shared, a, sessionA, sessionB } = await twoTabs();
    const c = openTab('C', server, time, shared);
    const sessionC = c.app.openChecklist(UNIT.id, PLAN.id, PERIOD);
    await time.advance(100);
    server.store.hold = true;
    sessionC.setDone(103, true);
    await time.advance(200);
    expect(sessionC.getSnapshot().connection).toBe('syncing');
    sessionA.close();
    a.ports?.close();
    server.store.hold = false;
    await time.advance(3000);
    expect(server.store.stored(103)?.done).toBe(true);
    for (const session of [sessionB, sessionC]) {
      expect(session.getSnapshot().pendingItemIds.size).toBe(0);
      expect(session.getSnapshot().connection).toBe('online');
    }
    server.store.release();
    sessionB.close();
    sessionC.close();
  });

  it('do not send a late copy of a stored intent again, nor an older intent that arrives after a newer one', async () => {
    const { server, time, shared, sessionA, sessionB } = await twoTabs();
    sessionB.setDone(101, true);
    await time.advance(2000);
    const stored = server.requests.find((r) => r.operation === 'write')?.intent;
    expect(stored).toBeDefined();
    // Messages that reach the sending tab late (a busy tab, a tab that handed them over before it closed).
    const late = shared.browser.openTab().channel(tabShareName('https://example.org/sites/mr', MEMBER.id));
    late.post({ kind: 'intent', intent: stored });
    late.post({ kind: 'intent', intent: { ...stored, done: false, at: new Date(Date.parse(stored!.at) - 1000).toISOString() } });
    await time.advance(3000);
    expect(server.count('write')).toBe(1);
    expect(server.store.stored(101)?.done).toBe(true);
    expect([done(sessionA, 101), done(sessionB, 101)]).toEqual([true, true]);
    sessionA.close();
    sessionB.close();
  });

  it('hand the sending tab the row as the ticking tab saw it, so that it writes with the etag and reads nothing first', async () => {
    const time = new ManualTime();
    const server = new CountingServer(time);
    const shared = browser();
    server.store.tickAs(COLLEAGUE, 101, true);
    // A sends for the person but shows no checklist (it knows no rows); B shows the checklist.
    const sender = new TickQueue(server.repositoryFor('A'), async () => MEMBER, shared.storage, 'https://example.org/sites/mr', shared.browser.openTab(), time);
    await sender.start();
    await time.advance(10);
    const b = openTab('B', server, time, shared);
    const session = b.app.openChecklist(UNIT.id, PLAN.id, PERIOD);
    await time.advance(100);
    session.setDone(101, false);
    await time.advance(1000);
    const writes = server.requests.filter((r) => r.operation === 'write');
    expect(writes.map((r) => r.tab)).toEqual(['A']);
    expect(writes[0].known).toMatchObject({ itemId: 101, done: true, id: server.store.stored(101)?.id });
    expect(done(session, 101)).toBe(false);
    expect(session.getSnapshot().pendingItemIds.size).toBe(0);
    session.close();
  });

  it('never poll from a view that closed while the tab was still learning who the person is (a warm start remounts it)', async () => {
    const { server, time, shared, sessionA, sessionB } = await twoTabs();
    let answer: (person: typeof MEMBER) => void = () => undefined;
    const person = new Promise<typeof MEMBER>((resolve) => (answer = resolve));
    const c = openTab('C', server, time, shared, () => 0.5, () => person);
    const cached = await server.store.loadUnitPlanView(UNIT.id);
    const fromCache = c.app.openChecklist(UNIT.id, PLAN.id, PERIOD, { initialView: cached });
    await time.advance(0);
    expect(fromCache.getSnapshot().status).toBe('ready');
    fromCache.close();
    const fresh = c.app.openChecklist(UNIT.id, PLAN.id, PERIOD, { initialView: cached });
    answer(MEMBER);
    await time.advance(30_000);
    expect(server.count('changes', 'C')).toBe(0);
    expect(server.count('changes', 'A')).toBeGreaterThan(20);
    expect(fresh.getSnapshot().status).toBe('ready');
    for (const session of [fresh, sessionA, sessionB]) session.close();
  });

  it('work alone, as before, where the browser shares nothing between tabs', async () => {
    const time = new ManualTime();
    const server = new CountingServer(time);
    const storage = memoryStorage();
    const a = openTab('A', server, time, { storage });
    const b = openTab('B', server, time, { storage });
    const sessionA = a.app.openChecklist(UNIT.id, PLAN.id, PERIOD);
    const sessionB = b.app.openChecklist(UNIT.id, PLAN.id, PERIOD);
    sessionB.setDone(101, true);
    await time.advance(12_000);
    expect(server.count('changes', 'A')).toBeGreaterThan(0);
    expect(server.count('changes', 'B')).toBeGreaterThan(0);
    expect(server.store.stored(101)?.done).toBe(true);
    expect(done(sessionA, 101)).toBe(true);
    sessionA.close();
    sessionB.close();
  });
});
