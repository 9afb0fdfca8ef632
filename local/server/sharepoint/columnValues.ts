/**
 * How $filter, $orderby and the column index read a list column's own value from an item (as opposed to
 * a value projected through a lookup, like Author/Title).
 */
import type { ScalarType } from '../odata/filterEvaluator.ts';
import type { ItemRecord } from '../store/records.ts';
import { isReferenceField, valueKindOf } from './fields.ts';
import type { FieldRecord } from './fields.ts';

export interface ColumnReader {
  type: ScalarType;
  read(item: ItemRecord): unknown;
}

/** The built-in ID column, which is the item's key rather than one of its stored values. */
export function isIdField(field: FieldRecord): boolean {
  return field.fromBaseType && field.internalName === 'ID';
}

/** The ids a lookup or people field holds on an item, as a list. */
export function referenceIds(field: FieldRecord, item: ItemRecord): number[] {
  const value = item.values[field.internalName];
  if (Array.isArray(value)) return value as number[];
  return typeof value === 'number' ? [value] : [];
}

export function scalarTypeOf(field: FieldRecord): ScalarType {
  switch (valueKindOf(field)) {
    case 'number':
    case 'lookup':
    case 'user':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'dateTime':
      return 'dateTime';
    default:
      return 'text';
  }
}

/** A column's value as filters compare it: the id(s) of a lookup or people field, a hyperlink's URL, else the stored value. */
export function columnReader(field: FieldRecord): ColumnReader {
  if (isIdField(field)) return { type: 'number', read: (item) => item.id };
  if (isReferenceField(field)) return { type: 'number', read: (item) => referenceIds(field, item) };
  if (valueKindOf(field) === 'url') {
    return { type: 'text', read: (item) => (item.values[field.internalName] as { Url: string } | null | undefined)?.Url ?? null };
  }
  return { type: scalarTypeOf(field), read: (item) => item.values[field.internalName] };
}
