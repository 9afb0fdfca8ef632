import * as React from 'react';
import type { ChecklistSession, ChecklistSessionOptions, ChecklistSnapshot, MrRepositories } from '../../app';
import type { Period } from '../../domain/period';

export interface OpenChecklist {
  session: ChecklistSession;
  snapshot: ChecklistSnapshot;
}

/**
 * Keeps one unit's checklist for a plan and period open while the component is mounted: a new snapshot
 * renders on every change (own ticks, confirmations, others' ticks), and the session closes on unmount.
 * `options` are read when the checklist opens.
 */
export function useChecklistSession(
  repositories: MrRepositories,
  unitId: number,
  planId: number,
  period: Period,
  options?: ChecklistSessionOptions
): OpenChecklist | undefined {
  const [open, setOpen] = React.useState<OpenChecklist>();
  React.useEffect(() => {
    const session = repositories.openChecklist(unitId, planId, period, options);
    const update = (): void => setOpen({ session, snapshot: session.getSnapshot() });
    const unsubscribe = session.subscribe(update);
    update();
    return () => {
      unsubscribe();
      session.close();
    };
    // The options only tune polling; a new object for the same checklist must not reopen it.
  }, [repositories, unitId, planId, period]);
  return open;
}
