/** One operation repeated against the server: time, requests (server-counted), rows, and threshold refusals. */
import { isThresholdRefusal } from '../naive/naiveLoader';
import { dataRequests } from './server';
import type { BenchServer } from './server';
import { elapsed, summarize } from './stats';
import type { Summary } from './stats';

/** One operation repeated: time, requests, rows, and how many runs SharePoint refused with the threshold. */
export interface OperationSeries {
  timeMs?: Summary;
  dataRequests?: Summary;
  rows?: Summary;
  thresholdRefusals: number;
  /** True when SharePoint refused any run with the list view threshold ("no threshold refusal" needs false). */
  refusedByThreshold: boolean;
  errors: string[];
}

/** Runs `operation` `runs` times, counting requests and catching refusals; returns rows read per run. */
export async function repeat(server: BenchServer, runs: number, operation: (run: number) => Promise<number>): Promise<OperationSeries> {
  const times: number[] = [];
  const requests: number[] = [];
  const rows: number[] = [];
  const errors: string[] = [];
  let refusals = 0;
  for (let run = 0; run < runs; run++) {
    await server.resetStats();
    const start = performance.now();
    try {
      rows.push(await operation(run));
    } catch (error) {
      if (isThresholdRefusal(error)) refusals++;
      else errors.push(error instanceof Error ? error.message.split('\n')[0].slice(0, 300) : String(error));
    }
    times.push(elapsed(start));
    requests.push(dataRequests(await server.stats()));
  }
  return {
    timeMs: summarize(times),
    dataRequests: summarize(requests, { digits: 0 }),
    rows: summarize(rows, { digits: 0 }),
    thresholdRefusals: refusals,
    refusedByThreshold: refusals > 0,
    errors
  };
}

