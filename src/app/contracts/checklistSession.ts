import type { DataErrorKind } from './errors';
import type { UnitPlanView } from './checklist';
import type { RowProblem } from './rows';

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
  /** Tries pending ticks and the view again now, e.g. when the person presses "Try again". */
  retryNow(): void;
  /** Stops polling and listening; pending ticks stay queued for the next session. */
  close(): void;
}

export interface ChecklistSessionOptions {
  /** How often others' changes are fetched while the checklist is open. Default 5000 ms. */
  pollIntervalMs?: number;
  /** First wait before pending ticks are tried again after a failure; doubles up to `maxRetryDelayMs`. Default 1000 ms. */
  retryDelayMs?: number;
  /** Default 30000 ms. */
  maxRetryDelayMs?: number;
}
