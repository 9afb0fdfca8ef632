import * as React from 'react';
import { loadSiteAccess, SiteAccess } from '../../app';
import { LoadState, useLoad } from '../shared';
import { Route, routeToSubPageId } from '../routing';
import { UnitResolution, useUnitResolution } from '../UnitBar';
import type { HostContext } from './HostContext';

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
}

/**
 * The app's state: the current route (following the host when it learns a new one, e.g. Teams'
 * sub-page id after the first render), the data site's status and the person's permissions (one round
 * trip, asked in parallel), and the unit.
 */
export function useAppState(host: HostContext): AppState {
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

  const { site } = host.repositories;
  const { state, reload } = useLoad((): Promise<SiteAccess> => loadSiteAccess(site), [site]);

  const ready = state.status === 'loaded' && state.value.status.state !== 'notProvisioned';
  const unit = useUnitResolution(host.repositories, { source: host.unitSource, ready, linkedUnitId: route.unit, team: host.team });
  const shown = unit.status === 'resolved' ? unit.unit : undefined;
  // SharePoint's answer: the unit's folders let the person write (their own unit, or any unit for an editor).
  const canChangeUnit = shown !== undefined && unit.status === 'resolved' && unit.writableUnitIds.has(shown.id);

  return {
    route,
    navigate,
    invalidLink,
    site: state,
    reloadSite: reload,
    unit,
    selectUnit: (unitId) => navigate({ ...current.current, unit: unitId }),
    canChangeUnit
  };
}
