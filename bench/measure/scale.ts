/**
 * scale: lists the size of a city after a few years — 150 units × 300 checklist items × 4 periods =
 * 180,000 tick rows (plus 150 × 6 steps × 4 periods staircase assessments) — loaded with the local
 * SharePoint's fixture loader, then, with the injected latency, from Node through PnPjs:
 * - the unit view: the product's loadUnitPlanView, against the sample approach's list-by-list reads;
 * - the follow-up: the follow-up view's loader (this period and the previous report's), from the
 *   summaries and with the full recount, against the sample approach's list-by-list reads with
 *   `Period eq P` (measure/followUp.ts).
 * Requests are counted by the server (digest excluded); a list view threshold refusal is caught and
 * reported as the result, never worked around.
 */
import { tickKey } from '../../src/domain/checklist';
import { assessmentKey } from '../../src/domain/staircase';
import { STAIRCASE_STEPS } from '../../src/domain/programme';
import type { MrRepositories } from '../../src/app';
import { LISTS } from '../../src/data/schema';
import { unitFolderPath } from '../../src/data/rights/unitFolders';
import { backfillUnitSummaries } from '../../src/data/provisioning/backfillSummaries';
import type { SPFI } from '@pnp/sp';
import { naiveUnitPlanView } from '../naive/naiveLoader';
import { measureFollowUp } from './followUp';
import type { FollowUpComparison } from './followUp';
import type { BenchServer } from '../support/server';
import { repeat } from '../support/repeat';
import type { OperationSeries } from '../support/repeat';
import { ratio } from '../support/stats';

export interface ScaleShape {
  units: number;
  items: number;
  periods: number[];
}

export interface ScaleFixtures {
  shape: ScaleShape;
  tickRows: number;
  assessmentRows: number;
  unitIds: number[];
  /** The plans' ids with their new items. */
  plans: { planId: number; itemIds: number[] }[];
  loadSeconds: number;
}

export interface ScaleResult {
  latencyMs: number;
  fixtures: Omit<ScaleFixtures, 'unitIds' | 'plans'>;
  unitView: { ours: OperationSeries; naive: OperationSeries; timeRatio?: number; requestRatio?: number };
  followUp: FollowUpComparison;
}

/** Loads each unit's rows into its own folder; the number of rows loaded. */
async function loadInUnitFolders(server: BenchServer, sp: SPFI, list: 'checklistTicks' | 'staircaseAssessments', rows: readonly Record<string, unknown>[]): Promise<number> {
  let loaded = 0;
  for (const unitId of new Set(rows.map((row) => Number(row.UnitId)))) {
    loaded += (await server.loadFixtures(LISTS[list].title, rows.filter((row) => row.UnitId === unitId), unitFolderPath(sp, list, unitId))).length;
  }
  return loaded;
}

export async function loadScaleFixtures(server: BenchServer, editor: { sp: SPFI; repos: MrRepositories }, shape: ScaleShape): Promise<ScaleFixtures> {
  const { sp, repos } = editor;
  const start = performance.now();
  const plans = (await repos.actionPlans.list()).value;
  const unitIds = await server.loadFixtures(
    LISTS.units.title,
    Array.from({ length: shape.units }, (_, i) => ({ Title: `Bänkenhet ${i + 1}`, UnitType: 'team' }))
  );
  // Each unit's folders with their own permissions, as the app makes them for a new unit.
  await repos.unitPeople.checkRights();
  const itemRows = Array.from({ length: shape.items }, (_, i) => ({
    Title: `Bänkpunkt ${i + 1}`,
    ActionPlanId: plans[i % plans.length].id,
    FocusArea: 'knowledge',
    SortOrder: 1000 + Math.floor(i / plans.length),
    IsActive: true,
    IsExample: false
  }));
  const itemIds = await server.loadFixtures(LISTS.checklistItems.title, itemRows);
  const items = itemIds.map((id, i) => ({ id, planId: itemRows[i].ActionPlanId }));
  const doneAt = new Date().toISOString();
  let tickRows = 0;
  let assessmentRows = 0;
  // Oldest period first, as the rows would have been written over the years.
  for (const period of [...shape.periods].sort()) {
    const rows: Record<string, unknown>[] = [];
    for (const unitId of unitIds) {
      for (const [index, item] of items.entries()) {
        const done = (unitId + index + period) % 3 !== 0;
        const row: Record<string, unknown> = { Title: tickKey(unitId, item.id, period), UnitId: unitId, ChecklistItemId: item.id, ActionPlanId: item.planId, Period: period, Done: done };
        if (done) Object.assign(row, { DoneAt: doneAt });
        rows.push(row);
      }
    }
    tickRows += await loadInUnitFolders(server, sp, 'checklistTicks', rows);
    const assessments = unitIds.flatMap((unitId) =>
      STAIRCASE_STEPS.map((step) => ({ Title: assessmentKey(unitId, step, period), UnitId: unitId, Step: step, Period: period, StepStatus: 'inProgress' }))
    );
    assessmentRows += await loadInUnitFolders(server, sp, 'staircaseAssessments', assessments);
  }
  // The summaries the fixture rows lack, written as schema step 3 writes them on an upgraded site: by an editor,
  // since only a unit's own people (and editors) may write its summary, and the scale is measured as a member.
  await backfillUnitSummaries(sp);
  return {
    shape,
    tickRows,
    assessmentRows,
    unitIds,
    plans: plans.map((plan) => ({ planId: plan.id, itemIds: items.filter((item) => item.planId === plan.id).map((item) => item.id) })),
    loadSeconds: Math.round((performance.now() - start) / 100) / 10
  };
}

export async function measureScale(
  server: BenchServer,
  clients: { repos: MrRepositories; sample: SPFI },
  fixtures: ScaleFixtures,
  options: { unitViewRuns: number; followUpRuns: number; latencyMs: number; log: (line: string) => void }
): Promise<ScaleResult> {
  const { repos, sample } = clients;
  const period = Math.max(...fixtures.shape.periods);
  // Different units and plans each run: no run reads what the one before just read.
  const pick = (run: number): { unitId: number; planId: number } => ({
    unitId: fixtures.unitIds[(run * 37) % fixtures.unitIds.length],
    planId: fixtures.plans[run % fixtures.plans.length].planId
  });
  await server.setLatency(options.latencyMs);
  // The digest and the person, once, as an open app has them.
  await repos.site.permissions();
  await repos.site.currentUser();

  // The follow-up first: its untimed first recount writes the summaries the fixture rows lack, which the
  // unit view would otherwise write on its first load of each unit.
  const followUp = await measureFollowUp(server, clients, period, options.followUpRuns, options.log);

  const unitOurs = await repeat(server, options.unitViewRuns, async (run) => {
    const { unitId, planId } = pick(run);
    const view = await repos.checklist.loadUnitPlanView(unitId, planId, period);
    return view.value.items.length + view.value.ticks.length + view.value.assessments.length;
  });
  options.log(`    unit view, ours: ${unitOurs.timeMs?.median} ms, ${unitOurs.dataRequests?.median} requests`);
  const unitNaive = await repeat(server, options.unitViewRuns, async (run) => {
    const { unitId, planId } = pick(run);
    const view = await naiveUnitPlanView(sample, unitId, planId, period);
    return view.items.length + view.ticks.length + view.assessments.length;
  });
  options.log(`    unit view, naive: ${unitNaive.timeMs?.median} ms, ${unitNaive.dataRequests?.median} requests`);

  return {
    latencyMs: options.latencyMs,
    fixtures: { shape: fixtures.shape, tickRows: fixtures.tickRows, assessmentRows: fixtures.assessmentRows, loadSeconds: fixtures.loadSeconds },
    unitView: { ours: unitOurs, naive: unitNaive, timeRatio: ratio(unitOurs.timeMs, unitNaive.timeMs), requestRatio: ratio(unitOurs.dataRequests, unitNaive.dataRequests) },
    followUp
  };
}
