import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';

/** The page context the local page reads before it starts (local/start.ts), shaped as SPFx's legacyPageContext. */
export interface LocalPageContext {
  formDigestValue: string;
  formDigestTimeoutSeconds: number;
}

/**
 * The page's form digest on every write while it is fresh, as PnPjs's SPFx behaviour takes it from the
 * pageContext on the page's own site: the first $batch need not ask _api/contextinfo. Once it is close to
 * expiring, PnPjs asks for a new one as usual.
 */
export function PageDigest(context: LocalPageContext, now: () => number = Date.now): TimelinePipe<Queryable> {
  const issued = Date.parse(context.formDigestValue.split(',')[1] ?? '');
  // A margin, as the SPFx behaviour keeps one, so a digest is never sent at the edge of its life.
  const expires = issued + (context.formDigestTimeoutSeconds - 15) * 1000;
  return (instance) => {
    instance.on.pre(async (url, init, result) => {
      const method = (init.method ?? 'GET').toUpperCase();
      if (method !== 'GET' && Number.isFinite(expires) && now() < expires) init.headers = { 'X-RequestDigest': context.formDigestValue, ...init.headers };
      return [url, init, result];
    });
    return instance;
  };
}
