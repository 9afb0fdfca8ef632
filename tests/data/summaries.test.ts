/**
 * The units' summaries on the local SharePoint: kept current by every tick's own $batch, also through a
 * storm of ticks from twenty clients with faults injected, and repaired (and flagged) from the tick
 * rows when a unit's view loads or the report's recount runs.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { loadFollowUp } from '../../src/app/followUp/loadFollowUp';
import { backfillUnitSummaries } from '../../src/data/provisioning/backfillSummaries';
import { ListsSchema, provision, provisionLists } from '../../src/data/provisioning/provision';
import { SCHEMA_VERSION, SCHEMA_VERSION_SETTING } from '../../src/data/schema';
import { tickKey } from '../../src/domain/checklist';
import { readUnitSummary } from '../../src/data/mapping/unitSummaries';
import { listOf, odataText } from '../../src/data/queries';
import { buildFollowUpReport } from '../../src/domain/followUp';
import { countedSummaries, summaryKey, UnitSummary, versionOfEtag } from '../../src/domain/unitSummary';
import { DemoSite, startDemoSite } from './demoSite';
import { clientFor, startSite } from './localSite';
import { tickAsACrowd } from './tickingCrowd';

const PERIOD = 2026;
const RELEASED_V1 = JSON.parse(readFileSync(join(__dirname, '../fixtures/releasedSchemas/v1.json'), 'utf8')) as { listOrder: ListsSchema['order']; lists: ListsSchema['lists'] };

let demo: DemoSite;

beforeAll(async () => {
  demo = await startDemoSite();
});

afterAll(async () => {
  await demo.site.close();
});

async function storedSummary(unitId: number, period: number): Promise<UnitSummary & { id: number }> {
  const { sp } = clientFor(demo.site.siteUrl, 'editor');
  const [row] = (await listOf(sp, 'unitSummaries').items.filter(`Title eq ${odataText(summaryKey(unitId, period))}`)()) as Record<string, unknown>[];
  const mapped = readUnitSummary(row);
  if (!mapped.ok) throw new Error(`The summary of unit ${unitId} cannot be read.`);
  return mapped.value as UnitSummary & { id: number };
}

/** Changes a summary behind the app's back, as someone editing the list in SharePoint would. */
async function overwriteSummary(unitId: number, period: number, items: string): Promise<void> {
  const { sp } = clientFor(demo.site.siteUrl, 'editor');
  const { id } = await storedSummary(unitId, period);
  await listOf(sp, 'unitSummaries').items.getById(id).update({ SummaryItems: items });
}

it('writes each tick and its unit’s summary in one request, with the version of the row it stored', async () => {
  const period = 2030;
  const { repos } = clientFor(demo.site.siteUrl, 'member');
  // Started as the app starts: the person and the request digest known.
  await repos.site.permissions();
  await repos.site.currentUser();
  const at = new Date().toISOString();
  const intent = { unitId: demo.teamId, itemId: demo.itemIds[0], planId: demo.planId, period, at };
  demo.site.resetStats();
  const ticked = await repos.checklist.applyIntent({ ...intent, done: true });
  const unticked = await repos.checklist.applyIntent({ ...intent, done: false }, ticked);
  const { total, batchOperations } = demo.site.stats();
  expect([total, batchOperations]).toEqual([2, 4]);
  expect((await storedSummary(demo.teamId, period)).entries).toEqual([{ itemId: demo.itemIds[0], done: false, version: versionOfEtag(unticked.etag) }]);
});

it('after a storm of ticks from twenty clients with faults injected, the summaries equal the full recount', async () => {
  demo.site.setFaults({ failRate: 0.2, dropAfterCommitRate: 0.1, retryAfterSeconds: 0 });
  demo.site.resetStats();
  const { unitIds } = await tickAsACrowd(demo, PERIOD, 20, 10, 150000);
  demo.site.setFaults({ failRate: 0, dropAfterCommitRate: 0 });
  const faults = demo.site.stats().faults;
  expect(faults.throttle + faults.unavailable + faults.drop).toBeGreaterThan(20);
  expect(faults.dropAfterCommit).toBeGreaterThan(0);

  const { repos } = clientFor(demo.site.siteUrl, 'editor');
  const fromSummaries = await loadFollowUp(repos, { period: PERIOD });
  const recounted = await loadFollowUp(repos, { period: PERIOD }, { recount: true });
  expect(recounted.verification?.drift).toEqual([]);
  expect(recounted.verification?.tickRows).toBeGreaterThan(unitIds.length);
  // Every unit the crowd ticked for has its summary, and the follow-up's figures are the recount's to the last digit.
  const summarised = new Set(fromSummaries.value.ticks.map((t) => t.unitId));
  expect(unitIds.every((unitId) => summarised.has(unitId))).toBe(true);
  expect(buildFollowUpReport(fromSummaries.value)).toEqual(buildFollowUpReport(recounted.value));
}, 240000);

it('a summary changed by hand is repaired from the rows when the unit’s view loads, and flagged', async () => {
  const { repos } = clientFor(demo.site.siteUrl, 'member');
  const before = await storedSummary(demo.teamId, PERIOD);
  await overwriteSummary(demo.teamId, PERIOD, '');

  // A reader may not write: the view loads all the same, and the summary stays as it is.
  const reader = clientFor(demo.site.siteUrl, 'reader').repos;
  expect((await reader.checklist.loadUnitPlanView(demo.teamId, demo.planId, PERIOD)).value.ticks.length).toBeGreaterThan(0);
  expect((await storedSummary(demo.teamId, PERIOD)).entries).toEqual([]);

  const view = await repos.checklist.loadUnitPlanView(demo.teamId, demo.planId, PERIOD);
  const repaired = await storedSummary(demo.teamId, PERIOD);
  expect(repaired.repairedBy).toBe('view');
  expect(repaired.entries).toEqual(countedSummaries(view.value.ticks)[0].entries);
  expect(repaired.entries.map((e) => [e.itemId, e.done])).toEqual(before.entries.map((e) => [e.itemId, e.done]));
});

it('recount and compare names the drift, repairs it and flags the summary; the next recount finds none', async () => {
  const { repos } = clientFor(demo.site.siteUrl, 'editor');
  // A unit the crowd left alone ticks two items through the app; then its summary loses one and gains an item never ticked.
  const unitId = demo.unitIds.filter((id) => id !== demo.teamId)[30];
  const at = new Date().toISOString();
  for (const itemId of demo.itemIds.slice(0, 2)) await repos.checklist.applyIntent({ unitId, itemId, planId: demo.planId, period: PERIOD, done: true, at });
  const truth = await storedSummary(unitId, PERIOD);
  const [dropped, kept] = truth.entries;
  const phantom = Math.max(...demo.itemIds) + 1000;
  await overwriteSummary(unitId, PERIOD, `${kept.itemId}:1:${kept.version},${phantom}:1:1`);

  const fromSummaries = await loadFollowUp(repos, { period: PERIOD });
  const recounted = await loadFollowUp(repos, { period: PERIOD }, { recount: true, now: new Date('2026-12-03T13:00:00Z') });
  const drift = recounted.verification?.drift ?? [];
  expect(drift.map((d) => [d.unitId, d.period, d.doneOnlyInSummary, d.doneOnlyInTicks, d.recordedOnlyInTicks])).toEqual([[unitId, PERIOD, [phantom], [dropped.itemId], [dropped.itemId]]]);
  expect(recounted.verification?.repair).toEqual({ repaired: 1, failed: 0 });
  expect(buildFollowUpReport(fromSummaries.value)).not.toEqual(buildFollowUpReport(recounted.value));

  const repaired = await storedSummary(unitId, PERIOD);
  expect(repaired.repairedBy).toBe('recount');
  expect(Date.parse(repaired.repairedAt ?? '')).toBe(Date.parse('2026-12-03T13:00:00Z'));
  expect(repaired.entries.map((e) => [e.itemId, e.done])).toEqual(truth.entries.map((e) => [e.itemId, e.done]));
  expect((await loadFollowUp(repos, { period: PERIOD }, { recount: true })).verification?.drift).toEqual([]);
  expect(buildFollowUpReport((await loadFollowUp(repos, { period: PERIOD })).value)).toEqual(buildFollowUpReport(recounted.value));
});

it('reads the follow-up from the summaries in one request, whatever the number of ticks', async () => {
  const { repos } = clientFor(demo.site.siteUrl, 'editor');
  await repos.site.permissions();
  demo.site.resetStats();
  await loadFollowUp(repos, { period: PERIOD });
  const { total, byPath } = demo.site.stats();
  // The request digest that a $batch needs is fetched once per page, as SPFx does; it is not the follow-up's.
  const digests = Object.entries(byPath)
    .filter(([path]) => path.endsWith('/contextinfo'))
    .reduce((sum, [, count]) => sum + count, 0);
  expect(total - digests).toBe(1);
});

it('the upgrade from a site without summaries writes each unit’s summaries from its rows, and a second run writes none', async () => {
  const site = await startSite();
  try {
    const { sp, repos } = clientFor(site.siteUrl, 'editor');
    // A site of schema version 1 (no summaries list) with ticks stored the way that version stored them.
    await provisionLists(sp, { lists: RELEASED_V1.lists, order: RELEASED_V1.listOrder });
    await listOf(sp, 'settings').items.add({ Title: SCHEMA_VERSION_SETTING, SettingValue: '1' });
    const [unitId, otherUnitId] = site.loadFixtureRows('MrUnits', [{ Title: 'Enhet A', UnitType: 'team' }, { Title: 'Enhet B', UnitType: 'team' }]);
    const [planId] = site.loadFixtureRows('MrActionPlans', [{ Title: 'Plan', PlanKey: 'plan', SortOrder: 1, PlanStatus: 'draft' }]);
    const itemIds = site.loadFixtureRows('MrChecklistItems', [1, 2, 3].map((n) => ({ Title: `Punkt ${n}`, ActionPlanId: planId, FocusArea: 'knowledge', SortOrder: n })));
    const rows = [
      [unitId, itemIds[0], 2025, true],
      [unitId, itemIds[1], 2025, false],
      [unitId, itemIds[2], 2026, true],
      [otherUnitId, itemIds[0], 2026, true]
    ] as const;
    site.loadFixtureRows(
      'MrChecklistTicks',
      rows.map(([unit, item, period, done]) => ({ Title: tickKey(unit, item, period), UnitId: unit, ChecklistItemId: item, ActionPlanId: planId, Period: period, Done: done }))
    );

    await provision(sp);
    expect(await repos.site.status()).toEqual({ state: 'ready', schemaVersion: SCHEMA_VERSION });
    const recounted = await loadFollowUp(repos, { period: 2026, comparedWith: 2025 }, { recount: true });
    expect(recounted.verification?.drift).toEqual([]);
    expect(recounted.verification?.tickRows).toBe(rows.length);
    expect(await backfillUnitSummaries(sp)).toEqual({ written: 0, failed: 0 });
  } finally {
    await site.close();
  }
});
