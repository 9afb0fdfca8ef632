/**
 * The checklists' live sync, the code of the `mr-checklist-sync` chunk (see loadChecklistSync.ts): the
 * page's one tick queue, and the sessions that share it.
 */
import type { Repositories } from '../contracts/repositories';
import type { AppPorts } from '../ports';
import type { Clock } from '../ports/clock';
import { systemTimers } from '../ports/timers';
import type { OpenLiveChecklist } from './OnDemandChecklistSession';
import { SessionContext, SyncedChecklistSession } from './SyncedChecklistSession';
import { TickQueue } from './tickQueue';

export interface ChecklistSyncSetup extends AppPorts {
  /** Names the person's pending-tick queue in storage (and their tabs' channel). */
  siteUrl: string;
  clock: Clock;
  /** In [0, 1), for the polls' jitter. */
  random: () => number;
}

/** Starts the page's live sync: one tick queue, shared by every checklist it opens. */
export function startChecklistSync(repositories: Repositories, setup: ChecklistSyncSetup): OpenLiveChecklist {
  const { clock } = setup;
  const queue = new TickQueue(repositories.checklist, () => repositories.site.currentUser(), setup.storage, setup.siteUrl, setup.tabs, clock);
  const context: SessionContext = {
    repository: repositories.checklist,
    queue,
    network: setup.network,
    visibility: setup.visibility,
    clock,
    timers: setup.timers ?? systemTimers,
    random: setup.random
  };
  return (unitId, planId, period, options) => new SyncedChecklistSession(context, unitId, planId, period, options);
}
