/**
 * Writes every unit's summary for every period from the tick rows already on the site: the upgrade
 * step that brings a site from before the summaries to them, so that the follow-up reads right from the
 * first day. Safe to run again or after a stop half-way: it writes only the summaries that are missing
 * or differ from the rows (each with the version it read), so a second run writes nothing. Two runs at
 * once meet each other's writes; the one that lost reads again and finds nothing left to write.
 */
import { SPFI } from '@pnp/sp';
import { countedSummaries, summaryDrift } from '../../domain/unitSummary';
import { readRows } from '../mapping/rowReader';
import { readTick, TICK_QUERY } from '../mapping/ticks';
import { readUnitSummary, SUMMARY_QUERY } from '../mapping/unitSummaries';
import { readWholeList } from '../queries';
import { SpFollowUpRepository } from '../repositories/SpFollowUpRepository';

/** A concurrent run's writes show as failed creates (the key is taken) or stale versions: read again, this many times. */
const ATTEMPTS = 3;

export async function backfillUnitSummaries(sp: SPFI): Promise<{ written: number; failed: number }> {
  let written = 0;
  let failed = 0;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    // The summaries before the ticks, as the recount reads them: a tick stored in between is in the rows read.
    const stored = readRows(await readWholeList(sp, 'unitSummaries', SUMMARY_QUERY), readUnitSummary).value;
    const ticks = readRows(await readWholeList(sp, 'checklistTicks', TICK_QUERY), readTick).value;
    const counted = countedSummaries(ticks);
    const periods = [...new Set([...counted, ...stored].map((summary) => summary.period))];
    const missing = summaryDrift(stored, counted, periods).map((drift) => ({ ...drift.counted, id: drift.stored?.id, etag: drift.stored?.etag }));
    if (missing.length === 0) return { written, failed: 0 };
    const outcome = await new SpFollowUpRepository(sp).repairSummaries(missing);
    written += outcome.repaired;
    failed = outcome.failed;
    if (failed === 0) break;
  }
  return { written, failed };
}
