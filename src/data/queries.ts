/**
 * How the repositories ask SharePoint for rows without ever crossing the list view threshold: a
 * filter always starts with an indexed column that narrows the rows below 5,000, or the list is read
 * in ID order without a filter; results come in pages of at most 5,000.
 */
import { SPFI } from '@pnp/sp';
import { IItems } from '@pnp/sp/items';
import { IList } from '@pnp/sp/lists';
import { LIST_VIEW_THRESHOLD, ListKey, LISTS } from './schema';
import { RowQuery, SpRow } from './mapping/rowReader';

/** Rows per page: never more than SharePoint allows one query to touch. */
export const PAGE_SIZE = LIST_VIEW_THRESHOLD;

/** Requests per $batch: SharePoint accepts at most 100 operations in one batch. */
export const MAX_BATCH_REQUESTS = 100;

export function listOf(sp: SPFI, key: ListKey): IList {
  return sp.web.lists.getByTitle(LISTS[key].title);
}

/** A text value inside an OData filter: single quotes doubled. */
export function odataText(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** One unit's rows in one period: the indexed Unit column first, so it narrows before anything else. */
export function unitPeriodFilter(unitId: number, period: number): string {
  return `UnitId eq ${unitId} and Period eq ${period}`;
}

/** The items of a list, selecting and expanding what a mapper reads, a full page at a time. */
export function rowsOf(sp: SPFI, key: ListKey, query: RowQuery, filter?: string): IItems {
  let items = listOf(sp, key).items.select(...query.select).top(PAGE_SIZE);
  if (query.expand.length > 0) items = items.expand(...query.expand);
  return filter === undefined ? items : items.filter(filter);
}

/**
 * Every row that `filter` selects (or the whole list), page by page. The filter must start with an
 * indexed column that narrows the rows below the threshold; without a filter, pages follow the ID order.
 */
export async function readAll(sp: SPFI, key: ListKey, query: RowQuery, filter?: string): Promise<SpRow[]> {
  const rows: SpRow[] = [];
  for await (const page of rowsOf(sp, key, query, filter)) rows.push(...(page as SpRow[]));
  return rows;
}

/**
 * Every row of a list however large, in pages of PAGE_SIZE in ID order: the walk SharePoint allows
 * past the threshold. Each page starts after a multiple of PAGE_SIZE ids (`$skiptoken=Paged=TRUE&p_ID=n`),
 * so no page waits for the one before and all go in one $batch: two requests for up to 500,000 ids
 * (the highest id, then the pages). Where deleted rows left gaps a page runs on into the next one's
 * ids; those rows are dropped so each row comes once.
 */
export async function readWholeList(sp: SPFI, key: ListKey, query: RowQuery): Promise<SpRow[]> {
  const [last] = (await listOf(sp, key).items.select('Id').orderBy('Id', false).top(1)()) as SpRow[];
  const highestId = typeof last?.Id === 'number' ? last.Id : 0;
  const starts: number[] = [];
  for (let start = 0; start < highestId; start += PAGE_SIZE) starts.push(start);
  const pages = await inOneBatch(sp, (b) => starts.map((start) => rowsOf(b, key, query).skip(start)() as Promise<SpRow[]>));
  return pages.flatMap((rows, index) => rows.filter((row) => Number(row.Id) <= starts[index] + PAGE_SIZE));
}

/**
 * Sends every request `build` makes as one $batch (split only above MAX_BATCH_REQUESTS) and returns
 * their results in order. All results are awaited together, so no rejection goes unhandled.
 */
export async function inOneBatch<T extends readonly unknown[]>(sp: SPFI, build: (batched: SPFI) => { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const [batched, execute] = sp.batched({ maxRequests: MAX_BATCH_REQUESTS });
  const requests = build(batched);
  const [, results] = await Promise.all([execute(), Promise.all(requests)]);
  return results as unknown as T;
}
