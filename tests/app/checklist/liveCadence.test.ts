/**
 * An open checklist's polling, counted at the (fake) server over minutes of manual time: the pace
 * follows meeting mode, idleness and the tab's visibility, and SharePoint's Retry-After.
 */
import { UnreachableError } from '../../../src/app';
import { CountingServer, ManualTime, MEMBER, openTab, PERIOD, PLAN, UNIT } from './liveHarness';
import { memoryStorage } from '../../../src/app';

const MINUTE = 60_000;

/** One tab with the checklist open and loaded, in meeting mode unless told otherwise; `random` draws the jitter. */
async function opened(random: () => number, meeting: boolean = true) {
  const time = new ManualTime();
  const server = new CountingServer(time);
  const tab = openTab('A', server, time, { storage: memoryStorage() }, random);
  const session = tab.app.openChecklist(UNIT.id, PLAN.id, PERIOD);
  session.setMeetingMode(meeting);
  await time.advance(100);
  expect(session.getSnapshot().status).toBe('ready');
  return { server, time, tab, session };
}

/** Polls (change-log requests) during the next `ms`. */
async function pollsDuring(server: CountingServer, time: ManualTime, ms: number): Promise<number> {
  const before = server.count('changes');
  await time.advance(ms);
  return server.count('changes') - before;
}

describe('live updates: how often an open checklist asks SharePoint', () => {
  it('polls about once a second in meeting mode while people tick, never more than 60 a minute', async () => {
    const { server, time, session } = await opened(() => 0);
    // Someone ticks now and then, so the meeting never turns idle.
    let polls = 0;
    for (let second = 0; second < 60; second += 20) {
      server.store.tickAs({ id: 30, name: 'Maja' }, 101, second % 40 === 0);
      polls += await pollsDuring(server, time, 20_000);
    }
    expect(polls).toBe(60);
    expect(session.getSnapshot().view?.ticks.find((t) => t.itemId === 101)?.done).toBe(true);
    session.close();
  });

  it('with jitter at its longest still polls more than 45 times a minute in a meeting', async () => {
    const { server, time, session } = await opened(() => 0.999);
    const polls = await pollsDuring(server, time, MINUTE);
    expect(polls).toBeGreaterThanOrEqual(45);
    expect(polls).toBeLessThanOrEqual(60);
    session.close();
  });

  it('keeps the pace however long SharePoint takes to answer, and never starts two polls closer than a second', async () => {
    const { server, time, session } = await opened(() => 0);
    server.pollAnswerMs = 300;
    const from = time.now().getTime();
    await time.advance(MINUTE);
    const starts = server.requests.filter((r) => r.operation === 'changes' && r.at >= from).map((r) => r.at);
    expect(starts.length).toBeGreaterThanOrEqual(58);
    for (let n = 1; n < starts.length; n++) expect(starts[n] - starts[n - 1]).toBeGreaterThanOrEqual(1000);
    session.close();
  });

  it('slows to at most 12 a minute once nobody has changed anything for two minutes', async () => {
    const { server, time, session } = await opened(() => 0);
    await time.advance(2 * MINUTE);
    const idle = await pollsDuring(server, time, MINUTE);
    expect(idle).toBeLessThanOrEqual(12);
    expect(idle).toBeGreaterThanOrEqual(10);
    // A tick by anyone wakes the meeting up again.
    server.store.tickAs({ id: 30, name: 'Maja' }, 102, true);
    await time.advance(6000);
    expect(await pollsDuring(server, time, 10_000)).toBeGreaterThanOrEqual(9);
    session.close();
  });

  it('polls at most 12 a minute outside meeting mode', async () => {
    const { server, time, session } = await opened(() => 0, false);
    const polls = await pollsDuring(server, time, MINUTE);
    expect(polls).toBeLessThanOrEqual(12);
    expect(polls).toBeGreaterThanOrEqual(10);
    session.close();
  });

  it('hardly polls while the tab is hidden, and catches up as soon as it is shown', async () => {
    const { server, time, tab, session } = await opened(() => 0);
    tab.visibility.set(false);
    await time.advance(1500);
    const hidden = await pollsDuring(server, time, 2 * MINUTE);
    expect(hidden).toBeLessThanOrEqual(4);
    expect(hidden).toBeGreaterThanOrEqual(3);
    server.store.tickAs({ id: 30, name: 'Maja' }, 103, true);
    tab.visibility.set(true);
    await time.advance(0);
    expect(session.getSnapshot().view?.ticks.find((t) => t.itemId === 103)?.done).toBe(true);
    session.close();
  });

  it('honours Retry-After: no poll before SharePoint said, then the usual pace', async () => {
    const { server, time, session } = await opened(() => 0);
    server.failPollsWith = new UnreachableError('throttled', 20_000);
    await time.advance(1000);
    const throttledAt = server.count('changes');
    expect(session.getSnapshot().connection).toBe('offline');
    server.failPollsWith = undefined;
    // The failed poll was at 1 s: Retry-After says 21 s.
    expect(await pollsDuring(server, time, 19_800)).toBe(0);
    expect(throttledAt).toBe(server.count('changes'));
    await time.advance(200);
    expect(server.count('changes')).toBe(throttledAt + 1);
    expect(session.getSnapshot().connection).toBe('online');
    expect(await pollsDuring(server, time, 5000)).toBeGreaterThanOrEqual(4);
    session.close();
  });

  it('honours Retry-After on sending ticks too', async () => {
    const { server, time, session } = await opened(() => 0);
    server.store.failWith = new UnreachableError('throttled', 30_000);
    session.setDone(104, true);
    await time.advance(100);
    const writes = server.count('write');
    server.store.failWith = undefined;
    await time.advance(29_000);
    expect(server.count('write')).toBe(writes);
    expect(session.getSnapshot().pendingItemIds.has(104)).toBe(true);
    await time.advance(2000);
    expect(server.store.stored(104)?.done).toBe(true);
    expect(session.getSnapshot().pendingItemIds.has(104)).toBe(false);
    expect(MEMBER.id).toBe(server.store.stored(104)?.doneBy?.id);
    session.close();
  });
});
