import type { DataErrorKind } from './errors';
import type { UnitPlanView } from './checklist';
import type { Loaded, RowProblem } from './rows';

/** How the connection to SharePoint looks from an open checklist. */
export type ConnectionState = 'online' | 'offline' | 'syncing';

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
  /** The checklist is shown in meeting mode (the meeting side panel or stage, or the person's switch): live updates come about once a second. */
  setMeetingMode(on: boolean): void;
  /** Tries pending ticks and the view again now, e.g. when the person presses "Try again". */
  retryNow(): void;
  /** Stops polling and listening; pending ticks stay queued for the next session. */
  close(): void;
}

/** How often an open checklist asks for others' changes, by how it is shown (see app/checklist/pollCadence.ts). */
export interface PollCadence {
  /** Meeting mode, visible, someone changed something lately: ≤ 60 requests a minute. */
  meetingMs: number;
  /** Visible but idle, or not in meeting mode: ≤ 12 a minute. */
  visibleMs: number;
  /** Hidden tab: ≤ 2 a minute. */
  hiddenMs: number;
  /** No change by anyone for this long turns a meeting idle. */
  idleAfterMs: number;
  /** Each wait is lengthened by up to this share of itself, at random. */
  jitter: number;
}

export interface ChecklistSessionOptions {
  /** How often others' changes are fetched, by how the checklist is shown (app/checklist/pollCadence.ts). */
  cadence?: Partial<PollCadence>;
  /** First wait before pending ticks are tried again after a failure; doubles up to `maxRetryDelayMs`. Default 1000 ms. */
  retryDelayMs?: number;
  /** Default 30000 ms. */
  maxRetryDelayMs?: number;
  /** The view as the start's batch brought it: the session shows it instead of asking again. */
  initialView?: Loaded<UnitPlanView>;
}
