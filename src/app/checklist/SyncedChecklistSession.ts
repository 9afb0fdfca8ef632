/**
 * The open checklist of one unit, plan and period, kept in step with SharePoint while people tick in a
 * meeting on shaky Wi-Fi:
 * - a tick shows at once and is queued in browser storage before anything is sent, so it survives a
 *   dropped network and a reload; it stays marked pending until SharePoint confirms it;
 * - the page's TickQueue sends the queue oldest first and holds the confirmed rows; an intent that fails
 *   for lack of network or throttling stays queued and is tried again with back-off (never sooner than
 *   SharePoint's Retry-After), when the network is back, or on "Try again";
 * - others' ticks arrive by polling the ticks list's change log (one request when nothing changed), as
 *   often as the checklist is needed (pollCadence.ts): about once a second in a meeting, seldom when idle
 *   or hidden;
 * - with the host's tab ports, one tab of the browser polls a checklist for every tab that shows it (the
 *   holder of its `poll:` lock, at the pace the most demanding tab asks for); the others take its results.
 * It is loaded on demand (checklistSync.ts); the UI holds it through an OnDemandChecklistSession.
 */
import { TickIntent } from '../../domain/checklist';
import { Period } from '../../domain/period';
import type { TickChanges, UnitPlanView } from '../contracts/checklist';
import type { ChecklistSessionOptions, ChecklistSnapshot, PollCadence } from '../contracts/checklistSession';
import type { ChecklistRepository } from '../contracts/checklist';
import type { DataErrorKind } from '../contracts/errors';
import type { Loaded, RowProblem } from '../contracts/rows';
import { errorKind, isTransient, retryAfterOf } from '../failures';
import type { Clock } from '../ports/clock';
import type { NetworkSignal } from '../ports/network';
import type { Timers } from '../ports/timers';
import type { PageVisibility } from '../ports/visibility';
import { DEFAULT_CADENCE, mostDemanding, nextPollDelayMs, Presence } from './pollCadence';
import { failureError, scopeKey, ScopeKey, sharedFailure, TabLink, TabMessage, TabShare } from './tabShare';
import type { LiveChecklist } from './OnDemandChecklistSession';
import { TickQueue, TickQueueListener, TickScope } from './tickQueue';

export interface SessionContext {
  repository: ChecklistRepository;
  /** The page's one owner of queued ticks and confirmed rows, shared by every open checklist. */
  queue: TickQueue;
  network?: NetworkSignal;
  /** Without it the page counts as visible. */
  visibility?: PageVisibility;
  clock: Clock;
  timers: Timers;
  /** In [0, 1), for the polls' jitter. */
  random: () => number;
}

interface SessionSettings {
  cadence: PollCadence;
  retryDelayMs: number;
  maxRetryDelayMs: number;
}

const DEFAULT_SETTINGS: SessionSettings = { cadence: DEFAULT_CADENCE, retryDelayMs: 1000, maxRetryDelayMs: 30_000 };

/** How often a tab that does not poll tells the poller how it shows the checklist, and how long the poller believes it. */
const DEMAND_REFRESH_MS = 10_000;
const DEMAND_TTL_MS = 3 * DEMAND_REFRESH_MS;

const RANK: Record<Presence, number> = { hidden: 0, visible: 1, meeting: 2 };

let sessionCount = 0;

/** The view without its ticks: those are the queue's. */
type ViewFrame = Omit<UnitPlanView, 'ticks'>;

export class SyncedChecklistSession implements LiveChecklist, TickQueueListener {
  private readonly listeners = new Set<() => void>();
  private readonly options: SessionSettings;
  private readonly scope: TickScope;
  private readonly scopeKey: ScopeKey;
  /** Names this session in its tabs' messages. */
  private readonly id = `${Date.now().toString(36)}-${(sessionCount += 1)}-${Math.random().toString(36).slice(2, 8)}`;
  private readonly stopWatching?: () => void;
  private readonly stopListening?: () => void;
  private readonly unsubscribe: () => void;
  private snapshot: ChecklistSnapshot;
  private status: ChecklistSnapshot['status'] = 'loading';
  /** The view as SharePoint last confirmed it, but for its ticks (the queue holds those). */
  private frame?: ViewFrame;
  private frameIsStale = false;
  private initialView?: Loaded<UnitPlanView>;
  /** When the view or its token last came fresh from SharePoint (loaded, polled here or passed on by the polling tab). */
  private frameFreshAt = 0;
  private problems: RowProblem[] = [];
  /** Ticks made before the person was known (the queue is per person), queued once they are. */
  private readonly early: TickIntent[] = [];
  private offline = false;
  private lastError?: DataErrorKind;
  private failures = 0;
  private timer?: unknown;
  private closed = false;
  private meeting = false;
  /** When anyone last changed the checklist (opening it, or meeting mode switched on, counts as a start). */
  private changedAt: number;
  /** Whether this tab polls the checklist: always when it works alone, else while it holds the checklist's `poll:` lock. */
  private polling = true;
  private share?: TabShare;
  private link?: TabLink;
  private letGoOfPoll?: () => void;
  /** Other tabs' needs, while this tab polls for them. */
  private readonly demands = new Map<string, { presence: Presence; at: number }>();
  /** The presence the pending poll was timed for. */
  private timedFor: Presence = 'hidden';

  public constructor(
    private readonly context: SessionContext,
    private readonly unitId: number,
    private readonly planId: number,
    private readonly period: Period,
    options: ChecklistSessionOptions = {}
  ) {
    this.options = {
      retryDelayMs: options.retryDelayMs ?? DEFAULT_SETTINGS.retryDelayMs,
      maxRetryDelayMs: options.maxRetryDelayMs ?? DEFAULT_SETTINGS.maxRetryDelayMs,
      cadence: { ...DEFAULT_SETTINGS.cadence, ...options.cadence }
    };
    this.initialView = options.initialView;
    this.scope = { unitId, planId, period };
    this.scopeKey = scopeKey(this.scope);
    this.changedAt = this.now();
    this.snapshot = this.buildSnapshot();
    this.unsubscribe = context.queue.subscribe(this);
    this.stopListening = context.network?.onChange((online) => (online ? this.retryNow() : this.publish()));
    this.stopWatching = context.visibility?.onChange(() => this.presenceChanged());
    this.schedule(0);
  }

  public subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  public getSnapshot(): ChecklistSnapshot {
    return this.snapshot;
  }

  /** A tick the person made (OnDemandChecklistSession stamps it, also while this code was still loading). */
  public add(intent: TickIntent): void {
    this.noteChange(this.now());
    if (!this.polling) this.announce();
    if (this.context.queue.signedIn === undefined) {
      this.early.push(intent);
      this.publish();
      return;
    }
    this.context.queue.add(intent);
    if (this.frame !== undefined) void this.context.queue.send();
  }

  public setMeetingMode(on: boolean): void {
    if (on === this.meeting) return;
    this.meeting = on;
    // A meeting that starts ticking together starts now, whatever happened before.
    if (on) this.noteChange(this.now());
    this.presenceChanged();
  }

  public retryNow(): void {
    this.failures = 0;
    this.schedule(0);
  }

  public close(): void {
    this.closed = true;
    this.context.timers.clearTimeout(this.timer);
    this.stopListening?.();
    this.stopWatching?.();
    this.unsubscribe();
    this.listeners.clear();
    if (!this.polling) this.link?.post({ kind: 'gone', scope: this.scopeKey, from: this.id });
    this.link?.close();
    // Another tab that shows the checklist takes the polling over.
    this.letGoOfPoll?.();
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
    // SharePoint's Retry-After wins over any back-off of ours.
    this.schedule(Math.max(backoff, retryAfterOf(error) ?? 0));
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

  /**
   * One round: know the person, load the view or (when this tab polls it) follow it, then send what is
   * queued. A tab that does not poll only tells the poller, now and then, how it shows the checklist.
   */
  private async syncRound(): Promise<void> {
    const { queue } = this.context;
    const startedAt = this.now();
    try {
      if (this.initialView !== undefined) {
        // The view the start brought shows before the queue knows the person (from the cache, it may still be asking).
        await this.load();
        this.publish();
      }
      await queue.start();
      // Closed while the queue learnt the person (the view remounted on fresh start data): nothing more to do.
      if (this.closed) return;
      this.joinTabs(queue.tabShare);
      for (const intent of this.early.splice(0)) queue.add(intent);
      if (this.frame === undefined || this.frameIsStale) await this.load();
      else if (this.polling) await this.follow();
      this.succeeded();
      if (this.polling) this.schedulePoll(startedAt);
      else {
        this.announce();
        this.schedule(DEMAND_REFRESH_MS);
      }
      void queue.send();
    } catch (error) {
      if (this.polling && this.frame !== undefined) this.link?.post({ kind: 'polled', scope: this.scopeKey, failure: sharedFailure(error), changedAt: this.changedAt });
      this.failed(error);
    }
  }

  private now(): number {
    return this.context.clock.now().getTime();
  }

  private ownPresence(): Presence {
    if (this.context.visibility?.isVisible() === false) return 'hidden';
    return this.meeting ? 'meeting' : 'visible';
  }

  /** The presence to poll for: this tab's, or a more demanding one of the tabs it polls for. */
  private presence(): Presence {
    const now = this.now();
    for (const [from, demand] of this.demands) if (now - demand.at > DEMAND_TTL_MS) this.demands.delete(from);
    return mostDemanding([this.ownPresence(), ...[...this.demands.values()].map((demand) => demand.presence)]);
  }

  /** The next poll, timed from the start of the last one (`since`): the pace holds however long SharePoint takes to answer. */
  private schedulePoll(since: number): void {
    this.timedFor = this.presence();
    const now = this.now();
    const delay = nextPollDelayMs(this.options.cadence, this.timedFor, now - this.changedAt, this.context.random());
    this.schedule(Math.max(0, delay - (now - since)));
  }

  private noteChange(at: number): void {
    if (at > this.changedAt) this.changedAt = at;
  }

  /** This tab's or another's needs changed. */
  private presenceChanged(): void {
    if (this.closed) return;
    if (!this.polling) {
      this.announce();
      return;
    }
    // A hidden tab's timers are slowed by the browser: a tab that shows the checklist polls instead.
    if (this.share !== undefined && this.ownPresence() === 'hidden' && this.presence() !== 'hidden') {
      this.yieldPolling(this.share);
      return;
    }
    // Needed more than the pending poll was timed for (back in view, meeting mode on): ask now.
    if (this.frame !== undefined && RANK[this.presence()] > RANK[this.timedFor] && this.failures === 0) this.schedule(0);
  }

  /** Joins the tabs that show this checklist (once the queue knows the person): the first to hold its `poll:` lock polls. */
  private joinTabs(share: TabShare | undefined): void {
    if (share === undefined || this.share !== undefined || this.closed) return;
    this.share = share;
    this.polling = false;
    this.link = share.connect((message) => this.receive(message));
    this.letGoOfPoll = this.holdPoll(share);
  }

  /** Lets a tab that shows the checklist poll instead (this one queues for the lock again). */
  private yieldPolling(share: TabShare): void {
    this.polling = false;
    this.letGoOfPoll?.();
    this.letGoOfPoll = this.holdPoll(share);
    this.announce();
    this.schedule(DEMAND_REFRESH_MS);
  }

  private holdPoll(share: TabShare): () => void {
    return share.hold(`poll:${this.scopeKey}`, () => {
      if (this.closed) return;
      this.polling = true;
      this.demands.clear();
      // The tabs that wait say what they need; the poll follows the last news this tab had (at once when that
      // is older than the cadence), from the newest token they passed on: a view just loaded is not asked about again.
      this.link?.post({ kind: 'polling', scope: this.scopeKey });
      if (this.frame !== undefined) this.schedulePoll(this.frameFreshAt);
    });
  }

  /** Tells the polling tab how this tab shows the checklist. */
  private announce(): void {
    this.link?.post({ kind: 'demand', scope: this.scopeKey, from: this.id, presence: this.ownPresence(), changedAt: this.changedAt });
  }

  private receive(message: TabMessage): void {
    if (this.closed || !('scope' in message) || message.scope !== this.scopeKey) return;
    switch (message.kind) {
      case 'polled':
        if (this.polling || this.frame === undefined) return;
        this.noteChange(message.changedAt);
        if (message.changes !== undefined) {
          this.apply(message.changes);
          this.succeeded();
        } else if (message.failure !== undefined) {
          const error = failureError(message.failure);
          this.offline = isTransient(error);
          this.lastError = errorKind(error);
          this.publish();
        }
        return;
      case 'polling':
        if (!this.polling) this.announce();
        return;
      case 'demand':
        if (message.changedAt !== undefined) this.noteChange(message.changedAt);
        if (!this.polling) return;
        this.demands.set(message.from, { presence: message.presence, at: this.now() });
        this.presenceChanged();
        return;
      case 'gone':
        this.demands.delete(message.from);
        return;
      default:
    }
  }

  private async load(): Promise<void> {
    // The start's batch may have brought the view already: used once, then the repository is asked.
    const loaded = this.initialView ?? (await this.context.repository.loadUnitPlanView(this.unitId, this.planId, this.period));
    this.initialView = undefined;
    const { ticks, ...frame } = loaded.value;
    this.frame = frame;
    this.problems = loaded.problems;
    this.frameIsStale = false;
    this.frameFreshAt = this.now();
    this.status = 'ready';
    this.context.queue.replaceRows(this.scope, ticks);
  }

  /** Others' changes since the view's token: one request when there are none. Passed on to the other tabs. */
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
    if (changes.changed.length > 0 || changes.deletedRowIds.length > 0) this.noteChange(this.now());
    this.apply(changes);
    this.link?.post({ kind: 'polled', scope: this.scopeKey, changes, changedAt: this.changedAt });
  }

  private apply(changes: TickChanges): void {
    if (this.frame === undefined) return;
    const changedRows = new Set(changes.problems.map((p) => p.itemId));
    this.problems = [...this.problems.filter((p) => p.list !== 'checklistTicks' || !changedRows.has(p.itemId)), ...changes.problems];
    this.frame = { ...this.frame, changeToken: changes.nextToken };
    this.frameFreshAt = this.now();
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
