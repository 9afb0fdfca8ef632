/**
 * The one place that sets up PnPjs: `spfi()` for the data site and the selective imports the
 * repositories use, so that the bundle carries only those parts of @pnp/sp. What only provisioning uses
 * (fields, the site's groups) it imports itself, so that it loads with provisioning, when a site is set up.
 *
 * The host decides how requests are authenticated: the SPFx web part passes `SPFx(context)`, the local
 * host and the tests pass `SPBrowser({ baseUrl })` (plus `InjectHeaders` for the local user).
 */
import { TimelinePipe } from '@pnp/core';
import { spfi, SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import '@pnp/sp/security';
import { Resilience, RetryPolicy } from './resilience';

export type { SPFI };

export interface SpOptions {
  /** Absolute URL of the site that holds MR-programmet's lists (a central site, or the current one). */
  siteUrl: string;
  /** How requests reach SharePoint: `SPFx(context)` in SharePoint and Teams, `SPBrowser({ baseUrl })` locally. */
  behavior: TimelinePipe;
  /** Overrides of the bounded retry policy (tests shorten the waits). */
  retry?: Partial<RetryPolicy>;
}

export function createSp({ siteUrl, behavior, retry }: SpOptions): SPFI {
  // Resilience comes last so that it replaces the sender the host behavior installed.
  return spfi(siteUrl).using(behavior, Resilience(retry));
}
