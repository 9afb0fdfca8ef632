import * as React from 'react';
import { buildFollowUpReport, FollowUpReport } from '../../domain/followUp';
import { Period, previousReportPeriod } from '../../domain/period';
import type { UnitType } from '../../domain/unit';
import { followUpLinkItem, followUpSelectionOf } from './followUpLink';
import { Loader, useLoad, ViewProps } from '../shared';
// Imported from its module, not the app index, so that the follow-up's loader stays in the view's own chunk.
import { FollowUpVerification, loadFollowUp, LoadedFollowUp, LoadProgress } from '../../app/followUp/loadFollowUp';

/** A load of the follow-up, tagged with the recount it answers (0: read from the summaries). */
export interface FollowUpLoad {
  loaded: LoadedFollowUp;
  recount: number;
}

export interface FollowUpState {
  period: Period;
  setPeriod: (period: Period) => void;
  /** The period compared with: the previous report's, two years before, unless the person chose another. */
  comparedWith: Period;
  setComparedWith: (period: Period) => void;
  /** The unit types included: all of them to begin with. */
  types: UnitType[];
  setTypes: (types: UnitType[]) => void;
  parentId?: number;
  setParentId: (parentId: number | undefined) => void;
  loader: Loader<FollowUpLoad>;
  /** How far the current load has come. */
  progress: LoadProgress;
  /** The figures for the chosen periods and filters, once the data is there. */
  report?: FollowUpReport;
  /** "Recount and compare": counts every tick row, shows where the summaries differed and repairs them. */
  verify: () => void;
  /** The number of the latest recount asked for; 0 before any. */
  recountsAsked: number;
  /** A recount is running. */
  recounting: boolean;
  /** What the recount found, when the figures shown are the recount's. */
  verification?: FollowUpVerification;
}

/**
 * The follow-up's state: the periods (the host's current one and the previous report's to begin with)
 * and the filters. Other periods load again (from the units' summaries); the filters only rebuild the
 * report from what is loaded; `verify` loads the same periods with the full recount.
 */
export function useFollowUp({ repositories, period: currentPeriod, route, navigate }: Pick<ViewProps, 'repositories' | 'period' | 'route' | 'navigate'>): FollowUpState {
  // The link's selection, read once: from then on the selection writes the link.
  const [initial] = React.useState(() => followUpSelectionOf(route.item, currentPeriod));
  const [period, choosePeriod] = React.useState(initial.period);
  const [chosenComparison, setChosenComparison] = React.useState<Period | undefined>(
    initial.comparedWith === previousReportPeriod(initial.period) ? undefined : initial.comparedWith
  );
  const [types, setTypes] = React.useState<UnitType[]>([...initial.types]);
  const [parentId, setParentId] = React.useState<number | undefined>(initial.parentId);
  const [progress, setProgress] = React.useState<LoadProgress>({ done: 0, total: 1 });
  const [recountsAsked, setRecountsAsked] = React.useState(0);
  // A recount belongs to the periods it counted: other periods open from the summaries again.
  const [recountFor, setRecountFor] = React.useState<string>();
  const comparedWith = chosenComparison !== undefined && chosenComparison < period ? chosenComparison : previousReportPeriod(period);
  const periodsKey = `${period}:${comparedWith}`;
  const recount = recountFor === periodsKey ? recountsAsked : 0;
  const linkItem = followUpLinkItem({ period, comparedWith, types, parentId }, currentPeriod);
  React.useEffect(() => {
    if (linkItem !== route.item) navigate({ ...route, view: 'followUp', item: linkItem });
    // Only a change of the selection writes the link; the route it writes comes back equal.
  }, [linkItem]);

  // Progress of a load that a newer one replaced, or that outlived the view, is dropped.
  const loads = React.useRef(0);
  React.useEffect(
    () => () => {
      loads.current++;
    },
    []
  );
  const loader = useLoad(async () => {
    const run = ++loads.current;
    const onProgress = (step: LoadProgress): void => {
      if (run === loads.current) setProgress(step);
    };
    return { loaded: await loadFollowUp(repositories, { period, comparedWith }, { recount: recount > 0, onProgress }), recount };
  }, [repositories, period, comparedWith, recount]);

  const { state } = loader;
  const report = React.useMemo(
    () => (state.status === 'loaded' ? buildFollowUpReport({ ...state.value.loaded.value, filter: { types, parentId } }) : undefined),
    [state, types, parentId]
  );
  const verify = React.useCallback(() => {
    setRecountFor(periodsKey);
    setRecountsAsked((n) => n + 1);
  }, [periodsKey]);
  return {
    period,
    setPeriod: choosePeriod,
    comparedWith,
    setComparedWith: setChosenComparison,
    types,
    setTypes,
    parentId,
    setParentId,
    loader,
    progress,
    report,
    verify,
    recountsAsked,
    recounting: state.status === 'loading' && recount > 0,
    verification: state.status === 'loaded' ? state.value.loaded.verification : undefined
  };
}
