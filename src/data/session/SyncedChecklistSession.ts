/**
 * The open checklist of one unit, plan and period, kept in step with SharePoint while people tick in a
 * meeting on shaky Wi-Fi:
 * - a tick shows at once and is queued in browser storage before anything is sent, so it survives a
 *   dropped network and a reload; it stays marked pending until SharePoint confirms it;
 * - the queue is replayed oldest first; an intent that fails for lack of network or throttling stays
 *   queued and is tried again with back-off, on the browser's `online` event, or on "Try again";
 * - others' ticks arrive by polling the ticks list's change log: one request when nothing changed.
 */
import { applyIntentTo, Tick, TickIntent } from '../../domain/checklist';
import { Period } from '../../domain/period';
import { errorKind, isTransient } from '../errors';
import {
  ChecklistRepository,
  ChecklistSession,
  ChecklistSessionOptions,
  ChecklistSnapshot,
  DataErrorKind,
  NetworkSignal,
  RowProblem,
  UnitPlanView
} from '../repositories/interfaces';
import { ReplayObserver, TickReplayer } from './tickReplayer';

export interface SessionContext {
  repository: ChecklistRepository;
  /** The page's one sender of queued ticks, shared by every open checklist. */
  replayer: TickReplayer;
  network?: NetworkSignal;
}

const DEFAULT_OPTIONS: Required<ChecklistSessionOptions> = { pollIntervalMs: 5000, retryDelayMs: 1000, maxRetryDelayMs: 30_000 };

function sameRow(a: Tick, b: Tick): boolean {
  return a.itemId === b.itemId;
}

export class SyncedChecklistSession implements ChecklistSession, ReplayObserver {
  private readonly listeners = new Set<() => void>();
  private readonly options: Required<ChecklistSessionOptions>;
  private readonly stopListening?: () => void;
  private readonly stopObserving: () => void;
  private snapshot: ChecklistSnapshot;
  private status: ChecklistSnapshot['status'] = 'loading';
  /** The view as SharePoint last confirmed it; pending intents are laid over it in the snapshot. */
  private view?: UnitPlanView;
  private viewIsStale = false;
  private problems: RowProblem[] = [];
  /** Ticks made before the person was known (the queue is per person), queued once they are. */
  private readonly early: TickIntent[] = [];
  private offline = false;
  private lastError?: DataErrorKind;
  private failures = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private closed = false;

  public constructor(
    private readonly context: SessionContext,
    private readonly unitId: number,
    private readonly planId: number,
    private readonly period: Period,
    options: ChecklistSessionOptions = {}
  ) {
    this.options = { ...DEFAULT_OPTIONS, ...options };
    this.snapshot = this.buildSnapshot();
    this.stopObserving = context.replayer.observe(this);
    this.stopListening = context.network?.onOnline(() => this.retryNow());
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
    const intent: TickIntent = { unitId: this.unitId, itemId, planId: this.planId, period: this.period, done, at: new Date().toISOString() };
    if (comment !== undefined) intent.comment = comment;
    if (this.context.replayer.signedIn === undefined) {
      this.early.push(intent);
      this.publish();
      return;
    }
    this.context.replayer.add(intent);
    if (this.view !== undefined) void this.context.replayer.send();
  }

  public retryNow(): void {
    this.failures = 0;
    this.schedule(0);
  }

  public close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    this.stopListening?.();
    this.stopObserving();
    this.listeners.clear();
  }

  public knownTick(intent: TickIntent): Tick | undefined {
    if (!this.isMine(intent)) return undefined;
    return this.view?.ticks.find((tick) => tick.itemId === intent.itemId);
  }

  public confirmed(stored: Tick): void {
    if (this.view !== undefined && this.isMine(stored)) {
      this.view = { ...this.view, ticks: [...this.view.ticks.filter((tick) => !sameRow(tick, stored)), stored] };
    }
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
    if (this.view === undefined) this.status = 'failed';
    this.failures += 1;
    const backoff = Math.min(this.options.maxRetryDelayMs, this.options.retryDelayMs * 2 ** (this.failures - 1));
    this.schedule(backoff);
    this.publish();
  }

  private schedule(delayMs: number): void {
    if (this.closed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      void this.tick();
    }, delayMs);
  }

  /** One round: know the person, load or follow the view, then send what is queued. */
  private async tick(): Promise<void> {
    try {
      await this.context.replayer.start();
      for (const intent of this.early.splice(0)) this.context.replayer.add(intent);
      if (this.view === undefined || this.viewIsStale) await this.load();
      else await this.follow();
      this.succeeded();
      this.schedule(this.options.pollIntervalMs);
      void this.context.replayer.send();
    } catch (error) {
      this.failed(error);
    }
  }

  private async load(): Promise<void> {
    const loaded = await this.context.repository.loadUnitPlanView(this.unitId, this.planId, this.period);
    this.view = loaded.value;
    this.problems = loaded.problems;
    this.viewIsStale = false;
    this.status = 'ready';
  }

  /** Others' changes since the view's token: one request when there are none. */
  private async follow(): Promise<void> {
    const view = this.view as UnitPlanView;
    let changes;
    try {
      changes = await this.context.repository.changesSince(view.changeToken, this.unitId, this.period);
    } catch (error) {
      // A token SharePoint no longer knows (too old) means reading the view afresh next round.
      if (!isTransient(error)) this.viewIsStale = true;
      throw error;
    }
    const deleted = new Set(changes.deletedRowIds);
    let ticks = view.ticks.filter((tick) => tick.id === undefined || !deleted.has(tick.id));
    for (const changed of changes.changed.filter((tick) => tick.planId === this.planId)) {
      ticks = [...ticks.filter((tick) => !sameRow(tick, changed)), changed];
    }
    const changedRows = new Set(changes.problems.map((p) => p.itemId));
    this.problems = [...this.problems.filter((p) => p.list !== 'checklistTicks' || !changedRows.has(p.itemId)), ...changes.problems];
    this.view = { ...view, ticks, changeToken: changes.nextToken };
  }

  private isMine(tick: Pick<Tick, 'unitId' | 'planId' | 'period'>): boolean {
    return tick.unitId === this.unitId && tick.planId === this.planId && tick.period === this.period;
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
    const replayer = this.context.replayer;
    const intents = [...replayer.intents(), ...this.early].filter((intent) => this.isMine(intent));
    let view = this.view;
    if (view !== undefined && intents.length > 0) {
      const ticks = new Map(view.ticks.map((tick) => [tick.itemId, tick]));
      for (const intent of intents) ticks.set(intent.itemId, applyIntentTo(ticks.get(intent.itemId), intent, replayer.signedIn));
      view = { ...view, ticks: [...ticks.values()] };
    }
    const syncing = replayer.busy || this.status === 'loading';
    return {
      status: this.status,
      view,
      pendingItemIds: new Set(intents.map((intent) => intent.itemId)),
      connection: this.offline ? 'offline' : syncing ? 'syncing' : 'online',
      lastError: this.lastError,
      problems: this.problems
    };
  }
}
