/**
 * The open checklist of one unit, plan and period, kept in step with SharePoint while people tick in a
 * meeting on shaky Wi-Fi:
 * - a tick shows at once and is queued in browser storage before anything is sent, so it survives a
 *   dropped network and a reload; it stays marked pending until SharePoint confirms it;
 * - the page's TickQueue sends the queue oldest first and holds the confirmed rows; an intent that fails
 *   for lack of network or throttling stays queued and is tried again with back-off, when the network
 *   is back, or on "Try again";
 * - others' ticks arrive by polling the ticks list's change log: one request when nothing changed.
 */
import { TickIntent } from '../../domain/checklist';
import { Period } from '../../domain/period';
import type { UnitPlanView } from '../contracts/checklist';
import type { ChecklistSession, ChecklistSessionOptions, ChecklistSnapshot } from '../contracts/checklistSession';
import type { ChecklistRepository } from '../contracts/checklist';
import type { DataErrorKind } from '../contracts/errors';
import type { RowProblem } from '../contracts/rows';
import { errorKind, isTransient } from '../failures';
import type { Clock } from '../ports/clock';
import type { NetworkSignal } from '../ports/network';
import type { Timers } from '../ports/timers';
import { TickQueue, TickQueueListener, TickScope } from './tickQueue';

export interface SessionContext {
  repository: ChecklistRepository;
  /** The page's one owner of queued ticks and confirmed rows, shared by every open checklist. */
  queue: TickQueue;
  network?: NetworkSignal;
  clock: Clock;
  timers: Timers;
}

const DEFAULT_OPTIONS: Required<ChecklistSessionOptions> = { pollIntervalMs: 5000, retryDelayMs: 1000, maxRetryDelayMs: 30_000 };

/** The view without its ticks: those are the queue's. */
type ViewFrame = Omit<UnitPlanView, 'ticks'>;

export class SyncedChecklistSession implements ChecklistSession, TickQueueListener {
  private readonly listeners = new Set<() => void>();
  private readonly options: Required<ChecklistSessionOptions>;
  private readonly scope: TickScope;
  private readonly stopListening?: () => void;
  private readonly unsubscribe: () => void;
  private snapshot: ChecklistSnapshot;
  private status: ChecklistSnapshot['status'] = 'loading';
  /** The view as SharePoint last confirmed it, but for its ticks (the queue holds those). */
  private frame?: ViewFrame;
  private frameIsStale = false;
  private problems: RowProblem[] = [];
  /** Ticks made before the person was known (the queue is per person), queued once they are. */
  private readonly early: TickIntent[] = [];
  private offline = false;
  private lastError?: DataErrorKind;
  private failures = 0;
  private timer?: unknown;
  private closed = false;

  public constructor(
    private readonly context: SessionContext,
    private readonly unitId: number,
    private readonly planId: number,
    private readonly period: Period,
    options: ChecklistSessionOptions = {}
  ) {
    this.options = { ...DEFAULT_OPTIONS, ...options };
    this.scope = { unitId, planId, period };
    this.snapshot = this.buildSnapshot();
    this.unsubscribe = context.queue.subscribe(this);
    this.stopListening = context.network?.onChange((online) => (online ? this.retryNow() : this.publish()));
    this.schedule(0);
  }

  public subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  public getSnapshot(): ChecklistSnapshot {
    return this.snapshot;
  }

  public setDone(itemId: number, done: boolean, comment?: string): void {
    const at = this.context.clock.now().toISOString();
    const intent: TickIntent = { unitId: this.unitId, itemId, planId: this.planId, period: this.period, done, at };
    if (comment !== undefined) intent.comment = comment;
    if (this.context.queue.signedIn === undefined) {
      this.early.push(intent);
      this.publish();
      return;
    }
    this.context.queue.add(intent);
    if (this.frame !== undefined) void this.context.queue.send();
  }

  public retryNow(): void {
    this.failures = 0;
    this.schedule(0);
  }

  public close(): void {
    this.closed = true;
    this.context.timers.clearTimeout(this.timer);
    this.stopListening?.();
    this.unsubscribe();
    this.listeners.clear();
  }

  public confirmed(): void {
    this.succeeded();
  }

  public changed(): void {
    this.publish();
  }

  public refused(error: unknown): void {
    this.lastError = errorKind(error);
    this.publish();
  }

  public failed(error: unknown): void {
    this.offline = isTransient(error);
    this.lastError = errorKind(error);
    if (this.frame === undefined) this.status = 'failed';
    this.failures += 1;
    const backoff = Math.min(this.options.maxRetryDelayMs, this.options.retryDelayMs * 2 ** (this.failures - 1));
    this.schedule(backoff);
    this.publish();
  }

  private schedule(delayMs: number): void {
    if (this.closed) return;
    const { timers } = this.context;
    timers.clearTimeout(this.timer);
    this.timer = timers.setTimeout(() => {
      void this.syncRound();
    }, delayMs);
  }

  /** One poll round: know the person, load or follow the view, then send what is queued. */
  private async syncRound(): Promise<void> {
    const { queue } = this.context;
    try {
      await queue.start();
      for (const intent of this.early.splice(0)) queue.add(intent);
      if (this.frame === undefined || this.frameIsStale) await this.load();
      else await this.follow();
      this.succeeded();
      this.schedule(this.options.pollIntervalMs);
      void queue.send();
    } catch (error) {
      this.failed(error);
    }
  }

  private async load(): Promise<void> {
    const loaded = await this.context.repository.loadUnitPlanView(this.unitId, this.planId, this.period);
    const { ticks, ...frame } = loaded.value;
    this.frame = frame;
    this.problems = loaded.problems;
    this.frameIsStale = false;
    this.status = 'ready';
    this.context.queue.replaceRows(this.scope, ticks);
  }

  /** Others' changes since the view's token: one request when there are none. */
  private async follow(): Promise<void> {
    const frame = this.frame as ViewFrame;
    let changes;
    try {
      changes = await this.context.repository.changesSince(frame.changeToken, this.unitId, this.period);
    } catch (error) {
      // A token SharePoint no longer knows (too old) means reading the view afresh next round.
      if (!isTransient(error)) this.frameIsStale = true;
      throw error;
    }
    const changedRows = new Set(changes.problems.map((p) => p.itemId));
    this.problems = [...this.problems.filter((p) => p.list !== 'checklistTicks' || !changedRows.has(p.itemId)), ...changes.problems];
    this.frame = { ...frame, changeToken: changes.nextToken };
    this.context.queue.updateRows(
      changes.changed.filter((tick) => tick.planId === this.planId),
      changes.deletedRowIds
    );
  }

  private succeeded(): void {
    this.offline = false;
    this.failures = 0;
    if (this.lastError === 'unreachable') this.lastError = undefined;
    this.publish();
  }

  private publish(): void {
    if (this.closed) return;
    this.snapshot = this.buildSnapshot();
    for (const listener of [...this.listeners]) listener();
  }

  private buildSnapshot(): ChecklistSnapshot {
    const { queue } = this.context;
    const intents = [...queue.intents(), ...this.early].filter(
      (intent) => intent.unitId === this.unitId && intent.planId === this.planId && intent.period === this.period
    );
    const view = this.frame === undefined ? undefined : { ...this.frame, ticks: queue.rowsFor(this.scope, intents) };
    const syncing = queue.busy || this.status === 'loading';
    return {
      status: this.status,
      view,
      pendingItemIds: new Set(intents.map((intent) => intent.itemId)),
      connection: this.offline || this.context.network?.isOnline() === false ? 'offline' : syncing ? 'syncing' : 'online',
      lastError: this.lastError,
      problems: this.problems
    };
  }
}
