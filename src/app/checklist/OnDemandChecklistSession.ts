/**
 * The checklist session the UI holds, opened at once while the live sync's code (loadChecklistSync.ts)
 * arrives: until then the checklist is loading, and ticks made meanwhile are kept in order, stamped with
 * the moment they were made, and handed to the live checklist when it opens. A fetch that fails (the
 * network dropped) shows as a failed load; "Try again", or the network coming back, fetches again.
 */
import type { TickIntent } from '../../domain/checklist';
import type { Period } from '../../domain/period';
import type { ChecklistSession, ChecklistSessionOptions, ChecklistSnapshot } from '../contracts/checklistSession';
import { errorKind, isTransient } from '../failures';
import type { Clock } from '../ports/clock';
import type { NetworkSignal } from '../ports/network';

/** The live checklist the sync opens: a session that takes the person's ticks as intents, stamped when they were made. */
export interface LiveChecklist extends Omit<ChecklistSession, 'setDone'> {
  add(intent: TickIntent): void;
}

export type OpenLiveChecklist = (unitId: number, planId: number, period: Period, options?: ChecklistSessionOptions) => LiveChecklist;

export class OnDemandChecklistSession implements ChecklistSession {
  private readonly listeners = new Set<() => void>();
  /** Ticks made before the live checklist opened. */
  private readonly early: TickIntent[] = [];
  private live?: LiveChecklist;
  private stopForwarding?: () => void;
  private readonly stopListening?: () => void;
  private failure?: unknown;
  private meeting = false;
  private closed = false;
  private snapshot: ChecklistSnapshot;

  public constructor(
    private readonly openLive: () => Promise<OpenLiveChecklist>,
    private readonly clock: Clock,
    private readonly network: NetworkSignal | undefined,
    private readonly unitId: number,
    private readonly planId: number,
    private readonly period: Period,
    private readonly options?: ChecklistSessionOptions
  ) {
    this.snapshot = this.waitingSnapshot();
    this.stopListening = network?.onChange((online) => (online ? this.retryNow() : this.publish()));
    this.open();
  }

  public subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  public getSnapshot(): ChecklistSnapshot {
    return this.live?.getSnapshot() ?? this.snapshot;
  }

  public setDone(itemId: number, done: boolean, comment?: string): void {
    const intent: TickIntent = { unitId: this.unitId, itemId, planId: this.planId, period: this.period, done, at: this.clock.now().toISOString() };
    if (comment !== undefined) intent.comment = comment;
    if (this.live !== undefined) {
      this.live.add(intent);
      return;
    }
    this.early.push(intent);
    this.publish();
  }

  public setMeetingMode(on: boolean): void {
    this.meeting = on;
    this.live?.setMeetingMode(on);
  }

  public retryNow(): void {
    if (this.live !== undefined) this.live.retryNow();
    else if (this.failure !== undefined) {
      this.failure = undefined;
      this.publish();
      this.open();
    }
  }

  public close(): void {
    this.closed = true;
    this.stopListening?.();
    this.stopForwarding?.();
    this.live?.close();
    this.listeners.clear();
  }

  private open(): void {
    this.openLive().then(
      (openLive) => {
        if (this.closed) return;
        const live = openLive(this.unitId, this.planId, this.period, this.options);
        live.setMeetingMode(this.meeting);
        for (const intent of this.early.splice(0)) live.add(intent);
        this.live = live;
        this.stopListening?.();
        this.stopForwarding = live.subscribe(() => this.notify());
        this.notify();
      },
      (error: unknown) => {
        this.failure = error;
        this.publish();
      }
    );
  }

  private publish(): void {
    if (this.closed || this.live !== undefined) return;
    this.snapshot = this.waitingSnapshot();
    this.notify();
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private waitingSnapshot(): ChecklistSnapshot {
    const offline = (this.failure !== undefined && isTransient(this.failure)) || this.network?.isOnline() === false;
    return {
      status: this.failure === undefined ? 'loading' : 'failed',
      pendingItemIds: new Set(this.early.map((intent) => intent.itemId)),
      connection: offline ? 'offline' : 'syncing',
      lastError: this.failure === undefined ? undefined : errorKind(this.failure),
      problems: []
    };
  }
}
