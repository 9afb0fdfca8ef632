/**
 * Fixture rows for tests and benchmarks: many items added in one transaction, in-process, through the same
 * item code as a REST add (validation, unique values, column index, change log, ETags), by the default
 * local user. Not a SharePoint feature: only LocalSharePoint.loadFixtureRows and the loopback-only
 * `POST /_local/fixtures` expose it.
 */
import { addItems } from './items.ts';
import { DEFAULT_USER_KEY, userByKey } from './directory.ts';
import { listByTitle } from './lists.ts';
import type { Site } from './site.ts';

/**
 * Adds `rows` (REST item bodies, e.g. `{ Title, UnitId }`) to the list, in its root folder or in `folderPath`
 * (server- or web-relative), and returns their ids; all or none.
 */
export function loadFixtureRows(site: Site, siteUrl: string, listTitle: string, rows: readonly Record<string, unknown>[], folderPath?: string): number[] {
  const list = listByTitle(site, listTitle, siteUrl);
  return addItems(site, list, userByKey(DEFAULT_USER_KEY)!, rows.map((body) => ({ body, folderPath }))).map((item) => item.id);
}
