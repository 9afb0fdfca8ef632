/**
 * The local SharePoint: one SharePoint Online-like site at http://localhost:<port>/sites/mr, kept in SQLite.
 *
 *   const sp = await startLocalSharePoint({ port: 0, memory: true });
 *   spfi(sp.siteUrl).using(SPBrowser({ baseUrl: sp.siteUrl }));
 *   await sp.close();
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { FaultInjector } from './http/faults.ts';
import type { FaultKind, FaultSettings, FaultUpdate, RefusalFault } from './http/faults.ts';
import { createRequestListener, USER_COOKIE, USER_HEADER } from './http/server.ts';
import { RequestStats } from './http/stats.ts';
import type { RequestStatsSnapshot } from './http/stats.ts';
import { LOCAL_USERS } from './sharepoint/directory.ts';
import type { LocalUser, LocalUserKey } from './sharepoint/directory.ts';
import { loadFixtureRows } from './sharepoint/fixtures.ts';
import { Site, SITE_PATH } from './sharepoint/site.ts';
import { SiteStore } from './store/siteStore.ts';

export type { FaultKind, FaultSettings, FaultUpdate, RefusalFault, RequestStatsSnapshot, LocalUser, LocalUserKey };
export { LOCAL_USERS, SITE_PATH, USER_COOKIE, USER_HEADER };

export const DEFAULT_PORT = 4321;
export const DEFAULT_DATA_FILE = '.local/mr.sqlite';
const IDLE_CONNECTION_TIMEOUT_MS = 120_000;

export interface LocalSharePointOptions {
  /** TCP port; 0 picks a free one. Default 4321. */
  port?: number;
  /** Interface to listen on. Default 127.0.0.1. */
  host?: string;
  /** SQLite file (created with its folder when missing). Default .local/mr.sqlite, relative to the working directory. */
  dataFile?: string;
  /** Keep everything in memory instead of a file; nothing survives close(). */
  memory?: boolean;
  latencyMs?: number;
  failRate?: number;
  refusalKinds?: RefusalFault[];
  dropAfterCommitRate?: number;
  retryAfterSeconds?: number;
  /** Called for requests outside /sites/mr/_api and /_local; return true when it answered (the host page, assets). */
  staticRoutes?: (req: IncomingMessage, res: ServerResponse) => boolean;
}

export interface LocalSharePoint {
  /** http://localhost:<port> */
  readonly url: string;
  /** http://localhost:<port>/sites/mr */
  readonly siteUrl: string;
  readonly port: number;
  /** The SQLite file, or undefined when in memory. */
  readonly dataFile: string | undefined;
  /** Stops accepting requests, ends open connections and closes the database. */
  close(): Promise<void>;
  setFaults(update: FaultUpdate): void;
  faults(): FaultSettings & { failNext: FaultKind[] };
  stats(): RequestStatsSnapshot;
  resetStats(): void;
  /**
   * For tests and benchmarks only: adds REST-shaped item bodies (e.g. `{ Title, UnitId }`) to a list in one
   * transaction, in-process, as the editor. It skips HTTP, not SharePoint's rules: rows are validated,
   * unique values checked, the change log and ETags kept exactly as for REST adds; a bad row adds none.
   * Returns the new ids, consecutive and in row order.
   */
  loadFixtureRows(listTitle: string, rows: readonly Record<string, unknown>[]): number[];
}

export async function startLocalSharePoint(options: LocalSharePointOptions = {}): Promise<LocalSharePoint> {
  const dataFile = options.memory ? undefined : resolve(options.dataFile ?? DEFAULT_DATA_FILE);
  const store = new SiteStore(dataFile);
  const site = new Site(store);
  const faults = new FaultInjector({
    latencyMs: options.latencyMs,
    failRate: options.failRate,
    refusalKinds: options.refusalKinds,
    dropAfterCommitRate: options.dropAfterCommitRate,
    retryAfterSeconds: options.retryAfterSeconds,
  });
  const stats = new RequestStats();
  const server = createServer(createRequestListener({ site, faults, stats, staticRoutes: options.staticRoutes }));
  // Idle connections stay open as long as IIS keeps them (its default connection timeout, 120 s), not Node's
  // 5 s: a client in the same process whose event loop was busy (a large fixture load) would otherwise reuse
  // a pooled connection at the moment the server's overdue idle timer closes it, and see ECONNRESET.
  server.keepAliveTimeout = IDLE_CONNECTION_TIMEOUT_MS;

  try {
    await new Promise<void>((resolveListen, rejectListen) => {
      server.once('error', rejectListen);
      server.listen(options.port ?? DEFAULT_PORT, options.host ?? '127.0.0.1', () => resolveListen());
    });
  } catch (error) {
    store.close();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  const url = `http://localhost:${port}`;
  const siteUrl = `${url}${SITE_PATH}`;

  return {
    url,
    siteUrl,
    port,
    dataFile,
    close: () =>
      new Promise<void>((resolveClose, rejectClose) => {
        server.close((error) => {
          store.close();
          if (error) rejectClose(error);
          else resolveClose();
        });
        server.closeAllConnections();
      }),
    setFaults: (update) => faults.update(update),
    faults: () => faults.settings(),
    stats: () => stats.snapshot(),
    resetStats: () => stats.reset(),
    loadFixtureRows: (listTitle, rows) => loadFixtureRows(site, siteUrl, listTitle, rows),
  };
}
