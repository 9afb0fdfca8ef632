/**
 * $select and $expand on list items. Without $select SharePoint returns the default properties; with it,
 * exactly the named ones. A lookup or people field's projected columns (`Author/Title`) need the field in
 * $expand, and naming the field itself without target columns is refused, as SharePoint does.
 */
import { fieldOrPropertyDoesNotExist, lookupNeedsExpand } from '../errors.ts';
import { ComplexValue } from '../odata/model.ts';
import type { QueryOptions } from '../odata/queryOptions.ts';
import type { ItemRecord } from '../store/records.ts';
import { referenceIds } from './columnValues.ts';
import { entityPropertyName, isReferenceField, valueKindOf } from './fields.ts';
import type { FieldRecord } from './fields.ts';
import { itemPropertyReaders } from './itemValues.ts';
import type { PropertyReader } from './itemValues.ts';
import { ReferenceResolver, userProjection, userPropertyName } from './references.ts';

export type ItemProjector = (item: ItemRecord) => Record<string, unknown>;

interface Expansion {
  field: FieldRecord;
  /** Target columns to return; empty means the default ones. */
  columns: string[];
}

function readerFor(readers: readonly PropertyReader[], name: string): PropertyReader | undefined {
  const wanted = name.toLowerCase();
  return readers.find((reader) => reader.name.toLowerCase() === wanted);
}

function expandedValue(expansion: Expansion, item: ItemRecord, references: ReferenceResolver): unknown {
  const { field } = expansion;
  const isUser = valueKindOf(field) === 'user';
  const columns = expansion.columns.length > 0 ? expansion.columns : isUser ? ['Id', 'Title', 'EMail'] : ['Id', field.lookupField ?? 'Title'];
  const project = (id: number): ComplexValue | null => {
    if (isUser) {
      const principal = references.principal(id);
      if (!principal) return null;
      const props = userProjection(principal);
      return new ComplexValue('SP.Data.UserInfoItem', Object.fromEntries(columns.map((column) => {
        const name = userPropertyName(column);
        if (!name) throw fieldOrPropertyDoesNotExist(`${entityPropertyName(field)}/${column}`);
        return [name, props[name]];
      })));
    }
    const target = references.targetItem(field, id);
    if (!target) return null;
    const readers = itemPropertyReaders(references.targetFields(field));
    const list = references.targetList(field);
    return new ComplexValue(`SP.Data.${list?.entityTypeName ?? 'List'}Item`, Object.fromEntries(columns.map((column) => {
      const reader = readerFor(readers, column);
      if (!reader) throw fieldOrPropertyDoesNotExist(`${entityPropertyName(field)}/${column}`);
      return [reader.name, reader.read(target)];
    })));
  };
  const ids = referenceIds(field, item);
  return field.allowMultipleValues ? ids.map(project).filter((value) => value !== null) : ids.length > 0 ? project(ids[0]) : null;
}

/** `extraReaders`: properties beyond the fields' (an item's EffectiveBasePermissions), returned when $select names them. */
export function itemProjector(
  fields: readonly FieldRecord[],
  options: QueryOptions,
  references: ReferenceResolver,
  extraReaders: readonly PropertyReader[] = []
): ItemProjector {
  const readers = [...itemPropertyReaders(fields), ...extraReaders];
  const referenceByName = new Map(fields.filter(isReferenceField).map((field) => [entityPropertyName(field).toLowerCase(), field]));
  const expansions = new Map<string, Expansion>();
  for (const name of options.expand) {
    const field = referenceByName.get(name.toLowerCase());
    if (!field) throw fieldOrPropertyDoesNotExist(name);
    expansions.set(name.toLowerCase(), { field, columns: [] });
  }

  const selected: PropertyReader[] = [];
  const selectsAll = !options.select || options.select.length === 0 || options.select.includes('*');
  if (selectsAll) selected.push(...readers.filter((reader) => reader.byDefault));
  for (const name of selectsAll ? [] : options.select!) {
    const [head, column] = name.split('/');
    const expansion = expansions.get(head.toLowerCase());
    if (column !== undefined || (referenceByName.has(head.toLowerCase()) && !readerFor(readers, head))) {
      if (!referenceByName.has(head.toLowerCase())) throw fieldOrPropertyDoesNotExist(name);
      if (!expansion || column === undefined) throw lookupNeedsExpand(head);
      expansion.columns.push(column);
      continue;
    }
    const reader = readerFor(readers, name);
    if (!reader) throw fieldOrPropertyDoesNotExist(name);
    selected.push(reader);
  }
  // Expanded fields appear when $select projects them, or with their default columns when there is no $select.
  const shown = [...expansions.values()].filter((expansion) => selectsAll || expansion.columns.length > 0);

  return (item) => {
    const props: Record<string, unknown> = {};
    for (const reader of selected) props[reader.name] = reader.read(item);
    for (const expansion of shown) props[entityPropertyName(expansion.field)] = expandedValue(expansion, item, references);
    return props;
  };
}
