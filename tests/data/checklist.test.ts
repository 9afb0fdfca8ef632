import { listOf } from '../../src/data/queries';
import { Tick, tickKey } from '../../src/domain/checklist';
import { ChecklistSession } from '../../src/app';
import { clientFor, eventually } from './localSite';
import { DemoSite, startDemoSite } from './demoSite';

const PERIOD = 2025;
let demo: DemoSite;
const sessions: ChecklistSession[] = [];

beforeAll(async () => {
  demo = await startDemoSite();
});

afterEach(() => {
  for (const session of sessions.splice(0)) session.close();
});

afterAll(async () => {
  await demo.site.close();
});

/** A client as Maja would have it once the app has started: the current user known, the form digest in hand. */
async function startedMember(period: number = PERIOD) {
  const client = clientFor(demo.site.siteUrl, 'member');
  await client.repos.site.currentUser();
  await client.repos.site.permissions();
  return { ...client, intent: (itemId: number, done: boolean, comment?: string) => ({ unitId: demo.teamId, itemId, planId: demo.planId, period, done, at: new Date().toISOString(), ...(comment === undefined ? {} : { comment }) }) };
}

/** An open checklist of the demo team, loaded, closed after the test. */
async function openedChecklist(repos: Awaited<ReturnType<typeof startedMember>>['repos'], period: number): Promise<ChecklistSession> {
  const session = repos.openChecklist(demo.teamId, demo.planId, period, { cadence: { meetingMs: 200, visibleMs: 200, hiddenMs: 200 } });
  sessions.push(session);
  await eventually(() => session.getSnapshot().status === 'ready', 'the checklist to load');
  return session;
}

async function storedTicks(period: number): Promise<Tick[]> {
  const { repos } = clientFor(demo.site.siteUrl, 'editor');
  return (await repos.checklist.loadUnitPlanView(demo.teamId, demo.planId, period)).value.ticks;
}

describe('a unit’s view of an action plan', () => {
  it('loads in one HTTP request once the app has started', async () => {
    const { repos } = await startedMember();
    demo.site.resetStats();
    const view = await repos.checklist.loadUnitPlanView(demo.teamId, demo.planId, PERIOD);
    expect(demo.site.stats().total).toBe(1);
    expect(view.value.unit.id).toBe(demo.teamId);
    expect(view.value.plan.id).toBe(demo.planId);
    expect(view.value.items.map((i) => i.id)).toEqual(demo.itemIds);
    expect(view.value.changeToken).toEqual(expect.any(String));
  });

  it('skips rows written wrongly by hand in SharePoint, reports them, and loads everything else', async () => {
    const period = 2031;
    const { repos, intent } = await startedMember(period);
    await repos.checklist.applyIntent(intent(demo.itemIds[0], true));
    const ticks = listOf(clientFor(demo.site.siteUrl, 'editor').sp, 'checklistTicks').items;
    const wrongKey = (await ticks.add({ Title: 'by hand', UnitId: demo.teamId, ChecklistItemId: demo.itemIds[1], ActionPlanId: demo.planId, Period: period })) as { Id: number };
    const noItem = (await ticks.add({ Title: 'no item', UnitId: demo.teamId, ActionPlanId: demo.planId, Period: period })) as { Id: number };
    const view = await repos.checklist.loadUnitPlanView(demo.teamId, demo.planId, period);
    expect(view.value.ticks.map((t) => t.itemId)).toEqual([demo.itemIds[0]]);
    expect(view.problems).toEqual([
      { list: 'checklistTicks', itemId: wrongKey.Id, issues: [{ field: 'Title', code: 'keyMismatch', params: { value: 'by hand', expected: tickKey(demo.teamId, demo.itemIds[1], period) } }] },
      { list: 'checklistTicks', itemId: noItem.Id, issues: [{ field: 'ChecklistItem', code: 'required' }] }
    ]);
  });
});

describe('ticking', () => {
  it('creates the row on a first tick and changes it with its etag afterwards, one request each, no read first', async () => {
    const period = 2032;
    const { repos, intent } = await startedMember(period);
    demo.site.resetStats();
    const ticked = await repos.checklist.applyIntent(intent(demo.itemIds[0], true, 'Gick igenom på APT'));
    const unticked = await repos.checklist.applyIntent(intent(demo.itemIds[0], false), ticked);
    expect(demo.site.stats().total).toBe(2);
    expect(unticked).toMatchObject({ id: ticked.id, done: false, comment: 'Gick igenom på APT', doneBy: { name: 'Maja Medlem' } });
    expect(unticked.etag).not.toEqual(ticked.etag);
    expect(await storedTicks(period)).toEqual([expect.objectContaining({ id: ticked.id, done: false, comment: 'Gick igenom på APT' })]);
  });

  it('is a set, not a toggle: the same intent twice leaves the same state', async () => {
    const period = 2033;
    const { repos, intent } = await startedMember(period);
    const first = await repos.checklist.applyIntent(intent(demo.itemIds[0], true));
    await repos.checklist.applyIntent(intent(demo.itemIds[0], true), first);
    expect((await storedTicks(period)).map((t) => t.done)).toEqual([true]);
  });

  it('re-reads and re-applies the person’s intent when the row changed meanwhile (412)', async () => {
    const period = 2034;
    const maja = await startedMember(period);
    const eva = clientFor(demo.site.siteUrl, 'editor');
    const seen = await maja.repos.checklist.applyIntent(maja.intent(demo.itemIds[0], true));
    await eva.repos.checklist.applyIntent({ ...maja.intent(demo.itemIds[0], true), comment: 'Evas kommentar' }, seen);
    const result = await maja.repos.checklist.applyIntent(maja.intent(demo.itemIds[0], false), seen);
    expect(result).toMatchObject({ done: false, comment: 'Evas kommentar', doneBy: { name: 'Maja Medlem' } });
    expect(await storedTicks(period)).toEqual([expect.objectContaining({ done: false, comment: 'Evas kommentar' })]);
  });

  it('resolves two first ticks of the same item through the unique key: one row', async () => {
    const period = 2035;
    const maja = await startedMember(period);
    const eva = clientFor(demo.site.siteUrl, 'editor');
    await Promise.all([
      maja.repos.checklist.applyIntent(maja.intent(demo.itemIds[0], true)),
      eva.repos.checklist.applyIntent(maja.intent(demo.itemIds[0], true))
    ]);
    expect(await storedTicks(period)).toHaveLength(1);
  });

  it('does not write an intent again that is already stored (a tab closed before it heard the answer; another tab sends it)', async () => {
    const period = 2036;
    const maja = await startedMember(period);
    const before = await maja.repos.checklist.applyIntent(maja.intent(demo.itemIds[0], false));
    const intent = maja.intent(demo.itemIds[0], true, 'Klart');
    const stored = await maja.repos.checklist.applyIntent(intent, before);
    // The tab that takes over knows the row only as it was before (stale etag), or not at all.
    const otherTab = (await startedMember(period)).repos.checklist;
    const again = await otherTab.applyIntent(intent, before);
    const fresh = await otherTab.applyIntent(intent);
    expect(again.etag).toBe(stored.etag);
    expect(fresh.etag).toBe(stored.etag);
    expect(await storedTicks(period)).toEqual([expect.objectContaining({ done: true, comment: 'Klart', etag: stored.etag })]);
  });
});

describe('following others’ ticks', () => {
  it('costs one request per poll while nothing changes', async () => {
    const period = 2036;
    const { repos } = await startedMember(period);
    const view = await repos.checklist.loadUnitPlanView(demo.teamId, demo.planId, period);
    demo.site.resetStats();
    const changes = await repos.checklist.changesSince(view.value.changeToken, demo.teamId, period);
    expect(demo.site.stats().total).toBe(1);
    expect(changes).toEqual({ changed: [], deletedRowIds: [], nextToken: view.value.changeToken, problems: [] });
  });

  it('brings others’ ticks into an open checklist within seconds', async () => {
    const period = 2037;
    const maja = await startedMember(period);
    const session = await openedChecklist(maja.repos, period);
    const eva = clientFor(demo.site.siteUrl, 'editor');
    await eva.repos.checklist.applyIntent({ ...maja.intent(demo.itemIds[2], true) });
    const started = Date.now();
    await eventually(() => session.getSnapshot().view?.ticks.some((t) => t.itemId === demo.itemIds[2] && t.done) === true, 'Eva’s tick');
    expect(Date.now() - started).toBeLessThan(3000);
    expect(session.getSnapshot().view?.ticks.find((t) => t.itemId === demo.itemIds[2])?.doneBy?.name).toBe('Eva Redaktör');
  });

  it('shows a tick at once, pending until SharePoint confirms it', async () => {
    const period = 2038;
    const maja = await startedMember(period);
    const session = await openedChecklist(maja.repos, period);
    session.setDone(demo.itemIds[1], true);
    const right = session.getSnapshot();
    expect(right.pendingItemIds.has(demo.itemIds[1])).toBe(true);
    expect(right.view?.ticks.find((t) => t.itemId === demo.itemIds[1])?.done).toBe(true);
    await eventually(() => session.getSnapshot().pendingItemIds.size === 0, 'the tick to be confirmed');
    expect(session.getSnapshot().connection).toBe('online');
    expect((await storedTicks(period)).map((t) => [t.itemId, t.done])).toEqual([[demo.itemIds[1], true]]);
  });
});

describe('permissions', () => {
  it('are asked of SharePoint: members tick, editors also edit content, readers only read', async () => {
    const as = (user: 'editor' | 'member' | 'reader') => clientFor(demo.site.siteUrl, user).repos.site.permissions();
    expect(await as('editor')).toEqual({ canContribute: true, canEdit: true, canProvision: true });
    expect(await as('member')).toEqual({ canContribute: true, canEdit: false, canProvision: false });
    expect(await as('reader')).toEqual({ canContribute: false, canEdit: false, canProvision: false });
  });
});
