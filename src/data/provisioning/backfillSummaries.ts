/**
 * Writes every unit's summary for every period from the tick rows already on the site: the upgrade
 * step that brings a site from before the summaries to them, so that the follow-up reads right from the
 * first day. Safe to run again or after a stop half-way: it writes only the summaries that are missing
 * or differ from the rows (each with the version it read), so a second run writes nothing.
 */
import { SPFI } from '@pnp/sp';
import { countedSummaries, summaryDrift } from '../../domain/unitSummary';
import { readRows } from '../mapping/rowReader';
import { readTick, TICK_QUERY } from '../mapping/ticks';
import { readUnitSummary, SUMMARY_QUERY } from '../mapping/unitSummaries';
import { readWholeList } from '../queries';
import { SpFollowUpRepository } from '../repositories/SpFollowUpRepository';

export async function backfillUnitSummaries(sp: SPFI): Promise<{ written: number; failed: number }> {
  // The summaries before the ticks, as the recount reads them: a tick stored in between is in the rows read.
  const stored = readRows(await readWholeList(sp, 'unitSummaries', SUMMARY_QUERY), readUnitSummary).value;
  const ticks = readRows(await readWholeList(sp, 'checklistTicks', TICK_QUERY), readTick).value;
  const counted = countedSummaries(ticks);
  const periods = [...new Set([...counted, ...stored].map((summary) => summary.period))];
  const missing = summaryDrift(stored, counted, periods).map((drift) => ({ ...drift.counted, id: drift.stored?.id, etag: drift.stored?.etag }));
  if (missing.length === 0) return { written: 0, failed: 0 };
  const { repaired, failed } = await new SpFollowUpRepository(sp).repairSummaries(missing);
  return { written: repaired, failed };
}
