/** PnPjs clients for the bench's Node side: the product's own setup, and a plain one as samples write it. */
import { InjectHeaders } from '@pnp/queryable';
import { spfi, SPBrowser } from '@pnp/sp';
import type { SPFI } from '@pnp/sp';
import { createRepositories, createSp } from '../../src/data';
import { createApp, memoryStorage } from '../../src/app';
import type { MrRepositories } from '../../src/app';

export type LocalUserKey = 'editor' | 'member' | 'reader';

/** The product's PnPjs setup (createSp: SPBrowser plus its bounded retries) and repositories, as one local user. */
export function productClient(siteUrl: string, user: LocalUserKey): { sp: SPFI; repos: MrRepositories } {
  const sp = createSp({
    siteUrl,
    behavior: (instance) => instance.using(SPBrowser({ baseUrl: siteUrl }), InjectHeaders({ 'X-MR-Local-User': user }))
  });
  return { sp, repos: createApp(createRepositories(sp), { storage: memoryStorage(), siteUrl: sp.web.toUrl() }) };
}

/** `spfi(url).using(SPBrowser())`, as the PnPjs getting-started samples set it up (no batching, no extra retries). */
export function sampleClient(siteUrl: string, user: LocalUserKey): SPFI {
  return spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), InjectHeaders({ 'X-MR-Local-User': user }));
}
