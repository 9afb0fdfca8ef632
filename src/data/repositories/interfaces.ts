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
  /**
   * Creates or upgrades the lists, then fills the programme content (goal, focus areas, steps, the six
   * plans, example checklist items) where the lists are still empty; safe to run twice or from two
   * browsers at once. `progress.step` is a list title, then 'permissions', 'schemaVersion' and 'done'.
   */
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
  /** Changed rows that could not be read. */
  problems: RowProblem[];
}

export interface ChecklistRepository {
  loadUnitPlanView(unitId: number, planId: number, period: Period): Promise<Loaded<UnitPlanView>>;
  /**
   * Applies one person's intent and returns the stored row. Writes with the known etag without reading
   * first; on 412 re-reads and re-applies; a first tick racing another resolves through the unique key.
   * `known` is the stored row as the caller last saw it (its id, etag and comment), if the row exists.
   */
  applyIntent(intent: TickIntent, known?: Tick): Promise<Tick>;
  /** One cheap request when nothing changed. */
  changesSince(token: ChangeToken, unitId: number, period: Period): Promise<TickChanges>;
}

/** How the connection to SharePoint looks from an open checklist. */
export type ConnectionState = 'online' | 'offline' | 'syncing';

/** Why the last attempt failed, for a message the UI words in the person's language. */
export type DataErrorKind = 'unreachable' | 'accessDenied' | 'notFound' | 'invalid' | 'unexpected';

export interface ChecklistSnapshot {
  /** `loading` until the view first arrives; `failed` when it could not be loaded (see `lastError`; it keeps trying). */
  status: 'loading' | 'ready' | 'failed';
  /** The view with the person's own pending ticks already applied. */
  view?: UnitPlanView;
  /** Items whose tick SharePoint has not confirmed yet. */
  pendingItemIds: ReadonlySet<number>;
  connection: ConnectionState;
  lastError?: DataErrorKind;
  problems: RowProblem[];
}

/**
 * One unit's checklist for one plan and period while it is open: ticks are applied at once on screen,
 * queued in browser storage until SharePoint confirms them (also across a reload), and others' ticks
 * arrive by polling the change log. Made for React: `subscribe` + `getSnapshot` (a new object per change).
 */
export interface ChecklistSession {
  subscribe(listener: () => void): () => void;
  getSnapshot(): ChecklistSnapshot;
  /** Sets an item done or not done (a set, not a toggle); `comment`, when given, replaces the comment. */
  setDone(itemId: number, done: boolean, comment?: string): void;
  /** Tries pending ticks and the view again now, e.g. when the person presses "Try again". */
  retryNow(): void;
  /** Stops polling and listening; pending ticks stay queued for the next session. */
  close(): void;
}

/** Stores pending ticks; `window.localStorage` in browsers. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Tells when the browser believes the network is back; browsers have `online` events. */
export interface NetworkSignal {
  onOnline(listener: () => void): () => void;
}

export interface ChecklistSessionOptions {
  /** How often others' changes are fetched while the checklist is open. Default 5000 ms. */
  pollIntervalMs?: number;
  /** First wait before pending ticks are tried again after a failure; doubles up to `maxRetryDelayMs`. Default 1000 ms. */
  retryDelayMs?: number;
  /** Default 30000 ms. */
  maxRetryDelayMs?: number;
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

/**
 * City-wide reading for the follow-up: every unit's rows for some periods (one, and the one it is
 * compared with), however many there are. Each list is read once for all the periods asked for.
 */
export interface FollowUpRepository {
  ticksForPeriods(periods: readonly Period[]): Promise<Loaded<Tick[]>>;
  assessmentsForPeriods(periods: readonly Period[]): Promise<Loaded<StaircaseAssessment[]>>;
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

/** Raised when what was asked for does not exist (a unit or plan removed meanwhile). */
export class NotFoundError extends Error {
  public constructor(message: string = 'notFound') {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** Raised when a save is refused before it reaches SharePoint; the issues say which fields and why. */
export class ValidationError extends Error {
  public constructor(public readonly issues: ValidationIssue[]) {
    super('invalid');
    this.name = 'ValidationError';
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
  followUp: FollowUpRepository;
  /** Opens a unit's checklist for a plan and period; close it when the view goes away. */
  openChecklist(unitId: number, planId: number, period: Period, options?: ChecklistSessionOptions): ChecklistSession;
}
