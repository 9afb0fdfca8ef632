/**
 * The follow-up over rows that point at nothing: an item whose action plan is gone, a summary's tick on a deleted
 * item, and a summary of a deleted unit. Each row is reported once, with what it points at, and the follow-up of
 * everything else is counted as before.
 */
import { loadFollowUp } from '../../src/app/followUp/loadFollowUp';
import { listOf } from '../../src/data/queries';
import { buildFollowUpReport } from '../../src/domain/followUp';
import { summaryKey } from '../../src/domain/unitSummary';
import { DemoSite, startDemoSite } from './demoSite';
import { clientFor } from './localSite';

const PERIOD = 2034;

let demo: DemoSite;

beforeAll(async () => {
  demo = await startDemoSite();
});

afterAll(() => demo.site.close());

it('reports items without an action plan and dangling ticks, and counts the rest', async () => {
  const { sp, repos } = clientFor(demo.site.siteUrl, 'editor');
  const [first] = demo.itemIds;
  await repos.checklist.applyIntent({ unitId: demo.teamId, itemId: first, planId: demo.planId, period: PERIOD, done: true, at: '2034-02-01T09:00:00Z' });
  const before = await loadFollowUp(repos, { period: PERIOD });
  const reportBefore = buildFollowUpReport({ ...before.value, filter: {} });
  expect(before.problems).toEqual([]);

  // A plan removed with an item still pointing at it.
  const plan = (await listOf(sp, 'actionPlans').items.add({ Title: 'Borttagen plan', PlanKey: 'removedPlan', SortOrder: 90, PlanStatus: 'draft' })) as { Id: number };
  const orphan = (await listOf(sp, 'checklistItems').items.add({ Title: 'Punkt utan plan', ActionPlanId: plan.Id, FocusArea: 'welfare', SortOrder: 1 })) as { Id: number };
  await listOf(sp, 'actionPlans').items.getById(plan.Id).delete();
  // A summary (written by hand) with a tick on an item that is gone, and one of a unit that is gone.
  const goneItemId = 987654;
  const goneUnit = (await listOf(sp, 'units').items.add({ Title: 'Nedlagd enhet', UnitType: 'team' })) as { Id: number };
  await listOf(sp, 'units').items.getById(goneUnit.Id).delete();
  const otherUnit = demo.unitIds.find((id) => id !== demo.teamId) as number;
  const dangling = (await listOf(sp, 'unitSummaries').items.add({ Title: summaryKey(otherUnit, PERIOD), UnitId: otherUnit, Period: PERIOD, SummaryItems: `${goneItemId}:1:1` })) as { Id: number };
  const orphanSummary = (await listOf(sp, 'unitSummaries').items.add({ Title: summaryKey(goneUnit.Id, PERIOD), UnitId: goneUnit.Id, Period: PERIOD, SummaryItems: `${first}:1:1` })) as { Id: number };

  const after = await loadFollowUp(repos, { period: PERIOD });

  expect(after.problems).toEqual(
    expect.arrayContaining([
      { list: 'checklistItems', itemId: orphan.Id, issues: [{ field: 'ActionPlan', code: 'unknownReference', params: { value: plan.Id } }] },
      { list: 'unitSummaries', itemId: dangling.Id, issues: [{ field: 'SummaryItems', code: 'unknownReference', params: { value: goneItemId } }] },
      { list: 'unitSummaries', itemId: orphanSummary.Id, issues: [{ field: 'Unit', code: 'unknownReference', params: { value: goneUnit.Id } }] }
    ])
  );
  expect(after.problems).toHaveLength(3);
  expect(after.value.items.map((item) => item.id)).not.toContain(orphan.Id);
  // Everything else counts as before.
  const reportAfter = buildFollowUpReport({ ...after.value, filter: {} });
  expect(reportAfter.totals).toEqual(reportBefore.totals);
  expect(reportAfter.plans).toEqual(reportBefore.plans);
});
