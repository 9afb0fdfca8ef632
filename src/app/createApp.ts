import type { Period } from '../domain/period';
import type { ChecklistSession, ChecklistSessionOptions } from './contracts/checklistSession';
import type { Repositories } from './contracts/repositories';
import { loadChecklistSync } from './checklist/loadChecklistSync';
import { OnDemandChecklistSession, OpenLiveChecklist } from './checklist/OnDemandChecklistSession';
import { systemClock } from './ports/clock';
import type { AppPorts } from './ports';
import { updateVisits, UpdateVisits } from './updates/visits';

/** What the hosts hand the UI: the repositories, and the checklist use case wired to the host's ports. */
export interface MrRepositories extends Repositories {
  /** Opens a unit's checklist for a plan and period (at once; it is loading until its live sync is there); close it when the view goes away. */
  openChecklist(unitId: number, planId: number, period: Period, options?: ChecklistSessionOptions): ChecklistSession;
  /** The person's last visit to the updates, in the host's storage. */
  visits: UpdateVisits;
}

export interface AppSetup extends AppPorts {
  /** The data site as the repositories address it; names the person's pending-tick queue in storage. */
  siteUrl: string;
  /** In [0, 1), for the jitter of live updates; default Math.random. */
  random?: () => number;
}

/**
 * The composition the hosts make once per data site. The checklists' live sync starts when the first
 * checklist opens (its code loads on demand), with one tick queue for every checklist the page opens.
 */
export function createApp(repositories: Repositories, setup: AppSetup): MrRepositories {
  const clock = setup.clock ?? systemClock;
  let sync: Promise<OpenLiveChecklist> | undefined;
  const startSync = (): Promise<OpenLiveChecklist> => {
    if (sync === undefined) {
      sync = loadChecklistSync().then(({ startChecklistSync }) => startChecklistSync(repositories, { ...setup, clock, random: setup.random ?? Math.random }));
      // A fetch that failed is tried again by the next checklist that asks.
      sync.catch(() => (sync = undefined));
    }
    return sync;
  };
  return {
    ...repositories,
    openChecklist: (unitId, planId, period, options) => new OnDemandChecklistSession(startSync, clock, setup.network, unitId, planId, period, options),
    visits: updateVisits(setup.storage, setup.siteUrl)
  };
}
