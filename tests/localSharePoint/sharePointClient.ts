/**
 * Test helpers: a local SharePoint per test file and PnPjs clients acting as each local user,
 * configured as the product configures PnPjs in the browser (SPBrowser).
 */
import { InjectHeaders } from '@pnp/queryable';
import { SPBrowser, spfi } from '@pnp/sp';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import '@pnp/sp/webs';
import { startLocalSharePoint } from '../../local/server/index.ts';
import type { LocalSharePoint, LocalSharePointOptions, LocalUserKey } from '../../local/server/index.ts';

export function spAs(sharePoint: LocalSharePoint, user: LocalUserKey = 'editor'): SPFI {
  return spfi(sharePoint.siteUrl).using(SPBrowser({ baseUrl: sharePoint.siteUrl }), InjectHeaders({ 'X-MR-Local-User': user }));
}

export function startInMemory(options: LocalSharePointOptions = {}): Promise<LocalSharePoint> {
  return startLocalSharePoint({ port: 0, memory: true, ...options });
}

/** The HTTP status PnPjs reports for a failed call (HttpRequestError.status). */
export async function statusOf(call: Promise<unknown>): Promise<number> {
  try {
    await call;
  } catch (error) {
    return (error as { status?: number }).status ?? -1;
  }
  throw new Error('Expected the call to fail');
}

/** The odata.error body PnPjs attaches to a failed call. */
export async function errorOf(call: Promise<unknown>): Promise<{ status: number; code: string; message: string }> {
  try {
    await call;
  } catch (error) {
    const failure = error as { status: number; response: Response };
    const body = (await failure.response.clone().json()) as Record<string, { code: string; message: { value: string } }>;
    const odataError = body['odata.error'] ?? body.error;
    return { status: failure.status, code: odataError.code, message: odataError.message.value };
  }
  throw new Error('Expected the call to fail');
}
