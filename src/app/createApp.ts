import type { Period } from '../domain/period';
import type { ChecklistSession, ChecklistSessionOptions } from './contracts/checklistSession';
import type { Repositories } from './contracts/repositories';
import { SessionContext, SyncedChecklistSession } from './checklist/SyncedChecklistSession';
import { TickQueue } from './checklist/tickQueue';
import { systemClock } from './ports/clock';
import type { AppPorts } from './ports';
import { systemTimers } from './ports/timers';
import { updateVisits, UpdateVisits } from './updates/visits';

/** What the hosts hand the UI: the repositories, and the checklist use case wired to the host's ports. */
export interface MrRepositories extends Repositories {
  /** Opens a unit's checklist for a plan and period; close it when the view goes away. */
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

/** The composition the hosts make once per data site: one tick queue for every checklist the page opens. */
export function createApp(repositories: Repositories, setup: AppSetup): MrRepositories {
  const clock = setup.clock ?? systemClock;
  const queue = new TickQueue(repositories.checklist, () => repositories.site.currentUser(), setup.storage, setup.siteUrl, setup.tabs, clock);
  const context: SessionContext = {
    repository: repositories.checklist,
    queue,
    network: setup.network,
    visibility: setup.visibility,
    clock,
    timers: setup.timers ?? systemTimers,
    random: setup.random ?? Math.random
  };
  return {
    ...repositories,
    openChecklist: (unitId, planId, period, options) => new SyncedChecklistSession(context, unitId, planId, period, options),
    visits: updateVisits(setup.storage, setup.siteUrl)
  };
}
