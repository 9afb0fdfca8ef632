import type { HelpContact } from '../../domain/helpContact';
import type { Person } from '../../domain/person';

/** Whether the lists exist at the expected schema version. */
export type SiteState = 'ready' | 'notProvisioned' | 'outdated';

export interface SiteStatus {
  state: SiteState;
  schemaVersion?: number;
  /** The site holds illustrative content (`npm start -- --demo`): the app says "Exempeldata" wherever it shows. */
  exampleData?: boolean;
  /** The editors' help and contact text; absent until they write one. */
  help?: HelpContact;
}

/** What the current person may do, as SharePoint answers it (never assumed). */
export interface Permissions {
  /**
   * May tick checklist items and assess staircase steps for at least one unit (the rights are per unit:
   * UnitPeopleRepository.myUnitRights says which).
   */
  canContribute: boolean;
  /** May edit programme content, action plans, checklist items, units and updates. */
  canEdit: boolean;
  /** May create the lists (site owner / Manage Lists). */
  canProvision: boolean;
}

export interface ProvisioningProgress {
  step: string;
  done: number;
  total: number;
}

export interface SiteRepository {
  status(): Promise<SiteStatus>;
  currentUser(): Promise<Person>;
  permissions(): Promise<Permissions>;
  /**
   * Creates or upgrades the lists, then fills the programme content (goal, focus areas, steps, the six
   * plans, example checklist items) where the lists are still empty; safe to run twice or from two
   * browsers at once. `progress.step` is a list title, then 'permissions', 'schemaVersion' and 'done'.
   */
  provision(onProgress?: (progress: ProvisioningProgress) => void): Promise<void>;
  /** Editors only (SharePoint refuses others): stores the help and contact text; the last save wins. */
  saveHelp(help: HelpContact): Promise<HelpContact>;
}
