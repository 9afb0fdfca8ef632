/**
 * The columns $filter and $orderby name on list items, resolved to how they read an item: a list column's own
 * value, the ID, a lookup's or person's id (`AuthorId`, `Parent/Id`), or a value projected through a lookup
 * (`Author/Title`). Also what tells the column index (indexedSelection.ts) whether a path is indexed.
 */
import { columnDoesNotExist } from '../errors.ts';
import type { ResolvedField } from '../odata/filterEvaluator.ts';
import type { ItemRecord } from '../store/records.ts';
import { columnReader, referenceIds, scalarTypeOf } from './columnValues.ts';
import { entityPropertyName, isReferenceField, referenceIdProperty, valueKindOf } from './fields.ts';
import type { FieldRecord } from './fields.ts';
import { userProjection, userPropertyName } from './references.ts';
import type { ReferenceResolver } from './references.ts';

export interface ItemField extends ResolvedField<ItemRecord> {
  /** Whether SharePoint can answer a query on this path from a column index. */
  indexed: boolean;
  isId: boolean;
  /** The list column this path reads directly (not through a lookup's projection). */
  column?: FieldRecord;
}

function projectedField(field: FieldRecord, property: string, references: ReferenceResolver, path: string[]): ItemField {
  const ids = (item: ItemRecord): number[] => referenceIds(field, item);
  if (valueKindOf(field) === 'user') {
    const name = userPropertyName(property);
    if (!name) throw columnDoesNotExist(path.join('/'));
    return {
      type: name === 'Id' || name === 'ID' ? 'number' : 'text',
      indexed: false,
      isId: false,
      read: (item) => ids(item).map((id) => {
        const principal = references.principal(id);
        return principal ? userProjection(principal)[name] : null;
      }),
    };
  }
  const target = references.targetField(field, property);
  if (!target) throw columnDoesNotExist(path.join('/'));
  return {
    type: scalarTypeOf(target),
    indexed: false,
    isId: false,
    read: (item) => ids(item).map((id) => {
      const targetItem = references.targetItem(field, id);
      return targetItem ? columnReader(target).read(targetItem) : null;
    }),
  };
}

/** Resolves a column reference in $filter or $orderby: `Title`, `ID`, `AuthorId`, `Author/Title`, `Parent/Id`. */
export function resolveItemField(fields: readonly FieldRecord[], references: ReferenceResolver, path: string[]): ItemField {
  const [head, property] = path;
  const lower = head.toLowerCase();
  if (path.length > 2) throw columnDoesNotExist(path.join('/'));
  const direct = (field: FieldRecord): ItemField => ({ ...columnReader(field), indexed: field.indexed, isId: false, column: field });
  if (lower === 'id' && property === undefined) return { type: 'number', indexed: true, isId: true, read: (item) => item.id };
  const byIdProperty = fields.find((field) => isReferenceField(field) && referenceIdProperty(field).toLowerCase() === lower);
  if (byIdProperty && property === undefined) return direct(byIdProperty);
  const field = fields.find((candidate) => [candidate.internalName, entityPropertyName(candidate)].some((name) => name.toLowerCase() === lower));
  if (!field) throw columnDoesNotExist(path.join('/'));
  if (isReferenceField(field)) {
    if (property !== undefined && /^id$/i.test(property)) return direct(field);
    // A bare lookup column compares its shown value, as SharePoint documents for single-value lookups.
    return projectedField(field, property ?? (valueKindOf(field) === 'user' ? 'Title' : field.lookupField ?? 'Title'), references, path);
  }
  if (property !== undefined) throw columnDoesNotExist(path.join('/'));
  return direct(field);
}
