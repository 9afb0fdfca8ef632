import * as React from 'react';
import { buildFollowUpReport, FollowUpReport } from '../../domain/followUp';
import type { Period } from '../../domain/period';
import { UNIT_TYPES, UnitType } from '../../domain/unit';
import { Loader, useLoad, ViewProps } from '../shared';
import type { Loaded } from '../../app';
// Imported from its module, not the app index, so that the follow-up's loader stays in the view's own chunk.
import { FollowUpData, loadFollowUp, LoadProgress } from '../../app/followUp/loadFollowUp';

export interface FollowUpState {
  period: Period;
  setPeriod: (period: Period) => void;
  /** The unit types included: all of them to begin with. */
  types: UnitType[];
  setTypes: (types: UnitType[]) => void;
  parentId?: number;
  setParentId: (parentId: number | undefined) => void;
  loader: Loader<Loaded<FollowUpData>>;
  /** How far the current load has come: at full scale the ticks list takes a while. */
  progress: LoadProgress;
  /** The figures for the chosen period and filters, once the data is there. */
  report?: FollowUpReport;
}

/**
 * The follow-up's state: the period (the host's current one to begin with) and the filters. Another
 * period loads again; the filters only rebuild the report from what is loaded.
 */
export function useFollowUp({ repositories, period: currentPeriod }: Pick<ViewProps, 'repositories' | 'period'>): FollowUpState {
  const [period, setPeriod] = React.useState(currentPeriod);
  const [types, setTypes] = React.useState<UnitType[]>([...UNIT_TYPES]);
  const [parentId, setParentId] = React.useState<number>();
  const [progress, setProgress] = React.useState<LoadProgress>({ done: 0, total: 1 });
  // Progress of a load that a newer one replaced, or that outlived the view, is dropped.
  const loads = React.useRef(0);
  React.useEffect(
    () => () => {
      loads.current++;
    },
    []
  );
  const loader = useLoad(() => {
    const run = ++loads.current;
    return loadFollowUp(repositories, period, (step) => run === loads.current && setProgress(step));
  }, [repositories, period]);

  const { state } = loader;
  const report = React.useMemo(
    () => (state.status === 'loaded' ? buildFollowUpReport({ ...state.value.value, filter: { types, parentId } }) : undefined),
    [state, types, parentId]
  );
  return { period, setPeriod, types, setTypes, parentId, setParentId, loader, progress, report };
}
