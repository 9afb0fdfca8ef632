import * as React from 'react';
import { MrRepositories, Permissions, SiteStatus, StartData, startApp, StartShown, UnitChoices, withStartData } from '../../app';
import type { Person } from '../../domain/person';
import type { LoadState } from '../shared';
import { Route, routeToSubPageId } from '../routing';
import { UnitResolution, useUnitResolution } from '../UnitBar';
import { resolveUnits, shownUnit } from '../UnitBar/useUnitResolution';
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

/**
 * The app's start (app/start/startApp): the cached start at once when there is one, then, once the tab
 * panel (`panel`) has painted it, the one $batch.
 * Waits only for Teams to say which team the tab is in.
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
  React.useEffect(() => {
    if (unitSource.kind === 'pending') return undefined;
    let live = true;
    setFailure(undefined);
    const { unit: linkedUnitId, view, item } = first.current;
    const knownUnitId = linkedUnitId ?? (unitSource.kind === 'configured' ? unitSource.unitId : undefined);
    const shows = (next: StartShown): void => {
      if (live) setState((before) => ({ data: next.data, choices: choicesOf(next.data), refreshing: next.refreshing, key: (before?.key ?? 0) + 1 }));
    };
    startApp(
      {
        start: repositories.start,
        cache: startCache?.cache,
        cacheKey: startCache === undefined ? undefined : { siteUrl: dataSiteUrl, person: startCache.person, unit: linkedUnitId === undefined ? sourceKey : `unit:${linkedUnitId}` },
        schemaVersion: startCache?.schemaVersion ?? 0,
        knownUnitId,
        period,
        planKey: view === 'plans' ? item : undefined,
        savedMinutes: view === 'plans' && item === undefined,
        now: new Date(),
        unitOf: (data) => shownUnit(resolveUnits(choicesOf(data), unitSource), linkedUnitId)?.id,
        painted: () => whenViewPainted(panel)
      },
      shows
    ).catch((error: unknown) => {
      if (live) setFailure({ error });
    });
    return () => {
      live = false;
    };
  }, [repositories, sourceKey, period, attempt]);

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
