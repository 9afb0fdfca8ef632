import { summaryKey, SummaryEntry, SummaryRepair, UnitSummary, validateUnitSummary } from '../../domain/unitSummary';
import { keyIssue } from '../../domain/validation';
import { LISTS, SUMMARY_REPAIR_CHOICES } from '../schema';
import { Mapped, RowQuery, RowReader, SpFields, SpRow } from './rowReader';

const COLUMNS = { key: 'Title', unitId: 'Unit', period: 'Period', entries: 'SummaryItems', repairedAt: 'RepairedAt', repairedBy: 'RepairedBy' };

export const SUMMARY_QUERY: RowQuery = {
  select: ['Id', 'Title', 'UnitId', 'Period', 'SummaryItems', 'RepairedAt', 'RepairedBy'],
  expand: []
};

const ENTRY = /^(\d+):([01]):(\d+)$/;

/** `item:done:version` entries, comma separated; undefined when any entry is not of that shape. */
function parseEntries(text: string): SummaryEntry[] | undefined {
  if (text.trim() === '') return [];
  const entries: SummaryEntry[] = [];
  for (const part of text.split(',')) {
    const match = ENTRY.exec(part.trim());
    if (match === null) return undefined;
    entries.push({ itemId: Number(match[1]), done: match[2] === '1', version: Number(match[3]) });
  }
  return entries.sort((a, b) => a.itemId - b.itemId);
}

function isRepair(value: unknown): value is SummaryRepair {
  return (SUMMARY_REPAIR_CHOICES as readonly unknown[]).includes(value);
}

export function readUnitSummary(row: SpRow): Mapped<UnitSummary> {
  const r = new RowReader(row, LISTS.unitSummaries);
  const key = r.text('Title') ?? '';
  const entries = parseEntries(r.text('SummaryItems') ?? '');
  const summary: UnitSummary = {
    id: r.id,
    unitId: r.lookupId('Unit') ?? 0,
    period: r.number('Period') ?? 0,
    entries: entries ?? [],
    repairedAt: r.date('RepairedAt'),
    repairedBy: r.choice('RepairedBy', isRepair),
    etag: r.etag
  };
  const issues = validateUnitSummary(summary);
  const wrongKey = keyIssue(key, summaryKey(summary.unitId, summary.period));
  if (wrongKey !== undefined) issues.push(wrongKey);
  if (entries === undefined) issues.push({ field: 'entries', code: 'wrongType' });
  return r.result(summary, issues, COLUMNS);
}

/** The whole row: a summary is always written whole, with the version it was read at. */
export function unitSummaryFields(summary: UnitSummary): SpFields {
  return {
    Title: summaryKey(summary.unitId, summary.period),
    UnitId: summary.unitId,
    Period: summary.period,
    SummaryItems: summary.entries.map((e) => `${e.itemId}:${e.done ? 1 : 0}:${e.version}`).join(','),
    RepairedAt: summary.repairedAt ?? null,
    RepairedBy: summary.repairedBy ?? null
  };
}
