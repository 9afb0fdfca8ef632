/**
 * A unit's summary for one period: for each checklist item the unit has a tick row for, whether it is
 * done and which version of that row said so. The follow-up reads one such row per unit and period
 * instead of every tick (some 180,000 at full scale); the tick rows stay the truth.
 *
 * Writers set one item at a time and a write only wins over what the summary holds when it carries the
 * same or a newer version of the tick row, so summary writes that land out of order (two people ticking
 * the same item) still end on the tick row's own state. Where a summary and the tick rows still differ
 * (a batch half applied, a row changed by hand in SharePoint) `repairedFrom` and `countedSummaries`
 * say what the rows hold, and `summaryDrift` names every difference.
 */
import type { Tick } from './checklist';
import { MAX_PERIOD, MIN_PERIOD, Period } from './period';
import { ValidationIssue, Validator } from './validation';

/** One item in a summary: done or not, as the tick row's version `version` said. */
export interface SummaryEntry {
  itemId: number;
  done: boolean;
  version: number;
}

/** Which check last corrected a summary from the tick rows: a unit's view, or the report's recount. */
export type SummaryRepair = 'view' | 'recount';

export interface UnitSummary {
  /** SharePoint item id once the row exists. */
  id?: number;
  unitId: number;
  period: Period;
  /** By item id, ascending; an item without a tick row has no entry. */
  entries: SummaryEntry[];
  /** When a check last found the summary wrong and corrected it, and which check: the drift stays visible. */
  repairedAt?: string;
  repairedBy?: SummaryRepair;
  etag?: string;
}

/** The unique key that makes one summary row per unit and period. */
export function summaryKey(unitId: number, period: Period): string {
  return `${unitId}:${period}`;
}

export function emptySummary(unitId: number, period: Period): UnitSummary {
  return { unitId, period, entries: [] };
}

/** The version number in a SharePoint item's etag (`"3"`); 0 when unknown, so any known version wins over it. */
export function versionOfEtag(etag: string | undefined): number {
  const match = /(\d+)"?$/.exec(etag ?? '');
  return match === null ? 0 : Number(match[1]);
}

function sorted(entries: Iterable<SummaryEntry>): SummaryEntry[] {
  return [...entries].sort((a, b) => a.itemId - b.itemId);
}

/** The summary with one item set, unless it already holds a newer version of that item's row. */
export function withEntry(summary: UnitSummary, entry: SummaryEntry): UnitSummary {
  const byItem = new Map(summary.entries.map((e) => [e.itemId, e]));
  const held = byItem.get(entry.itemId);
  if (held !== undefined && held.version > entry.version) return summary;
  if (held !== undefined && held.version === entry.version && held.done === entry.done) return summary;
  byItem.set(entry.itemId, entry);
  return { ...summary, entries: sorted(byItem.values()) };
}

type CountedTick = Pick<Tick, 'unitId' | 'itemId' | 'period' | 'done' | 'etag'>;

function entryOf(tick: CountedTick): SummaryEntry {
  return { itemId: tick.itemId, done: tick.done, version: versionOfEtag(tick.etag) };
}

/**
 * The summary with the entries of `itemIds` (one plan's items, as a unit's view reads them) replaced by
 * what those items' tick rows hold; entries of other items are kept.
 */
export function repairedFrom(summary: UnitSummary, itemIds: ReadonlySet<number>, ticks: readonly CountedTick[]): UnitSummary {
  const kept = summary.entries.filter((e) => !itemIds.has(e.itemId));
  const counted = ticks.filter((t) => t.unitId === summary.unitId && t.period === summary.period && itemIds.has(t.itemId)).map(entryOf);
  return { ...summary, entries: sorted([...kept, ...counted]) };
}

/** Every unit's and period's summary as the tick rows hold it: the full recount. */
export function countedSummaries(ticks: readonly CountedTick[]): UnitSummary[] {
  const byKey = new Map<string, UnitSummary>();
  for (const tick of ticks) {
    const key = summaryKey(tick.unitId, tick.period);
    const summary = byKey.get(key) ?? emptySummary(tick.unitId, tick.period);
    summary.entries.push(entryOf(tick));
    byKey.set(key, summary);
  }
  return [...byKey.values()].map((summary) => ({ ...summary, entries: sorted(summary.entries) }));
}

/** Done or not per item: what the follow-up counts. Versions are bookkeeping and do not make two summaries differ. */
export function sameCounts(a: Pick<UnitSummary, 'entries'>, b: Pick<UnitSummary, 'entries'>): boolean {
  return a.entries.length === b.entries.length && a.entries.every((e, i) => e.itemId === b.entries[i].itemId && e.done === b.entries[i].done);
}

/** The tick rows a summary stands for, as the follow-up counts them. */
export function summaryTicks(summary: UnitSummary): Pick<Tick, 'unitId' | 'itemId' | 'period' | 'done'>[] {
  return summary.entries.map((e) => ({ unitId: summary.unitId, itemId: e.itemId, period: summary.period, done: e.done }));
}

/** Where a stored summary and the recount differ, for one unit and period. */
export interface SummaryDrift {
  unitId: number;
  period: Period;
  /** Items the summary holds as done that the tick rows do not (or the reverse), and items only one of them has. */
  doneOnlyInSummary: number[];
  doneOnlyInTicks: number[];
  recordedOnlyInSummary: number[];
  recordedOnlyInTicks: number[];
  stored?: UnitSummary;
  counted: UnitSummary;
}

/**
 * Compares the stored summaries with the recount for the given periods. A unit with neither tick rows
 * nor a summary has nothing to compare; a summary without tick rows differs from an empty recount, and
 * tick rows without a summary are drift too (the follow-up would count nothing for that unit).
 */
export function summaryDrift(stored: readonly UnitSummary[], counted: readonly UnitSummary[], periods: readonly Period[]): SummaryDrift[] {
  const storedByKey = new Map(stored.filter((s) => periods.includes(s.period)).map((s) => [summaryKey(s.unitId, s.period), s]));
  const countedByKey = new Map(counted.filter((s) => periods.includes(s.period)).map((s) => [summaryKey(s.unitId, s.period), s]));
  const drift: SummaryDrift[] = [];
  for (const key of new Set([...storedByKey.keys(), ...countedByKey.keys()])) {
    const held = storedByKey.get(key);
    const truth = countedByKey.get(key) ?? emptySummary((held as UnitSummary).unitId, (held as UnitSummary).period);
    if (held !== undefined && sameCounts(held, truth)) continue;
    const heldEntries = new Map((held?.entries ?? []).map((e) => [e.itemId, e]));
    const truthEntries = new Map(truth.entries.map((e) => [e.itemId, e]));
    const only = (from: Map<number, SummaryEntry>, other: Map<number, SummaryEntry>, done: boolean): number[] =>
      [...from.values()].filter((e) => (done ? e.done && other.get(e.itemId)?.done !== true : !other.has(e.itemId))).map((e) => e.itemId);
    const entry: SummaryDrift = {
      unitId: truth.unitId,
      period: truth.period,
      doneOnlyInSummary: only(heldEntries, truthEntries, true),
      doneOnlyInTicks: only(truthEntries, heldEntries, true),
      recordedOnlyInSummary: only(heldEntries, truthEntries, false),
      recordedOnlyInTicks: only(truthEntries, heldEntries, false),
      stored: held,
      counted: truth
    };
    drift.push(entry);
  }
  return drift.sort((a, b) => a.unitId - b.unitId || a.period - b.period);
}

/** A stored summary must name a real period and hold each item once with a version. */
export function validateUnitSummary(summary: UnitSummary): ValidationIssue[] {
  const check = new Validator().integerBetween('period', summary.period, MIN_PERIOD, MAX_PERIOD).integerBetween('unitId', summary.unitId, 1, Number.MAX_SAFE_INTEGER);
  const ids = summary.entries.map((e) => e.itemId);
  if (new Set(ids).size !== ids.length || summary.entries.some((e) => !Number.isInteger(e.itemId) || e.itemId < 1 || !Number.isInteger(e.version) || e.version < 0)) {
    check.add({ field: 'entries', code: 'wrongType' });
  }
  return check.issues;
}
