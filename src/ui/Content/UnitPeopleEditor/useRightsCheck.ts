import * as React from 'react';
import { checkUnitRights, RightsCheckOutcome, RightsCheckProgress, UnitPeopleRepository } from '../../../app';

export interface RightsCheckState {
  running: boolean;
  progress?: RightsCheckProgress;
  outcome?: RightsCheckOutcome;
  run: () => void;
}

/** The editors' "check rights": one run at a time, its progress, and what it repaired or why it stopped. */
export function useRightsCheck(repository: UnitPeopleRepository): RightsCheckState {
  const [running, setRunning] = React.useState(false);
  const [progress, setProgress] = React.useState<RightsCheckProgress>();
  const [outcome, setOutcome] = React.useState<RightsCheckOutcome>();
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );

  const run = (): void => {
    if (running) return;
    setRunning(true);
    setProgress(undefined);
    setOutcome(undefined);
    // Never rejects: the use case turns a failure into an outcome.
    void checkUnitRights(repository, (next) => {
      if (mounted.current) setProgress(next);
    }).then((result) => {
      if (!mounted.current) return;
      setOutcome(result);
      setRunning(false);
    });
  };

  return { running, progress, outcome, run };
}
