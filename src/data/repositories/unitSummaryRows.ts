/**
 * The units' summary rows (one per unit and period), written whole with the version they were read at:
 * a summary is read, changed and written back, so a write that met a newer version reads it again and
 * changes that. It remembers the versions it last saw, so the write that goes with a tick needs no read.
 */
import { SPFI } from '@pnp/sp';
import { emptySummary, summaryKey, UnitSummary } from '../../domain/unitSummary';
import { readUnitSummary, SUMMARY_QUERY, unitSummaryFields } from '../mapping/unitSummaries';
import { ListRows } from './listRows';
import { ConflictError } from '../../app/contracts';
import type { Period } from '../../domain/period';

/**
 * How often a summary change is tried against newer versions before the caller is told (it tries again
 * later). A meeting's ticks all meet on its unit's one summary, so the pause between tries grows
 * (random, up to 25 ms × 2^attempt, at most a second): twenty writers at once spread out within a few tries.
 */
const MAX_SUMMARY_ATTEMPTS = 12;
const MAX_PAUSE_MS = 1000;

function backOff(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(MAX_PAUSE_MS, 25 * 2 ** attempt)));
}

export type SummaryChange = (summary: UnitSummary) => UnitSummary;

export class UnitSummaryRows {
  private readonly rows: ListRows<UnitSummary>;
  /** The summaries as SharePoint last returned them, by key; absent when not known (or known to be stale). */
  private readonly known = new Map<string, UnitSummary>();

  public constructor(private readonly sp: SPFI) {
    this.rows = new ListRows(sp, 'unitSummaries', SUMMARY_QUERY, readUnitSummary);
  }

  /** A summary just read with its etag: the next write starts from it. */
  public remember(summary: UnitSummary): void {
    this.known.set(summaryKey(summary.unitId, summary.period), summary);
  }

  /**
   * One attempt to apply `change` to the summary, sent through `via` (a $batch with the tick, or on its
   * own). True when it landed, or when there was nothing to change; false when it met a newer version
   * or a row created meanwhile (then the next attempt reads it first).
   */
  public async tryChange(unitId: number, period: Period, change: SummaryChange, via: SPFI = this.sp): Promise<boolean> {
    const key = summaryKey(unitId, period);
    const base = this.known.get(key);
    if (base?.id === undefined) {
      const fresh = change(emptySummary(unitId, period));
      const outcome = await this.rows.createKeyed(unitSummaryFields(fresh), via);
      if ('existing' in outcome) {
        this.known.set(key, outcome.existing);
        return false;
      }
      this.keep(key, { ...fresh, id: outcome.created.id, etag: outcome.created.etag });
      return true;
    }
    const next = change(base);
    if (next === base) return true;
    const merged = await this.rows.merge({ id: base.id, etag: base.etag }, unitSummaryFields(next), via);
    if (merged.kind === 'saved') {
      this.keep(key, { ...next, etag: merged.etag });
      return true;
    }
    this.known.delete(key);
    return false;
  }

  /** Applies `change` until it lands: reading the summary again whenever another writer got there first. */
  public async change(unitId: number, period: Period, change: SummaryChange): Promise<void> {
    for (let attempt = 1; attempt <= MAX_SUMMARY_ATTEMPTS; attempt++) {
      if (!this.known.has(summaryKey(unitId, period))) await this.read(unitId, period);
      if (await this.tryChange(unitId, period, change)) return;
      await backOff(attempt);
    }
    throw new ConflictError(undefined);
  }

  private async read(unitId: number, period: Period): Promise<void> {
    const found = await this.rows.findByKey(summaryKey(unitId, period));
    if (found !== undefined) this.remember(found);
  }

  /** Kept only with its new etag: without one the next write could not tell a newer version, so it reads first. */
  private keep(key: string, summary: UnitSummary): void {
    if (summary.etag === undefined) this.known.delete(key);
    else this.known.set(key, summary);
  }
}
