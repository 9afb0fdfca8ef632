import { listOf } from '../../src/data/queries';
import { LISTS } from '../../src/data/schema';
import { tickKey } from '../../src/domain/checklist';
import { clientFor } from './localSite';
import { DemoSite, startDemoSite } from './demoSite';

const ROWS = 100_000;
const ITEMS = 200;
const PERIOD = 2025;
let demo: DemoSite;
let itemIds: number[];

/**
 * 100,000 ticks: every unit × 200 items × period, newest period first, so that one period alone holds
 * more than 5,000 rows (a city-wide query by period would be refused) while one unit's rows stay below.
 */
beforeAll(async () => {
  demo = await startDemoSite();
  const extraItems = Array.from({ length: ITEMS - demo.itemIds.length }, (_, i) => ({
    Title: `Testpunkt ${i + 1}`,
    ActionPlanId: demo.planId,
    FocusArea: 'welfare',
    SortOrder: 100 + i,
    IsActive: true,
    IsExample: false
  }));
  demo.site.loadFixtureRows(LISTS.checklistItems.title, extraItems);
  const { repos } = clientFor(demo.site.siteUrl);
  itemIds = (await repos.actionPlans.items(demo.planId)).value.map((item) => item.id);
  const rows: Record<string, unknown>[] = [];
  for (let period = PERIOD; rows.length < ROWS; period--) {
    for (const unitId of demo.unitIds) {
      for (const [index, itemId] of itemIds.entries()) {
        if (rows.length === ROWS) break;
        rows.push({ Title: tickKey(unitId, itemId, period), UnitId: unitId, ChecklistItemId: itemId, ActionPlanId: demo.planId, Period: period, Done: (unitId + index) % 3 !== 0 });
      }
    }
  }
  demo.site.loadFixtureRows(LISTS.checklistTicks.title, rows);
}, 150_000);

afterAll(async () => {
  await demo.site.close();
});

it('holds a period that no single query may ask for', async () => {
  const { sp } = clientFor(demo.site.siteUrl);
  await expect(listOf(sp, 'checklistTicks').items.filter(`Period eq ${PERIOD}`).top(5000)()).rejects.toMatchObject({ status: 500 });
});

it('loads a unit’s view of a plan in one request, without a threshold refusal', async () => {
  const { repos } = clientFor(demo.site.siteUrl, 'member');
  await repos.site.permissions();
  demo.site.resetStats();
  // Rows loaded as fixtures have no summary yet: the first view writes it from the rows it read.
  await repos.checklist.loadUnitPlanView(demo.teamId, demo.planId, PERIOD);
  expect(demo.site.stats().total).toBe(2);
  demo.site.resetStats();
  const view = await repos.checklist.loadUnitPlanView(demo.teamId, demo.planId, PERIOD);
  expect(demo.site.stats().total).toBe(1);
  expect(view.problems).toEqual([]);
  expect(view.value.items).toHaveLength(ITEMS);
  expect(view.value.ticks).toHaveLength(ITEMS);
});

it('aggregates a period across the city in two requests, without a threshold refusal', async () => {
  const { repos } = clientFor(demo.site.siteUrl, 'editor');
  await repos.site.permissions();
  demo.site.resetStats();
  const ticks = await repos.followUp.ticksForPeriods([PERIOD]);
  const requests = demo.site.stats().total;
  expect(ticks.problems).toEqual([]);
  expect(ticks.value).toHaveLength(demo.unitIds.length * ITEMS);
  expect(new Set(ticks.value.map((t) => t.period))).toEqual(new Set([PERIOD]));
  // The highest id, then every page of 5,000 in one $batch.
  expect(requests).toBe(2);
  const basis = await repos.followUp.basisForPeriods([PERIOD], `${PERIOD + 1}-01-01`);
  expect(basis.problems).toEqual([]);
  expect(basis.value.assessments).toEqual([]);
});
