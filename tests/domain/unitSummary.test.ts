import {
  countedSummaries,
  emptySummary,
  repairedFrom,
  summaryDrift,
  summaryTicks,
  UnitSummary,
  validateUnitSummary,
  versionOfEtag,
  withEntry
} from '../../src/domain/unitSummary';

const tick = (unitId: number, itemId: number, period: number, done: boolean, version: number) => ({ unitId, itemId, period, done, etag: `"${version}"` });

describe('a unit summary', () => {
  it('reads the version from a SharePoint item etag', () => {
    expect(versionOfEtag('"7"')).toBe(7);
    expect(versionOfEtag('"{5C2E3D9A-1B2C-4D5E-8F90-A1B2C3D4E5F6},12"')).toBe(12);
    expect(versionOfEtag(undefined)).toBe(0);
  });

  it('keeps the newer version of an item when writes land out of order', () => {
    const start = emptySummary(3, 2026);
    const newer = withEntry(start, { itemId: 10, done: false, version: 3 });
    const older = withEntry(newer, { itemId: 10, done: true, version: 2 });
    expect(older).toBe(newer);
    expect(older.entries).toEqual([{ itemId: 10, done: false, version: 3 }]);
    // The same version again changes nothing, a newer one wins, and entries stay ordered by item.
    expect(withEntry(newer, { itemId: 10, done: false, version: 3 })).toBe(newer);
    const later = withEntry(withEntry(newer, { itemId: 4, done: true, version: 1 }), { itemId: 10, done: true, version: 4 });
    expect(later.entries).toEqual([
      { itemId: 4, done: true, version: 1 },
      { itemId: 10, done: true, version: 4 }
    ]);
  });

  it('is repaired for one plan’s items from that plan’s rows, keeping the other plans’ entries', () => {
    const summary: UnitSummary = {
      unitId: 3,
      period: 2026,
      entries: [
        { itemId: 1, done: true, version: 2 },
        { itemId: 2, done: true, version: 1 },
        { itemId: 9, done: true, version: 5 }
      ]
    };
    const repaired = repairedFrom(summary, new Set([1, 2, 3]), [tick(3, 1, 2026, false, 3), tick(3, 3, 2026, true, 1), tick(4, 2, 2026, true, 1)]);
    expect(repaired.entries).toEqual([
      { itemId: 1, done: false, version: 3 },
      { itemId: 3, done: true, version: 1 },
      { itemId: 9, done: true, version: 5 }
    ]);
  });

  it('stands for its tick rows in the follow-up', () => {
    const [summary] = countedSummaries([tick(3, 2, 2026, false, 1), tick(3, 1, 2026, true, 2)]);
    expect(summaryTicks(summary)).toEqual([
      { unitId: 3, itemId: 1, period: 2026, done: true },
      { unitId: 3, itemId: 2, period: 2026, done: false }
    ]);
  });

  it('names every difference from the recount, and none where they agree', () => {
    const rows = [tick(1, 1, 2026, true, 1), tick(1, 2, 2026, false, 2), tick(2, 1, 2026, true, 1), tick(3, 1, 2024, true, 1)];
    const counted = countedSummaries(rows);
    expect(summaryDrift(counted, counted, [2026, 2024])).toEqual([]);

    const stored: UnitSummary[] = [
      // Unit 1: item 2 said done, item 3 has no row at all.
      { unitId: 1, period: 2026, entries: [{ itemId: 1, done: true, version: 1 }, { itemId: 2, done: true, version: 1 }, { itemId: 3, done: true, version: 1 }] },
      // Unit 2 has no summary; unit 3's summary is of a period not compared.
      { unitId: 3, period: 2025, entries: [{ itemId: 1, done: true, version: 1 }] },
      // Unit 4 has a summary but no rows.
      { unitId: 4, period: 2026, entries: [{ itemId: 1, done: false, version: 1 }] }
    ];
    const drift = summaryDrift(stored, counted, [2026, 2024]);
    expect(drift.map((d) => [d.unitId, d.period, d.doneOnlyInSummary, d.doneOnlyInTicks, d.recordedOnlyInSummary, d.recordedOnlyInTicks])).toEqual([
      [1, 2026, [2, 3], [], [3], []],
      [2, 2026, [], [1], [], [1]],
      [3, 2024, [], [1], [], [1]],
      [4, 2026, [], [], [1], []]
    ]);
    expect(drift.find((d) => d.unitId === 4)?.counted.entries).toEqual([]);
  });

  it('refuses an item stored twice or a period out of range', () => {
    expect(validateUnitSummary({ unitId: 1, period: 2026, entries: [{ itemId: 1, done: true, version: 1 }] })).toEqual([]);
    expect(validateUnitSummary({ unitId: 1, period: 2026, entries: [{ itemId: 1, done: true, version: 1 }, { itemId: 1, done: false, version: 2 }] })).toEqual([
      { field: 'entries', code: 'wrongType' }
    ]);
    expect(validateUnitSummary({ unitId: 1, period: 1900, entries: [] }).map((issue) => issue.field)).toEqual(['period']);
  });
});
