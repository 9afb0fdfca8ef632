/**
 * Reading list items as SharePoint Online does: $filter, $orderby and $top, paging through
 * `$skiptoken=Paged=TRUE&p_ID=…`, the default page of 100, and the list view threshold: on a list over
 * 5,000 items a query must either page in ID order or start its filter with an indexed column that
 * narrows the rows under the threshold, and may not ask for more than 5,000 rows at once.
 */
import { columnDoesNotExist, invalidArgument, listViewThresholdExceeded } from '../errors.ts';
import { compareForSort, compileFilter } from '../odata/filterEvaluator.ts';
import type { ResolvedField, ScalarType } from '../odata/filterEvaluator.ts';
import { clauseFieldPath, leadingClause } from '../odata/filterParser.ts';
import type { QueryOptions } from '../odata/queryOptions.ts';
import { DEFAULT_ITEM_PAGE_SIZE, LIST_VIEW_THRESHOLD } from '../limits.ts';
import type { ItemRecord, ListRecord } from '../store/siteStore.ts';
import { entityPropertyName, isReferenceField, referenceIdProperty, valueKindOf } from './fields.ts';
import type { FieldRecord } from './fields.ts';
import { ReferenceResolver, userProjection, userPropertyName } from './references.ts';
import type { Site } from './site.ts';

export interface ItemField extends ResolvedField<ItemRecord> {
  /** Whether SharePoint can answer a query on this path from a column index. */
  indexed: boolean;
  isId: boolean;
}

export interface ItemPage {
  items: ItemRecord[];
  /** The $skiptoken of the next page, when there is one. */
  nextSkipToken?: string;
}

function scalarTypeOf(field: FieldRecord): ScalarType {
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

function storedValue(field: FieldRecord, item: ItemRecord): unknown {
  const value = item.values[field.internalName];
  return valueKindOf(field) === 'url' && value ? (value as { Url: string }).Url : value;
}

function projectedField(field: FieldRecord, property: string, references: ReferenceResolver, path: string[]): ItemField {
  const ids = (item: ItemRecord): number[] => ReferenceResolver.idsOf(field, item);
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
      return targetItem ? (target.internalName === 'ID' ? targetItem.id : storedValue(target, targetItem)) : null;
    }),
  };
}

/** Resolves a column reference in $filter or $orderby: `Title`, `ID`, `AuthorId`, `Author/Title`, `Parent/Id`. */
export function resolveItemField(fields: readonly FieldRecord[], references: ReferenceResolver, path: string[]): ItemField {
  const [head, property] = path;
  const lower = head.toLowerCase();
  if (path.length > 2) throw columnDoesNotExist(path.join('/'));
  if (lower === 'id' && property === undefined) return { type: 'number', indexed: true, isId: true, read: (item) => item.id };
  const byIdProperty = fields.find((field) => isReferenceField(field) && referenceIdProperty(field).toLowerCase() === lower);
  if (byIdProperty && property === undefined) {
    return { type: 'number', indexed: byIdProperty.indexed, isId: false, read: (item) => ReferenceResolver.idsOf(byIdProperty, item) };
  }
  const field = fields.find((candidate) => [candidate.internalName, entityPropertyName(candidate)].some((name) => name.toLowerCase() === lower));
  if (!field) throw columnDoesNotExist(path.join('/'));
  if (isReferenceField(field)) {
    if (property !== undefined && /^id$/i.test(property)) {
      return { type: 'number', indexed: field.indexed, isId: false, read: (item) => ReferenceResolver.idsOf(field, item) };
    }
    // A bare lookup column compares its shown value, as SharePoint documents for single-value lookups.
    return projectedField(field, property ?? (valueKindOf(field) === 'user' ? 'Title' : field.lookupField ?? 'Title'), references, path);
  }
  if (property !== undefined) throw columnDoesNotExist(path.join('/'));
  return { type: scalarTypeOf(field), indexed: field.indexed, isId: false, read: (item) => storedValue(field, item) };
}

interface SortKey {
  name: string;
  field: ItemField;
  descending: boolean;
}

interface SkipToken {
  values: unknown[];
  id: number;
  previous: boolean;
}

function parseTokenValue(text: string | null, type: ScalarType): unknown {
  if (text === null || text === '') return null;
  return type === 'boolean' ? text === '1' || text.toLowerCase() === 'true' : text;
}

function formatTokenValue(value: unknown): string {
  const first = Array.isArray(value) ? value[0] : value;
  if (first === null || first === undefined) return '';
  return typeof first === 'boolean' ? (first ? '1' : '0') : String(first);
}

function readSkipToken(params: URLSearchParams | undefined, keys: readonly SortKey[]): SkipToken | undefined {
  if (!params) return undefined;
  const id = Number(params.get('p_ID'));
  if (!Number.isInteger(id)) throw invalidArgument('Invalid $skiptoken: p_ID is required.');
  return {
    values: keys.map((key) => parseTokenValue(params.get(`p_${key.name}`), key.field.type)),
    id,
    previous: params.get('PagedPrev')?.toUpperCase() === 'TRUE',
  };
}

function compareTuples(a: readonly unknown[], b: readonly unknown[], keys: readonly SortKey[]): number {
  for (let index = 0; index < keys.length; index += 1) {
    const order = compareForSort(a[index], b[index], keys[index].field.type);
    if (order !== 0) return keys[index].descending ? -order : order;
  }
  return Number(a[keys.length]) - Number(b[keys.length]);
}

/** The list view threshold check SharePoint applies before running a query on a large list. */
function assertWithinThreshold(
  options: QueryOptions,
  keys: readonly SortKey[],
  leadingClauseMatches: () => number,
  isIndexed: (path: string[]) => boolean
): void {
  if ((options.top ?? 0) > LIST_VIEW_THRESHOLD) throw listViewThresholdExceeded();
  if (!options.filter) {
    if (keys.every((key) => key.field.isId)) return;
    throw listViewThresholdExceeded();
  }
  const path = clauseFieldPath(leadingClause(options.filter.node));
  if (!path || !isIndexed(path) || leadingClauseMatches() > LIST_VIEW_THRESHOLD) throw listViewThresholdExceeded();
}

export function queryItems(site: Site, list: ListRecord, options: QueryOptions, references: ReferenceResolver): ItemPage {
  const fields = site.store.fields(list.id);
  const resolve = (path: string[]): ItemField => resolveItemField(fields, references, path);
  const top = options.top ?? DEFAULT_ITEM_PAGE_SIZE;
  const filter = options.filter && compileFilter(options.filter.node, resolve, options.filter.expression);
  const keys: SortKey[] = options.orderBy.map((order) => ({ name: order.path.join('/'), field: resolve(order.path), descending: order.descending }));
  const token = readSkipToken(options.skipToken, keys);
  const overThreshold = site.store.itemCount(list.id) > LIST_VIEW_THRESHOLD;
  const tuple = (item: ItemRecord): unknown[] => [...keys.map((key) => key.field.read(item)), item.id];

  const page = (rows: readonly ItemRecord[], hasMore: boolean): ItemPage => {
    const items = rows.slice(0, top);
    const last = items[items.length - 1];
    if (!hasMore || !last) return { items };
    const next = new URLSearchParams({ Paged: 'TRUE' });
    keys.filter((key) => !key.field.isId).forEach((key) => next.set(`p_${key.name}`, formatTokenValue(key.field.read(last))));
    next.set('p_ID', String(last.id));
    return { items, nextSkipToken: next.toString() };
  };

  if (!filter && keys.every((key) => key.field.isId) && !token?.previous) {
    if (overThreshold && top > LIST_VIEW_THRESHOLD) throw listViewThresholdExceeded();
    const rows = site.store.itemsInIdOrder(list.id, token?.id, keys[0]?.descending ?? false, top + 1);
    return page(rows, rows.length > top);
  }

  let rows: readonly ItemRecord[] = site.store.items(list.id);
  if (overThreshold) {
    const leading = options.filter && compileFilter(leadingClause(options.filter.node), resolve, options.filter.expression);
    assertWithinThreshold(options, keys, () => (leading ? rows.filter(leading).length : rows.length), (path) => resolve(path).indexed);
  }
  if (filter) rows = rows.filter(filter);
  rows = [...rows].sort((a, b) => compareTuples(tuple(a), tuple(b), keys));
  if (!token) return page(rows, rows.length > top);
  const tokenTuple = [...token.values, token.id];
  if (token.previous) {
    const before = rows.filter((row) => compareTuples(tuple(row), tokenTuple, keys) < 0);
    return page(before.slice(-top), true);
  }
  const after = rows.filter((row) => compareTuples(tuple(row), tokenTuple, keys) > 0);
  return page(after, after.length > top);
}
