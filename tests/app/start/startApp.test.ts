import { memoryStartCache, startApp } from '../../../src/app';
import type { StartCache, StartCacheKey, StartData, StartPlan, StartRepository, StartRouteData, StartRouteRequest, StartShown } from '../../../src/app';
import { PERIOD, UNITS } from '../../ui/fakes';

const SCHEMA = 4;

function data(person: string, unitId?: number): StartData {
  return {
    status: { state: 'ready', schemaVersion: SCHEMA },
    permissions: { canContribute: true, canEdit: false, canProvision: false },
    user: { id: person === 'anna' ? 1 : 2, name: person },
    units: { value: UNITS, problems: [] },
    rights: { own: [3], writable: [3] },
    route: unitId === undefined ? undefined : routeData(unitId)
  };
}

function routeData(unitId: number): StartRouteData {
  return { unitId, period: PERIOD, overview: { value: { actionPlans: [], assessments: [], latestUpdates: [] }, problems: [] } };
}

/** A start repository that records what it was asked, answering for `person`. */
function recordingStart(person: string): StartRepository & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    load: async (route?: StartRouteRequest) => {
      calls.push(route === undefined ? 'load' : `load(unit ${route.unitId})`);
      return data(person, route?.unitId);
    },
    loadRoute: async (route: StartRouteRequest) => {
      calls.push(`loadRoute(unit ${route.unitId})`);
      return routeData(route.unitId);
    },
    remember: (known) => calls.push(`remember(${known.name})`)
  };
}

const key = (person: string): StartCacheKey => ({ siteUrl: 'https://x.sharepoint.com/sites/mr', person, unit: '{"kind":"membership"}' });

function plan(start: StartRepository, overrides: Partial<StartPlan> = {}): StartPlan {
  return { start, schemaVersion: SCHEMA, period: PERIOD, planKey: 'antiRacism', now: new Date('2025-06-01'), unitOf: () => 3, ...overrides };
}

async function run(p: StartPlan): Promise<StartShown[]> {
  const shown: StartShown[] = [];
  await startApp(p, (next) => shown.push(next));
  return shown;
}

describe('startApp', () => {
  it('asks once, route included, when the unit is known before any request', async () => {
    const start = recordingStart('anna');
    const shown = await run(plan(start, { knownUnitId: 4 }));
    expect(start.calls).toEqual(['load(unit 4)']);
    expect(shown).toEqual([{ data: data('anna', 4), refreshing: false }]);
  });

  it('sends the batch before it first waits when nothing is cached: a first start asks before the app has rendered', async () => {
    const start = recordingStart('anna');
    const cache = memoryStartCache();
    const started = startApp(plan(start, { knownUnitId: 4, cache, cacheKey: key('anna') }), () => undefined);
    expect(start.calls).toEqual(['load(unit 4)']);
    await started;
    // What it showed is cached for the next start, which then reads it first.
    expect(cache.holds(key('anna'))).toBe(true);
  });

  it('treats a cache that cannot say what it holds as empty', async () => {
    const cache = memoryStartCache();
    await cache.write(key('anna'), data('anna', 3));
    cache.holds = () => {
      throw new Error('localStorage is blocked');
    };
    const start = recordingStart('anna');
    const shown = await run(plan(start, { cache, cacheKey: key('anna'), knownUnitId: 3 }));
    expect(shown.map((s) => s.refreshing)).toEqual([false]);
    expect(start.calls).toEqual(['load(unit 3)']);
  });

  it('asks twice when the unit follows from the first answer: the unit the data lead to gets the route', async () => {
    const start = recordingStart('anna');
    const shown = await run(plan(start));
    expect(start.calls).toEqual(['load', 'loadRoute(unit 3)']);
    expect(shown[0].data.route?.unitId).toBe(3);
  });

  it('shows the cached start at once, marked as refreshing, then the fresh one; the cached unit makes the batch one', async () => {
    const cache = memoryStartCache();
    await cache.write(key('anna'), data('anna', 3));
    const start = recordingStart('anna');
    const shown = await run(plan(start, { cache, cacheKey: key('anna') }));
    expect(shown.map((s) => s.refreshing)).toEqual([true, false]);
    // Who the cached person is needs no request of its own; then the one batch.
    expect(start.calls).toEqual(['remember(anna)', 'load(unit 3)']);
    expect(await cache.read(key('anna'))).toEqual(shown[1].data);
  });

  it('sends the batch only once the cached start is painted: a warm start asks nothing before its first paint', async () => {
    const cache = memoryStartCache();
    await cache.write(key('anna'), data('anna', 3));
    const start = recordingStart('anna');
    let paint: () => void = () => undefined;
    const painted = new Promise<void>((resolve) => (paint = resolve));
    const shown: StartShown[] = [];
    const started = startApp(plan(start, { cache, cacheKey: key('anna'), knownUnitId: 3, painted: () => painted }), (next) => shown.push(next));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(shown.map((s) => s.refreshing)).toEqual([true]);
    expect(start.calls).toEqual(['remember(anna)']);
    paint();
    await started;
    expect(start.calls).toEqual(['remember(anna)', 'load(unit 3)']);
    expect(shown.map((s) => s.refreshing)).toEqual([true, false]);
  });

  it('sends the batch even when the paint cannot be confirmed', async () => {
    const cache = memoryStartCache();
    await cache.write(key('anna'), data('anna', 3));
    const start = recordingStart('anna');
    const shown = await run(plan(start, { cache, cacheKey: key('anna'), painted: () => Promise.reject(new Error('no frame')) }));
    expect(start.calls).toEqual(['remember(anna)', 'load(unit 3)']);
    expect(shown.map((s) => s.refreshing)).toEqual([true, false]);
  });

  it('never shows another person’s cached data, and forgets it when someone else starts', async () => {
    const cache = memoryStartCache();
    await cache.write(key('anna'), data('anna', 3));
    const shown = await run(plan(recordingStart('bo'), { cache, cacheKey: key('bo') }));
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ refreshing: false, data: { user: { name: 'bo' } } });
    expect(await cache.read(key('anna'))).toBeUndefined();
  });

  it('ignores a cache that fails to read, and starts cold', async () => {
    const broken: StartCache = {
      holds: () => true,
      read: () => Promise.reject(new Error('IndexedDB is broken')),
      write: () => Promise.reject(new Error('IndexedDB is broken')),
      forgetOthers: () => Promise.reject(new Error('IndexedDB is broken'))
    };
    const shown = await run(plan(recordingStart('anna'), { cache: broken, cacheKey: key('anna') }));
    expect(shown).toEqual([{ data: expect.objectContaining({ user: expect.objectContaining({ name: 'anna' }) }), refreshing: false }]);
  });

  it('ignores an entry written under another schema version', async () => {
    const cache = memoryStartCache();
    await cache.write(key('anna'), { ...data('anna', 3), status: { state: 'ready', schemaVersion: SCHEMA - 1 } });
    const shown = await run(plan(recordingStart('anna'), { cache, cacheKey: key('anna') }));
    expect(shown.map((s) => s.refreshing)).toEqual([false]);
  });

  it('raises the batch’s failure, after showing the cache', async () => {
    const cache = memoryStartCache();
    await cache.write(key('anna'), data('anna', 3));
    const failing: StartRepository = { load: () => Promise.reject(new Error('offline')), loadRoute: () => Promise.reject(new Error('offline')), remember: () => undefined };
    const shown: StartShown[] = [];
    await expect(startApp(plan(failing, { cache, cacheKey: key('anna') }), (next) => shown.push(next))).rejects.toThrow('offline');
    expect(shown.map((s) => s.refreshing)).toEqual([true]);
  });
});
