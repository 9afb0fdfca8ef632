/**
 * Integration-test helpers: a local SharePoint per test file and the product's own PnPjs setup
 * (createSp + createRepositories + createApp) acting as one of the local users.
 */
import { InjectHeaders } from '@pnp/queryable';
import { SPBrowser } from '@pnp/sp';
import { startLocalSharePoint } from '../../local/server/index.ts';
import type { LocalSharePoint, LocalSharePointOptions, LocalUserKey } from '../../local/server/index.ts';
import { AppPorts, createApp, memoryStorage, MrRepositories } from '../../src/app';
import { httpStatusOf } from '../../src/app/failures';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { RetryPolicy } from '../../src/data/resilience';
import { createSp, SPFI } from '../../src/data/sp';

/**
 * Short waits, so that a test with injected faults does not sit out real Retry-After periods. Each attempt
 * still gets production's deadline: on a loaded 2-core machine a 20-page batch can take several seconds,
 * and a shorter deadline would turn it into a retry that the request-count assertions rightly refuse.
 */
export const FAST_RETRY: Partial<RetryPolicy> = { baseDelayMs: 5, maxDelayMs: 200, maxTotalWaitMs: 2000 };

export function startSite(options: LocalSharePointOptions = {}): Promise<LocalSharePoint> {
  return startLocalSharePoint({ port: 0, memory: true, ...options });
}

export function spFor(siteUrl: string, user: LocalUserKey = 'editor', retry: Partial<RetryPolicy> = FAST_RETRY): SPFI {
  return createSp({
    siteUrl,
    behavior: (instance) => instance.using(SPBrowser({ baseUrl: siteUrl }), InjectHeaders({ 'X-MR-Local-User': user })),
    retry
  });
}

export interface Client {
  sp: SPFI;
  repos: MrRepositories;
}

export function clientFor(siteUrl: string, user: LocalUserKey = 'editor', environment: Partial<AppPorts> = {}, retry?: Partial<RetryPolicy>): Client {
  const sp = spFor(siteUrl, user, retry);
  return { sp, repos: createApp(createRepositories(sp), { storage: memoryStorage(), ...environment, siteUrl: sp.web.toUrl() }) };
}

/** Resolves when `check` holds, polling; fails with `what` after `timeoutMs`. */
export async function eventually(check: () => boolean, what: string, timeoutMs: number = 15000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The HTTP status a write met: 0 when it succeeded. */
export async function statusOf(write: Promise<unknown>): Promise<number> {
  try {
    await write;
    return 0;
  } catch (error) {
    return httpStatusOf(error) ?? -1;
  }
}
