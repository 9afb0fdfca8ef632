/**
 * The local SharePoint: one SharePoint Online-like site at http://localhost:<port>/sites/mr, kept in SQLite.
 *
 *   const sp = await startLocalSharePoint({ port: 0, memory: true });
 *   spfi(sp.siteUrl).using(SPBrowser({ baseUrl: sp.siteUrl }));
 *   await sp.close();
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, resolve as resolvePath } from 'node:path';
import { FaultInjector } from './http/faults.ts';
import type { FaultKind, FaultSettings, FaultUpdate, RefusalFault } from './http/faults.ts';
import { ADMIN_SECRET_HEADER, allowedHosts, isLoopbackName } from './http/guard.ts';
import { createRequestListener, USER_COOKIE, USER_HEADER } from './http/server.ts';
import { RequestStats } from './http/stats.ts';
import type { RequestStatsSnapshot } from './http/stats.ts';
import { GROUP_CLAIM_PREFIX, LOCAL_USERS, MICROSOFT_365_GROUPS, userByKey } from './sharepoint/directory.ts';
import type { LocalUser, LocalUserKey, Microsoft365Group, SiteRole } from './sharepoint/directory.ts';
import { loadFixtureRows } from './sharepoint/fixtures.ts';
import { Site, SITE_PATH } from './sharepoint/site.ts';
import { SiteStore } from './store/siteStore.ts';
import { BODY_TIMEOUT_MS, FORM_DIGEST_TIMEOUT_SECONDS } from './limits.ts';
import { issueFormDigest } from './sharepoint/digest.ts';

export type { FaultKind, FaultSettings, FaultUpdate, RefusalFault, RequestStatsSnapshot, LocalUser, LocalUserKey, Microsoft365Group, SiteRole };
export { ADMIN_SECRET_HEADER, GROUP_CLAIM_PREFIX, LOCAL_USERS, MICROSOFT_365_GROUPS, SITE_PATH, USER_COOKIE, USER_HEADER, userByKey };

export const DEFAULT_PORT = 4321;
export const DEFAULT_DATA_FILE = '.local/mr.sqlite';
const IDLE_CONNECTION_TIMEOUT_MS = 120_000;

export interface LocalSharePointOptions {
  /** TCP port; 0 picks a free one. Default 4321. */
  port?: number;
  /** Interface to listen on, and a host name the server answers besides localhost. Default 127.0.0.1 (loopback only). */
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
  /** Where this start's admin secret is written (owner-only). Default .local/admin-secret-<port>, removed by close(). */
  adminSecretFile?: string;
  /** How long a request body may take to arrive before it is answered 408. Default 30 s. */
  bodyTimeoutMs?: number;
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
  /** This start's admin secret: send it as the x-mr-local-admin header to /_local/*. */
  readonly adminSecret: string;
  /** The owner-only file the secret was written to. */
  readonly adminSecretFile: string;
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
   * Returns the new ids, consecutive and in row order. With `folderPath` (server- or web-relative) the rows go in that folder.
   */
  loadFixtureRows(listTitle: string, rows: readonly Record<string, unknown>[], folderPath?: string): number[];
  /**
   * What a SharePoint page carries for its scripts (legacyPageContext's part of it): a fresh form digest
   * for the site, so that a page's first POST need not ask _api/contextinfo first.
   */
  pageContext(): { webAbsoluteUrl: string; formDigestValue: string; formDigestTimeoutSeconds: number };
}

export async function startLocalSharePoint(options: LocalSharePointOptions = {}): Promise<LocalSharePoint> {
  const dataFile = options.memory ? undefined : resolvePath(options.dataFile ?? DEFAULT_DATA_FILE);
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
  const adminSecret = randomBytes(24).toString('base64url');
  let hosts: ReadonlySet<string> = new Set();
  const server = createServer(
    createRequestListener({
      site,
      faults,
      stats,
      staticRoutes: options.staticRoutes,
      adminSecret,
      allowedHosts: () => hosts,
      bodyTimeoutMs: options.bodyTimeoutMs ?? BODY_TIMEOUT_MS,
    })
  );
  // Idle connections stay open as long as IIS keeps them (its default connection timeout, 120 s), not Node's
  // 5 s: a client in the same process whose event loop was busy (a large fixture load) would otherwise reuse
  // a pooled connection at the moment the server's overdue idle timer closes it, and see ECONNRESET.
  server.keepAliveTimeout = IDLE_CONNECTION_TIMEOUT_MS;

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? DEFAULT_PORT, options.host ?? '127.0.0.1', () => resolve());
    });
  } catch (error) {
    store.close();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  const host = options.host ?? '127.0.0.1';
  hosts = allowedHosts(port, host);
  if (!isLoopbackName(host) && !host.startsWith('127.')) {
    console.warn(
      `Warning: the local SharePoint listens on ${host}:${port}. Anyone who can reach that address can read and change its data as any local user; the admin endpoints still answer this machine only.`
    );
  }
  const adminSecretFile = resolvePath(options.adminSecretFile ?? `.local/admin-secret-${port}`);
  mkdirSync(dirname(adminSecretFile), { recursive: true });
  writeFileSync(adminSecretFile, `${adminSecret}\n`, { mode: 0o600 });
  chmodSync(adminSecretFile, 0o600);
  const url = `http://localhost:${port}`;
  const siteUrl = `${url}${SITE_PATH}`;

  return {
    url,
    siteUrl,
    port,
    dataFile,
    adminSecret,
    adminSecretFile,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          store.close();
          rmSync(adminSecretFile, { force: true });
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      }),
    setFaults: (update) => faults.update(update),
    faults: () => faults.settings(),
    stats: () => stats.snapshot(),
    resetStats: () => stats.reset(),
    loadFixtureRows: (listTitle, rows, folderPath) => loadFixtureRows(site, siteUrl, listTitle, rows, folderPath),
    pageContext: () => ({ webAbsoluteUrl: siteUrl, formDigestValue: issueFormDigest(site.digestSecret), formDigestTimeoutSeconds: FORM_DIGEST_TIMEOUT_SECONDS }),
  };
}
