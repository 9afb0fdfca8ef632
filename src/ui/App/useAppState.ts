import * as React from 'react';
import { MrRepositories, Permissions, SiteStatus, StartData, startApp, StartPlan, StartShown, UnitChoices, withStartData } from '../../app';
import type { Person } from '../../domain/person';
import type { LoadState } from '../shared';
import { Route, routeToSubPageId } from '../routing';
import { UnitResolution, useUnitResolution } from '../UnitBar';
import { KnownSource, resolveUnits, shownUnit } from '../UnitBar/useUnitResolution';
import type { HostContext } from './HostContext';
import { whenViewPainted } from './whenViewPainted';

export interface AppState {
  route: Route;
  navigate: (route: Route) => void;
  /** The link the host could not read, until the person moves on. */
  invalidLink?: string;
  site: LoadState<SiteAccess>;
  reloadSite: () => void;
  unit: UnitResolution;
  /** Shows another unit: it goes into the route, so the link opens the same unit. */
  selectUnit: (unitId: number) => void;
  /** Whether SharePoint lets the person change the shown unit's record: one of their own units, or they are an editor. */
  canChangeUnit: boolean;
  /** What the views read through: the start's data handed over once, then SharePoint. */
  repositories: MrRepositories;
  /** What shows came from the browser's cache and the start's batch has not answered yet. */
  refreshing: boolean;
  /** Changes when the start shows something new (the batch's answer after the cache's). */
  startKey: number;
}

/** What the app learns about the data site before it shows any view. */
export interface SiteAccess {
  status: SiteStatus;
  permissions: Permissions;
  user: Person;
}

/**
 * The app's state: the current route (following the host when it learns a new one, e.g. Teams'
 * sub-page id after the first render), the start (the site's status, the person, their rights, the units
 * and the first view's data, in one round trip), and the unit.
 */
export function useAppState(host: HostContext, panel: () => HTMLElement | undefined): AppState {
  const [route, setRoute] = React.useState(host.route);
  const [invalidLink, setInvalidLink] = React.useState(host.invalidLink);
  const hostRoute = routeToSubPageId(host.route);
  React.useEffect(() => {
    setRoute(host.route);
    setInvalidLink(host.invalidLink);
    // The route is compared by value: hosts build a new object on every render.
  }, [hostRoute, host.invalidLink]);

  const { onRouteChange } = host;
  const current = React.useRef(route);
  current.current = route;
  const navigate = React.useCallback(
    (next: Route) => {
      // The unit stays as the person moves between views, so any link they copy opens the same unit.
      const kept = next.unit === undefined && current.current.unit !== undefined ? { ...next, unit: current.current.unit } : next;
      setRoute(kept);
      setInvalidLink(undefined);
      onRouteChange?.(kept);
    },
    [onRouteChange]
  );

  const { site, state: start, repositories, refreshing, reload } = useStart(host, route, panel);
  const ready = site.status === 'loaded' && site.value.status.state !== 'notProvisioned';
  const unit = useUnitResolution(host.repositories, { source: host.unitSource, choices: ready ? start?.choices : undefined, linkedUnitId: route.unit, team: host.team });
  const shown = unit.status === 'resolved' ? unit.unit : undefined;
  // SharePoint's answer: the unit's folders let the person write (their own unit, or any unit for an editor).
  const canChangeUnit = shown !== undefined && unit.status === 'resolved' && unit.writableUnitIds.has(shown.id);

  return {
    route,
    navigate,
    invalidLink,
    site,
    reloadSite: reload,
    unit,
    selectUnit: (unitId) => navigate({ ...current.current, unit: unitId }),
    canChangeUnit,
    repositories,
    refreshing,
    startKey: start?.key ?? 0
  };
}

interface StartState {
  data: StartData;
  choices: UnitChoices;
  refreshing: boolean;
  /** Counts the starts shown: the view is made afresh when the batch replaces what the cache showed. */
  key: number;
}

function choicesOf(data: StartData): UnitChoices {
  return { units: data.units.value, ownUnitIds: new Set(data.rights.own), writableUnitIds: new Set(data.rights.writable), problems: data.units.problems };
}

/** One start under way: what it showed last, or how it failed, for whoever listens (the listener may come later). */
interface StartRun {
  listen(onShown: (shown: StartShown) => void, onFailed: (error: unknown) => void): () => void;
}

function runStart(plan: StartPlan): StartRun {
  let shown: StartShown | undefined;
  let failure: { error: unknown } | undefined;
  let listener: { onShown: (shown: StartShown) => void; onFailed: (error: unknown) => void } | undefined;
  startApp(plan, (next) => {
    shown = next;
    listener?.onShown(next);
  }).catch((error: unknown) => {
    failure = { error };
    listener?.onFailed(error);
  });
  return {
    listen: (onShown, onFailed) => {
      listener = { onShown, onFailed };
      if (shown !== undefined) onShown(shown);
      if (failure !== undefined) onFailed(failure.error);
      return () => (listener = undefined);
    }
  };
}

/**
 * The app's start (app/start/startApp): the cached start at once when there is one, then, once the tab
 * panel (`panel`) has painted it, the one $batch. The first start leaves as the app first renders, not
 * after: its request and the first render overlap. Waits only for Teams to say which team the tab is in.
 */
function useStart(
  host: HostContext,
  route: Route,
  panel: () => HTMLElement | undefined
): { site: LoadState<SiteAccess>; state?: StartState; repositories: MrRepositories; refreshing: boolean; reload: () => void } {
  const [state, setState] = React.useState<StartState>();
  const [failure, setFailure] = React.useState<{ error: unknown }>();
  const [attempt, setAttempt] = React.useState(0);
  const sourceKey = JSON.stringify(host.unitSource);
  const { repositories, unitSource, period, startCache, dataSiteUrl } = host;
  // Read once per start: later moves between views and units load as the views ask.
  const first = React.useRef(route);
  const linkedUnitId = first.current.unit;
  const source = React.useRef(unitSource);
  source.current = unitSource;
  // The link's unit needs nothing from Teams; without one, the start waits for Teams to say which team the tab is in.
  const startFor = linkedUnitId !== undefined ? `unit:${linkedUnitId}` : unitSource.kind === 'pending' ? undefined : sourceKey;
  const planStart = (): StartPlan => {
    const { view, item } = first.current;
    const known = (): KnownSource | undefined => (source.current.kind === 'pending' ? undefined : source.current);
    const configured = known();
    return {
      start: repositories.start,
      cache: startCache?.cache,
      cacheKey: startCache === undefined || startFor === undefined ? undefined : { siteUrl: dataSiteUrl, person: startCache.person, unit: startFor },
      schemaVersion: startCache?.schemaVersion ?? 0,
      knownUnitId: linkedUnitId ?? (configured?.kind === 'configured' ? configured.unitId : undefined),
      period,
      planKey: view === 'plans' ? item : undefined,
      savedMinutes: view === 'plans' && item === undefined,
      now: new Date(),
      // Asked when the answer comes: by then Teams may have said which team the tab is in.
      unitOf: (data) => {
        const at = known();
        return at === undefined ? undefined : shownUnit(resolveUnits(choicesOf(data), at), linkedUnitId)?.id;
      },
      painted: () => whenViewPainted(panel)
    };
  };
  // Started while the app first renders (a start, like a fetch, may begin before what shows it is there).
  const firstRun = React.useRef<{ run: StartRun; for: string }>();
  const started = React.useRef(false);
  if (!started.current && startFor !== undefined) {
    started.current = true;
    firstRun.current = { run: runStart(planStart()), for: startFor };
  }
  React.useEffect(() => {
    if (startFor === undefined) return undefined;
    setFailure(undefined);
    const early = firstRun.current;
    firstRun.current = undefined;
    // The render's start serves the first effect, unless what it was for changed in between.
    const run = early !== undefined && early.for === startFor ? early.run : runStart(planStart());
    return run.listen(
      (next) => setState((before) => ({ data: next.data, choices: choicesOf(next.data), refreshing: next.refreshing, key: (before?.key ?? 0) + 1 })),
      (error) => setFailure({ error })
    );
  }, [repositories, startFor, period, attempt]);

  const reload = React.useCallback(() => {
    setState(undefined);
    setAttempt((n) => n + 1);
  }, []);
  const data = state?.data;
  const primed = React.useMemo(() => withStartData(repositories, data?.route), [repositories, data]);
  let site: LoadState<SiteAccess>;
  if (failure !== undefined) site = { status: 'failed', error: failure.error };
  else if (data === undefined) site = { status: 'loading' };
  else site = { status: 'loaded', value: { status: data.status, permissions: data.permissions, user: data.user } };
  return { site, state, repositories: primed, refreshing: state?.refreshing === true && failure === undefined, reload };
}
