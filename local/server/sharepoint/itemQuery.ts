/**
 * Reading list items as SharePoint Online does: $filter, $orderby and $top, paging through
 * `$skiptoken=Paged=TRUE&p_ID=…`, the default page of 100, and the list view threshold: on a list over
 * 5,000 items a query must either page in ID order or start its filter with an indexed column that
 * narrows the rows under the threshold, and may not ask for more than 5,000 rows at once.
 *
 * SQL reads only the items the filter's leading indexed clause selects (indexedSelection.ts); the whole
 * filter is then evaluated on those. Queries in ID order read in ID order and stop at the page's end.
 */
import { invalidArgument, listViewThresholdExceeded } from '../errors.ts';
import { compareForSort, compileFilter } from '../odata/filterEvaluator.ts';
import type { ScalarType } from '../odata/filterEvaluator.ts';
import type { QueryOptions } from '../odata/queryOptions.ts';
import { DEFAULT_ITEM_PAGE_SIZE, LIST_VIEW_THRESHOLD } from '../limits.ts';
import type { ItemRecord, ItemSelection, ListRecord } from '../store/records.ts';
import { resolveItemField } from './itemField.ts';
import type { ItemField } from './itemField.ts';
import { leadingSelection } from './indexedSelection.ts';
import type { LeadingSelection } from './indexedSelection.ts';
import type { ReferenceResolver } from './references.ts';
import type { Site } from './site.ts';

export interface ItemPage {
  items: ItemRecord[];
  /** The $skiptoken of the next page, when there is one. */
  nextSkipToken?: string;
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

/** How many items the filter's leading clause selects (from the indexes, up to one past the threshold), or by testing every item. */
function leadingClauseMatches(site: Site, list: ListRecord, leading: LeadingSelection): number {
  if (leading.selection) return site.store.items.count(list.id, leading.selection, LIST_VIEW_THRESHOLD + 1);
  return site.store.items.select(list.id, {}).filter(leading.matches).length;
}

/** The list view threshold check SharePoint applies before running a query on a large list. */
function assertWithinThreshold(site: Site, list: ListRecord, options: QueryOptions, keys: readonly SortKey[], leading: LeadingSelection | undefined): void {
  if ((options.top ?? 0) > LIST_VIEW_THRESHOLD) throw listViewThresholdExceeded();
  if (!leading) {
    if (keys.every((key) => key.field.isId)) return;
    throw listViewThresholdExceeded();
  }
  if (!leading.indexed || leadingClauseMatches(site, list, leading) > LIST_VIEW_THRESHOLD) throw listViewThresholdExceeded();
}

/** Pages in ID order: reads the selection in ID order past the token, a page at a time, until the page is full. */
function pageInIdOrder(
  site: Site,
  list: ListRecord,
  selection: ItemSelection,
  filter: ((item: ItemRecord) => boolean) | undefined,
  descending: boolean,
  afterId: number | undefined,
  top: number
): { items: ItemRecord[]; hasMore: boolean } {
  const matches: ItemRecord[] = [];
  const chunk = top + 1;
  for (let after = afterId; ; ) {
    const bound = after === undefined ? [] : [{ operator: descending ? ('lt' as const) : ('gt' as const), value: after }];
    const rows = site.store.items.select(list.id, { ...selection, ids: [...(selection.ids ?? []), ...bound] }, { descending, limit: chunk });
    for (const row of rows) {
      if (filter && !filter(row)) continue;
      matches.push(row);
      if (matches.length > top) return { items: matches, hasMore: true };
    }
    if (rows.length < chunk) return { items: matches, hasMore: false };
    after = rows[rows.length - 1].id;
  }
}

/**
 * One page of the list's items from all its folders, as the items endpoint answers. `visible` leaves out the
 * items the person may not see (security trimming), after the threshold check, which counts them all.
 */
export function queryItems(
  site: Site,
  list: ListRecord,
  options: QueryOptions,
  references: ReferenceResolver,
  visible?: (item: ItemRecord) => boolean
): ItemPage {
  const fields = site.store.fields.of(list.id);
  const resolve = (path: string[]): ItemField => resolveItemField(fields, references, path);
  const top = options.top ?? DEFAULT_ITEM_PAGE_SIZE;
  const matches = options.filter && compileFilter(options.filter.node, resolve, options.filter.expression);
  const filter = matches && visible ? (item: ItemRecord) => matches(item) && visible(item) : (matches ?? visible);
  const keys: SortKey[] = options.orderBy.map((order) => ({ name: order.path.join('/'), field: resolve(order.path), descending: order.descending }));
  const token = readSkipToken(options.skipToken, keys);
  const leading = options.filter && leadingSelection(options.filter, resolve);
  if (site.store.items.count(list.id, {}, LIST_VIEW_THRESHOLD + 1) > LIST_VIEW_THRESHOLD) assertWithinThreshold(site, list, options, keys, leading);
  const selection = leading?.selection ?? {};
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

  if (keys.every((key) => key.field.isId) && !token?.previous) {
    const { items, hasMore } = pageInIdOrder(site, list, selection, filter, keys[0]?.descending ?? false, token?.id, top);
    return page(items, hasMore);
  }

  let rows = site.store.items.select(list.id, selection);
  if (filter) rows = rows.filter(filter);
  rows.sort((a, b) => compareTuples(tuple(a), tuple(b), keys));
  if (!token) return page(rows, rows.length > top);
  const tokenTuple = [...token.values, token.id];
  if (token.previous) {
    const before = rows.filter((row) => compareTuples(tuple(row), tokenTuple, keys) < 0);
    return page(before.slice(-top), true);
  }
  const after = rows.filter((row) => compareTuples(tuple(row), tokenTuple, keys) > 0);
  return page(after, after.length > top);
}
