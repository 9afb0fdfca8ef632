import type { Period } from '../../domain/period';
import type { StartData, StartRepository, StartRouteRequest } from '../contracts/start';
import type { StartCache, StartCacheKey } from '../ports/startCache';

/** What the start shows: the data, and whether it came from the browser's cache and is being refreshed. */
export interface StartShown {
  data: StartData;
  /** From the cache, while the one $batch revalidates it: ticks in it are not confirmed. */
  refreshing: boolean;
}

export interface StartPlan {
  start: StartRepository;
  cache?: StartCache;
  /** Whose cache entry: absent when the host does not know the person before asking, and then nothing is cached. */
  cacheKey?: StartCacheKey;
  /** The schema version this code reads: a cache entry written under another is ignored. */
  schemaVersion: number;
  /** The unit the first view shows when it is known before any request: from the link or the web part's settings. */
  knownUnitId?: number;
  period: Period;
  /** The plan whose page the route opens. */
  planKey?: string;
  /** The route shows the unit's saved minutes (the plans' list). */
  savedMinutes?: boolean;
  now: Date;
  /** The unit the start data lead to when none was known (the team's, or the person's own). */
  unitOf: (data: StartData) => number | undefined;
  /**
   * Resolves once the start `onShown` gave from the cache is on screen. The batch waits for it, so a warm
   * start asks nothing before its first paint and no answer competes with that paint.
   */
  painted?: () => Promise<void>;
}

/** Whether the cache may hold this start, known at once; a cache that cannot say holds nothing. */
function mayBeCached({ cache, cacheKey }: StartPlan): boolean {
  if (cache === undefined || cacheKey === undefined) return false;
  try {
    return cache.holds(cacheKey);
  } catch {
    return false;
  }
}

async function readCache(plan: StartPlan): Promise<StartData | undefined> {
  const { cache, cacheKey } = plan;
  if (cache === undefined || cacheKey === undefined) return undefined;
  try {
    // Another person's data never shows here: entries are read by person, and everyone else's go meanwhile.
    const [, data] = await Promise.all([cache.forgetOthers(cacheKey.person), cache.read(cacheKey)]);
    return data?.status.state === 'ready' && data.status.schemaVersion === plan.schemaVersion ? data : undefined;
  } catch {
    // A cache that cannot be read is no cache.
    return undefined;
  }
}

function writeCache(plan: StartPlan, data: StartData): void {
  const { cache, cacheKey } = plan;
  if (cache === undefined || cacheKey === undefined || data.status.state !== 'ready') return;
  // A browser that refuses to store only loses the next warm start.
  cache.write(cacheKey, data).catch(() => undefined);
}

/**
 * Use case: the app's start. With a unit known (the link's, the settings', or the one the cache last
 * showed for this host) everything the first view needs comes in one $batch; without one, the unit
 * follows from the first batch and the route's data from a second. A cached start shows at once, marked
 * as refreshing, and the batch leaves once it is painted; with nothing cached the batch leaves at once,
 * before this function first waits. `onShown` hears each start shown.
 */
export async function startApp(plan: StartPlan, onShown: (shown: StartShown) => void): Promise<StartData> {
  const routeFor = (unitId: number): StartRouteRequest => ({ unitId, period: plan.period, planKey: plan.planKey, savedMinutes: plan.savedMinutes, now: plan.now });
  const load = (unitId: number | undefined): Promise<StartData> => plan.start.load(unitId === undefined ? undefined : routeFor(unitId));
  let fresh: StartData;
  if (mayBeCached(plan)) {
    const cached = await readCache(plan);
    if (cached !== undefined) {
      // The cache is this person's (its key says so): what the cached view asks about them needs no request.
      plan.start.remember(cached.user);
      onShown({ data: cached, refreshing: true });
      // A paint that cannot be confirmed delays nothing further.
      await plan.painted?.().catch(() => undefined);
    }
    fresh = await load(plan.knownUnitId ?? cached?.route?.unitId);
  } else {
    const loading = load(plan.knownUnitId);
    // Nothing of this person's to show, but anyone else's entries still go.
    if (plan.cache !== undefined && plan.cacheKey !== undefined) plan.cache.forgetOthers(plan.cacheKey.person).catch(() => undefined);
    fresh = await loading;
  }
  const found = fresh.route !== undefined || fresh.status.state === 'notProvisioned' ? undefined : plan.unitOf(fresh);
  const data = found === undefined ? fresh : { ...fresh, route: await plan.start.loadRoute(routeFor(found)).catch(() => undefined) };
  writeCache(plan, data);
  onShown({ data, refreshing: false });
  return data;
}
