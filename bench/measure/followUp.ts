/**
 * The follow-up's data, ours against the sample approach, on whatever lists the server holds: ours is the
 * follow-up view's own loader (src/app/followUp/loadFollowUp) for this period and the previous report's
 * (two years before), on both of its paths side by side: from the units' summaries (one $batch: how the
 * view opens) and with the full recount (every tick row read and counted, compared with the summaries:
 * the report's verification). The sample's is naiveFollowUp. Used on the demo lists and, from `scale`,
 * on 180,000 tick rows.
 */
import type { SPFI } from '@pnp/sp';
import type { MrRepositories } from '../../src/app';
import { previousReportPeriod } from '../../src/domain/period';
import { loadFollowUp } from '../../src/app/followUp/loadFollowUp';
import type { LoadedFollowUp } from '../../src/app/followUp/loadFollowUp';
import { naiveFollowUp } from '../naive/naiveLoader';
import type { BenchServer } from '../support/server';
import { ratio } from '../support/stats';
import { repeat } from '../support/repeat';
import type { OperationSeries } from '../support/repeat';

export interface FollowUpComparison {
  periods: number[];
  /** From the units' summaries. */
  ours: OperationSeries;
  /** The same follow-up with the full recount and compare. */
  recount: OperationSeries;
  /** Summaries that differed from the recount the last time it ran (0 once the first recount has repaired them). */
  drift: number;
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
  const periods = [period, previousReportPeriod(period)];
  const selection = { period, comparedWith: periods[1] };
  const rowsOf = ({ value }: LoadedFollowUp): number => value.units.length + value.plans.length + value.items.length + value.ticks.length + value.assessments.length;
  // Rows loaded as fixtures (not through the app) have no summaries yet: the first recount writes them,
  // as the first verification on a site upgraded to summaries does. It is not timed.
  await loadFollowUp(clients.repos, selection, { recount: true });
  const ours = await repeat(server, runs, async () => rowsOf(await loadFollowUp(clients.repos, selection)));
  log(`    follow-up from summaries: ${ours.timeMs?.median} ms, ${ours.dataRequests?.median} requests, ${ours.rows?.median} rows, refused ${ours.thresholdRefusals}`);
  let drift = 0;
  const recount = await repeat(server, runs, async () => {
    const loaded = await loadFollowUp(clients.repos, selection, { recount: true });
    drift = loaded.verification?.drift.length ?? 0;
    return rowsOf(loaded);
  });
  log(`    follow-up recount: ${recount.timeMs?.median} ms, ${recount.dataRequests?.median} requests, ${recount.rows?.median} rows, drift ${drift}, refused ${recount.thresholdRefusals}`);
  const naive = await repeat(server, runs, () => naiveFollowUp(clients.sample, periods));
  log(`    follow-up, naive: ${naive.timeMs?.median} ms, ${naive.dataRequests?.median} requests, ${naive.rows?.median ?? '—'} rows, refused ${naive.thresholdRefusals}`);
  const comparable = !naive.refusedByThreshold && naive.errors.length === 0;
  return {
    periods,
    ours,
    recount,
    drift,
    naive,
    timeRatio: comparable ? ratio(ours.timeMs, naive.timeMs) : undefined,
    requestRatio: comparable ? ratio(ours.dataRequests, naive.dataRequests) : undefined
  };
}
