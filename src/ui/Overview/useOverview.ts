import type { Loaded, Overview } from '../../app';
import { toIsoDate } from '../../domain/dates';
import { Loader, useLoad, ViewProps } from '../shared';

export interface OverviewState {
  loader: Loader<Loaded<Overview>>;
  /** Today (yyyy-mm-dd), for the governance-gap warnings. */
  today: string;
}

/** Loads everything the overview shows in one request, again when the unit or period changes. */
export function useOverview({ repositories, unit, period }: Pick<ViewProps, 'repositories' | 'unit' | 'period'>): OverviewState {
  const unitId = unit?.id;
  const loader = useLoad(() => repositories.programme.loadOverview(unitId, period, new Date()), [repositories, unitId, period]);
  return { loader, today: toIsoDate(new Date()) };
}
