/**
 * The follow-up's data, ours against the sample approach, on whatever lists the server holds: ours is the
 * follow-up view's own loader (src/ui/FollowUp/loadFollowUp: units, programme and plans, the plans' items,
 * ticks and assessments of this period and the one before, read side by side through the repositories);
 * the sample's is naiveFollowUp. Used on the demo lists and, from `scale`, on 180,000 tick rows.
 */
import type { SPFI } from '@pnp/sp';
import type { MrRepositories } from '../../src/app';
import { previousPeriod } from '../../src/domain/period';
import { loadFollowUp } from '../../src/app/followUp/loadFollowUp';
import { naiveFollowUp } from '../naive/naiveLoader';
import type { BenchServer } from '../support/server';
import { ratio } from '../support/stats';
import { repeat } from '../support/repeat';
import type { OperationSeries } from '../support/repeat';

export interface FollowUpComparison {
  periods: number[];
  ours: OperationSeries;
  naive: OperationSeries;
  /** ours / naive medians; none when the sample approach was refused (a refusal has no time worth comparing). */
  timeRatio?: number;
  requestRatio?: number;
}

export async function measureFollowUp(
  server: BenchServer,
  clients: { repos: MrRepositories; sample: SPFI },
  period: number,
  runs: number,
  log: (line: string) => void
): Promise<FollowUpComparison> {
  const periods = [period, previousPeriod(period)];
  const ours = await repeat(server, runs, async () => {
    const { value } = await loadFollowUp(clients.repos, period);
    return value.units.length + value.plans.length + value.items.length + value.ticks.length + value.assessments.length;
  });
  log(`    follow-up, ours: ${ours.timeMs?.median} ms, ${ours.dataRequests?.median} requests, ${ours.rows?.median} rows, refused ${ours.thresholdRefusals}`);
  const naive = await repeat(server, runs, () => naiveFollowUp(clients.sample, periods));
  log(`    follow-up, naive: ${naive.timeMs?.median} ms, ${naive.dataRequests?.median} requests, ${naive.rows?.median ?? '—'} rows, refused ${naive.thresholdRefusals}`);
  const comparable = !naive.refusedByThreshold && naive.errors.length === 0;
  return {
    periods,
    ours,
    naive,
    timeRatio: comparable ? ratio(ours.timeMs, naive.timeMs) : undefined,
    requestRatio: comparable ? ratio(ours.dataRequests, naive.dataRequests) : undefined
  };
}
