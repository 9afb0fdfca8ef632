/**
 * The column index: the values of a list's indexed columns, kept in SQL beside the items (the item_index
 * table), so that a filter led by an indexed column reads and counts only the items it selects. Values
 * are stored exactly as filters compare them, through the same column readers, so SQL and the JavaScript
 * filter agree on which items match. The ID column needs no entries: it is the items table's own key.
 */
import { comparableValues } from '../odata/filterEvaluator.ts';
import type { Comparable } from '../odata/filterEvaluator.ts';
import type { IndexEntry, ItemRecord, ListRecord } from '../store/records.ts';
import { columnReader, isIdField } from './columnValues.ts';
import type { FieldRecord } from './fields.ts';
import type { SiteStore } from '../store/siteStore.ts';

/** A comparable value as the index stores it (yes/no as 1/0); empty values are not indexed. */
export function indexValue(value: Comparable): number | string | undefined {
  if (value === null) return undefined;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return typeof value === 'number' && !Number.isFinite(value) ? undefined : value;
}

function hasIndexEntries(field: FieldRecord): boolean {
  return field.indexed && !isIdField(field);
}

function columnValues(field: FieldRecord, item: ItemRecord): Set<number | string> {
  const reader = columnReader(field);
  const values = new Set<number | string>();
  for (const value of comparableValues(reader.read(item), reader.type)) {
    const stored = indexValue(value);
    if (stored !== undefined) values.add(stored);
  }
  return values;
}

/** Writes an item's values of every indexed column; called whenever the item is written. */
export function saveIndexEntries(store: SiteStore, list: ListRecord, item: ItemRecord, isNew: boolean): void {
  const entries: IndexEntry[] = [];
  for (const field of store.fields.of(list.id)) {
    if (!hasIndexEntries(field)) continue;
    for (const value of columnValues(field, item)) entries.push({ field: field.internalName, value });
  }
  store.indexes.replaceEntries(list.id, item.id, entries, isNew);
}

/** Rebuilds one column's entries for every item: the column became indexed, or stopped being. */
export function rebuildColumnIndex(store: SiteStore, list: ListRecord, field: FieldRecord): void {
  const entries: { itemId: number; value: number | string }[] = [];
  if (hasIndexEntries(field)) {
    for (const item of store.items.select(list.id, {})) {
      for (const value of columnValues(field, item)) entries.push({ itemId: item.id, value });
    }
  }
  store.indexes.replaceColumn(list.id, field.internalName, entries);
}

/** Builds the whole column index, for a file written before the index existed. */
export function rebuildAllColumnIndexes(store: SiteStore): void {
  for (const list of store.lists.all()) {
    for (const field of store.fields.of(list.id)) if (hasIndexEntries(field)) rebuildColumnIndex(store, list, field);
  }
}
