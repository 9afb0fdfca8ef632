import { SPFI } from '@pnp/sp';
import { Period } from '../../domain/period';
import { Person } from '../../domain/person';
import { memoryStorage } from '../session/pendingTicks';
import { SyncedChecklistSession } from '../session/SyncedChecklistSession';
import { TickReplayer } from '../session/tickReplayer';
import { ChecklistSessionOptions, KeyValueStorage, MrRepositories, NetworkSignal } from './interfaces';
import { SpActionPlanRepository } from './SpActionPlanRepository';
import { SpChecklistRepository } from './SpChecklistRepository';
import { SpFollowUpRepository } from './SpFollowUpRepository';
import { SpProgrammeRepository } from './SpProgrammeRepository';
import { SpSiteRepository } from './SpSiteRepository';
import { SpStaircaseRepository } from './SpStaircaseRepository';
import { SpUnitRepository } from './SpUnitRepository';
import { SpUpdateRepository } from './SpUpdateRepository';

export interface RepositoryEnvironment {
  /** Where pending ticks wait for SharePoint; default window.localStorage, or memory where there is none. */
  storage?: KeyValueStorage;
  /** When the network comes back; default the browser's `online` event. */
  network?: NetworkSignal;
}

function browserStorage(): KeyValueStorage {
  try {
    // Reading localStorage throws where the browser blocks it (some embedded frames, strict privacy settings).
    if (typeof window !== 'undefined' && window.localStorage) return window.localStorage;
  } catch {
    // fall through to memory
  }
  return memoryStorage();
}

function browserNetwork(): NetworkSignal | undefined {
  if (typeof window === 'undefined') return undefined;
  return {
    onOnline: (listener) => {
      window.addEventListener('online', listener);
      return () => window.removeEventListener('online', listener);
    }
  };
}

/** The PnPjs implementations of every repository, for one data site. */
export function createRepositories(sp: SPFI, environment: RepositoryEnvironment = {}): MrRepositories {
  const site = new SpSiteRepository(sp);
  const currentUser = (): Promise<Person> => site.currentUser();
  const checklist = new SpChecklistRepository(sp, currentUser);
  const replayer = new TickReplayer(checklist, currentUser, environment.storage ?? browserStorage(), sp.web.toUrl());
  const network = environment.network ?? browserNetwork();
  return {
    site,
    programme: new SpProgrammeRepository(sp),
    units: new SpUnitRepository(sp),
    actionPlans: new SpActionPlanRepository(sp),
    checklist,
    staircase: new SpStaircaseRepository(sp, currentUser),
    updates: new SpUpdateRepository(sp),
    followUp: new SpFollowUpRepository(sp),
    openChecklist: (unitId: number, planId: number, period: Period, options?: ChecklistSessionOptions) =>
      new SyncedChecklistSession({ repository: checklist, replayer, network }, unitId, planId, period, options)
  };
}
