/**
 * What the UI may ask of the data layer, in the programme's own terms. The UI depends only on
 * these interfaces; the PnPjs implementations beside them are the only code that knows SharePoint.
 */
import type { ActionPlan } from '../../domain/actionPlan';
import type { ChecklistItem, Tick, TickIntent } from '../../domain/checklist';
import type { Period } from '../../domain/period';
import type { Person } from '../../domain/person';
import type { Programme, ProgrammeEntry } from '../../domain/programme';
import type { StaircaseAssessment } from '../../domain/staircase';
import type { Unit } from '../../domain/unit';
import type { Update } from '../../domain/update';
import type { ValidationIssue } from '../../domain/validation';
import type { ListKey } from '../schema';

/** A row that could not be read (a field missing or of the wrong type, e.g. edited by hand in SharePoint). */
export interface RowProblem {
  list: ListKey;
  itemId: number;
  issues: ValidationIssue[];
}

/** Loaded data plus the rows that were skipped, so the UI can say what it left out. */
export interface Loaded<T> {
  value: T;
  problems: RowProblem[];
}

/** Whether the lists exist at the expected schema version. */
export type SiteState = 'ready' | 'notProvisioned' | 'outdated';

export interface SiteStatus {
  state: SiteState;
  schemaVersion?: number;
}

/** What the current person may do, as SharePoint answers it (never assumed). */
export interface Permissions {
  /** May tick checklist items and assess staircase steps. */
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
  /** Creates or upgrades the lists; safe to run twice or from two browsers at once. */
  provision(onProgress?: (progress: ProvisioningProgress) => void): Promise<void>;
}

/** Everything the overview shows, fetched in one request. */
export interface Overview {
  programme?: Programme;
  actionPlans: ActionPlan[];
  /** The unit's staircase assessments for the period (empty without a unit). */
  assessments: StaircaseAssessment[];
  latestUpdates: Update[];
}

export interface ProgrammeRepository {
  loadOverview(unitId: number | undefined, period: Period, now: Date): Promise<Loaded<Overview>>;
  saveEntry(entry: ProgrammeEntry): Promise<ProgrammeEntry>;
}

export interface UnitRepository {
  list(): Promise<Loaded<Unit[]>>;
  forTeamsGroup(groupId: string): Promise<Unit | undefined>;
  ofMember(userId: number): Promise<Unit[]>;
  save(unit: Unit): Promise<Unit>;
}

export interface ActionPlanRepository {
  list(): Promise<Loaded<ActionPlan[]>>;
  save(plan: ActionPlan): Promise<ActionPlan>;
  items(planId: number): Promise<Loaded<ChecklistItem[]>>;
  saveItem(item: ChecklistItem): Promise<ChecklistItem>;
  /** Rewrites the order of a plan's items in one batch. */
  reorderItems(planId: number, orderedItemIds: number[]): Promise<void>;
}

/** A SharePoint change token: where a client last looked. */
export type ChangeToken = string;

/** Everything one unit's view of one action plan needs, loaded in one batched request. */
export interface UnitPlanView {
  unit: Unit;
  plan: ActionPlan;
  items: ChecklistItem[];
  ticks: Tick[];
  assessments: StaircaseAssessment[];
  /** The ticks list's token at load time; live updates continue from here. */
  changeToken: ChangeToken;
}

export interface TickChanges {
  /** Ticks added or changed since the token, for the requested unit and period. */
  changed: Tick[];
  /** Item ids of tick rows deleted since the token. */
  deletedRowIds: number[];
  nextToken: ChangeToken;
}

export interface ChecklistRepository {
  loadUnitPlanView(unitId: number, planId: number, period: Period): Promise<Loaded<UnitPlanView>>;
  /**
   * Applies one person's intent and returns the stored row. Writes with the known etag without reading
   * first; on 412 re-reads and re-applies; a first tick racing another resolves through the unique key.
   */
  applyIntent(intent: TickIntent, known?: Pick<Tick, 'id' | 'etag'>): Promise<Tick>;
  /** One cheap request when nothing changed. */
  changesSince(token: ChangeToken, unitId: number, period: Period): Promise<TickChanges>;
}

export interface StaircaseRepository {
  forUnit(unitId: number, periods: Period[]): Promise<Loaded<StaircaseAssessment[]>>;
  save(assessment: StaircaseAssessment): Promise<StaircaseAssessment>;
}

export interface UpdateRepository {
  /** Published updates visible now, newest first (pinned first). */
  published(now: Date, limit?: number): Promise<Loaded<Update[]>>;
  /** All updates including drafts and scheduled ones: editors only. */
  all(): Promise<Loaded<Update[]>>;
  save(update: Update): Promise<Update>;
  remove(id: number): Promise<void>;
}

/** Raised when a save meets a newer version than the one the person edited. */
export class ConflictError extends Error {
  public constructor(public readonly current: unknown) {
    super('conflict');
    this.name = 'ConflictError';
  }
}

/** Raised when SharePoint refuses a write for lack of permission (403). */
export class AccessDeniedError extends Error {
  public constructor(message: string = 'accessDenied') {
    super(message);
    this.name = 'AccessDeniedError';
  }
}

/** Raised when the data site cannot be reached (network down, DNS, retries spent). */
export class UnreachableError extends Error {
  public constructor(message: string = 'unreachable') {
    super(message);
    this.name = 'UnreachableError';
  }
}

/** All repositories for one data site. */
export interface MrRepositories {
  site: SiteRepository;
  programme: ProgrammeRepository;
  units: UnitRepository;
  actionPlans: ActionPlanRepository;
  checklist: ChecklistRepository;
  staircase: StaircaseRepository;
  updates: UpdateRepository;
}
