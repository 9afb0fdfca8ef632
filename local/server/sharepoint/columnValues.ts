/**
 * How $filter, $orderby and the column index read a list column's own value from an item (as opposed to
 * a value projected through a lookup, like Author/Title).
 */
import type { ScalarType } from '../odata/filterEvaluator.ts';
import type { ItemRecord } from '../store/siteStore.ts';
import { isReferenceField, valueKindOf } from './fields.ts';
import type { FieldRecord } from './fields.ts';
import { ReferenceResolver } from './references.ts';

export interface ColumnReader {
  type: ScalarType;
  read(item: ItemRecord): unknown;
}

/** The built-in ID column, which is the item's key rather than one of its stored values. */
export function isIdField(field: FieldRecord): boolean {
  return field.fromBaseType && field.internalName === 'ID';
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
  if (isReferenceField(field)) return { type: 'number', read: (item) => ReferenceResolver.idsOf(field, item) };
  if (valueKindOf(field) === 'url') {
    return { type: 'text', read: (item) => (item.values[field.internalName] as { Url: string } | null | undefined)?.Url ?? null };
  }
  return { type: scalarTypeOf(field), read: (item) => item.values[field.internalName] };
}
