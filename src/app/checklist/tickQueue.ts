/**
 * The page's one owner of a person's queued ticks and of the tick rows SharePoint last confirmed. It
 * sends the queue one intent at a time, oldest first: were two checklists to send the same queue side
 * by side, an older intent could land after a newer one for the same tick, and the last intent would be
 * lost. Open checklists subscribe to it; they report the rows they read and show `rowsFor`, the
 * confirmed rows with the pending intents laid over them (each intent applied once per change).
 *
 * The same holds for the person's tabs: with the host's tab ports, only the tab holding the `sender`
 * lock sends; the others hand it their intents and take its outcomes as their own, and when it closes
 * the next tab takes over the queue from browser storage.
 */
import { applyIntentTo, intentKey, Tick, TickIntent, tickKey } from '../../domain/checklist';
import { Period } from '../../domain/period';
import { Person } from '../../domain/person';
import type { ChecklistRepository } from '../contracts/checklist';
import { NotFoundError, ValidationError } from '../contracts/errors';
import { errorKind, httpStatusOf, retryAfterOf } from '../failures';
import { Clock, systemClock } from '../ports/clock';
import type { KeyValueStorage } from '../ports/storage';
import type { TabPorts } from '../ports/tabs';
import { PendingTicks, pendingTicksKey } from './pendingTicks';
import { failureError, sharedFailure, TabLink, TabMessage, TabShare, tabShareName } from './tabShare';

/** What the queue tells its subscribers. */
export interface TickQueueListener {
  /** The queue, the confirmed rows, or whether the queue is being sent, changed. */
  changed(): void;
  /** A sent intent is stored; SharePoint answered, so the connection works. */
  confirmed(): void;
  /** Sending stopped on a failure; the intents stay queued. */
  failed(error: unknown): void;
  /** An intent SharePoint will never accept left the queue. */
  refused(error: unknown): void;
}

/** Which checklist rows a caller means: one unit's ticks of one plan in one period. */
export interface TickScope {
  unitId: number;
  planId: number;
  period: Period;
}

/** A pending intent laid over the row it applies to, kept until the intent or the row changes. */
interface Overlay {
  intent: TickIntent;
  person: Person | undefined;
  base: Tick | undefined;
  row: Tick;
}

/**
 * An intent SharePoint will refuse however often it is sent (the item or unit is gone, the request is
 * invalid, the person may not tick): it leaves the queue, so the screen shows the stored state again.
 */
function isRefusedForGood(error: unknown): boolean {
  return error instanceof NotFoundError || error instanceof ValidationError || httpStatusOf(error) === 400 || errorKind(error) === 'accessDenied';
}

function inScope(scope: TickScope, tick: Pick<Tick, 'unitId' | 'planId' | 'period'>): boolean {
  return tick.unitId === scope.unitId && tick.planId === scope.planId && tick.period === scope.period;
}

function sameIntent(a: TickIntent, b: TickIntent): boolean {
  return a.at === b.at && a.done === b.done && a.comment === b.comment && a.planId === b.planId;
}

export class TickQueue {
  private readonly listeners = new Set<TickQueueListener>();
  /** The rows as SharePoint last confirmed them (read by a checklist, or returned by a write), by tick key. */
  private readonly confirmedRows = new Map<string, Tick>();
  private readonly overlays = new Map<string, Overlay>();
  private pending?: PendingTicks;
  private starting?: Promise<Person>;
  private person?: Person;
  private sending = false;
  private sendAgain = false;
  private share?: TabShare;
  private link?: TabLink;
  /** Whether this tab sends the queue: always when it works alone, else while it holds the `sender` lock. */
  private sender = true;
  /** Another tab is sending the queue. */
  private senderBusy = false;
  /** SharePoint asked (Retry-After) not to be sent anything before this time (ms). */
  private quietUntil = 0;

  public constructor(
    private readonly repository: ChecklistRepository,
    private readonly currentUser: () => Promise<Person>,
    private readonly storage: KeyValueStorage,
    private readonly siteUrl: string,
    private readonly tabs?: TabPorts,
    private readonly clock: Clock = systemClock
  ) {}

  public subscribe(listener: TickQueueListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Knows the person (the queue is theirs) once; a failed attempt is tried again on the next call. */
  public start(): Promise<Person> {
    if (this.starting === undefined) {
      this.starting = this.currentUser().then((person) => {
        this.person = person;
        this.pending = new PendingTicks(this.storage, pendingTicksKey(this.siteUrl, person.id));
        if (this.tabs !== undefined) this.joinTabs(this.tabs, person);
        return person;
      });
      this.starting.catch(() => (this.starting = undefined));
    }
    return this.starting;
  }

  public get signedIn(): Person | undefined {
    return this.person;
  }

  public get busy(): boolean {
    return this.sending || this.senderBusy;
  }

  /** The channel to the person's other tabs on this site, once the person is known and the host shares tabs. */
  public get tabShare(): TabShare | undefined {
    return this.share;
  }

  /** The intents still waiting for SharePoint (read from storage: another tab of the person may have added some). */
  public intents(): TickIntent[] {
    return this.pending?.all() ?? [];
  }

  /** Queues an intent (call after start); it is in browser storage before anything is sent. */
  public add(intent: TickIntent): void {
    this.pending?.add(intent);
    if (!this.sender) this.link?.post({ kind: 'intent', intent, known: this.confirmedRows.get(intentKey(intent)) });
    this.notify((l) => l.changed());
  }

  /** A checklist read all the scope's rows afresh: they replace what was known of it. */
  public replaceRows(scope: TickScope, rows: readonly Tick[]): void {
    for (const [key, row] of this.confirmedRows) if (inScope(scope, row)) this.confirmedRows.delete(key);
    for (const row of rows) this.confirmedRows.set(tickKey(row.unitId, row.itemId, row.period), row);
    this.notify((l) => l.changed());
  }

  /** A checklist followed the change log: rows changed, and rows (by SharePoint item id) were deleted. */
  public updateRows(changed: readonly Tick[], deletedRowIds: readonly number[]): void {
    if (changed.length === 0 && deletedRowIds.length === 0) return;
    const deleted = new Set(deletedRowIds);
    for (const [key, row] of this.confirmedRows) if (row.id !== undefined && deleted.has(row.id)) this.confirmedRows.delete(key);
    for (const row of changed) this.confirmedRows.set(tickKey(row.unitId, row.itemId, row.period), row);
    this.notify((l) => l.changed());
  }

  /** The scope's confirmed rows, without pending intents. */
  public confirmedFor(scope: TickScope): Tick[] {
    return [...this.confirmedRows.values()].filter((row) => inScope(scope, row));
  }

  /** The scope's rows as the person should see them: confirmed rows with pending intents (given or queued) laid over them. */
  public rowsFor(scope: TickScope, intents: readonly TickIntent[]): Tick[] {
    const rows = new Map(this.confirmedFor(scope).map((row) => [intentKey(row), row]));
    for (const intent of intents) {
      if (!inScope(scope, intent)) continue;
      const key = intentKey(intent);
      rows.set(key, this.overlay(key, intent, rows.get(key)));
    }
    return [...rows.values()];
  }

  public async send(): Promise<void> {
    const pending = this.pending;
    if (pending === undefined || pending.all().length === 0) return;
    if (!this.sender) {
      this.link?.post({ kind: 'send' });
      return;
    }
    if (this.clock.now().getTime() < this.quietUntil) return;
    if (this.sending) {
      this.sendAgain = true;
      return;
    }
    this.sending = true;
    this.link?.post({ kind: 'sending', busy: true });
    this.notify((l) => l.changed());
    try {
      for (let intent = pending.all()[0]; intent !== undefined; intent = pending.all()[0]) {
        if (this.share?.isSettled(intent)) {
          // Another tab's copy of an intent this browser already stored: sending it would send it twice.
          this.settle(intent);
          continue;
        }
        try {
          const stored = await this.repository.applyIntent(intent, this.confirmedRows.get(intentKey(intent)));
          this.confirmedRows.set(intentKey(intent), stored);
          this.link?.post({ kind: 'sent', intent, row: stored });
          this.notify((l) => l.confirmed());
        } catch (error) {
          if (!isRefusedForGood(error)) throw error;
          // Sending it again would be refused again: it leaves the queue and the person is told why.
          this.link?.post({ kind: 'refused', intent, failure: sharedFailure(error) });
          this.notify((l) => l.refused(error));
        }
        this.settle(intent);
      }
    } catch (error) {
      this.quietUntil = this.clock.now().getTime() + (retryAfterOf(error) ?? 0);
      this.link?.post({ kind: 'sendFailed', failure: sharedFailure(error) });
      this.notify((l) => l.failed(error));
    } finally {
      this.sending = false;
      this.link?.post({ kind: 'sending', busy: false });
      this.notify((l) => l.changed());
    }
    if (this.sendAgain) {
      this.sendAgain = false;
      await this.send();
    }
  }

  /** The intent is stored (here or by the sending tab) or refused for good: it leaves the queue. */
  private settle(intent: TickIntent): void {
    this.pending?.settle(intent);
    this.share?.noteSettled(intent);
    this.overlays.delete(intentKey(intent));
    this.notify((l) => l.changed());
  }

  /** Shares the queue with the person's other tabs: the tab holding `sender` sends, the others hand it their ticks. */
  private joinTabs(tabs: TabPorts, person: Person): void {
    const share = new TabShare(tabs, tabShareName(this.siteUrl, person.id));
    this.share = share;
    this.sender = false;
    this.link = share.connect((message) => this.receive(message));
    share.hold('sender', () => {
      this.sender = true;
      // A sender that closed mid-send says no more (here, or to the other tabs); what it had not settled is still in storage.
      this.senderBusy = false;
      this.link?.post({ kind: 'sending', busy: false });
      void this.send();
    });
  }

  private receive(message: TabMessage): void {
    switch (message.kind) {
      case 'intent':
        if (this.sender && this.pending !== undefined && !this.share?.isSettled(message.intent)) {
          const key = intentKey(message.intent);
          if (message.known !== undefined && !this.confirmedRows.has(key)) this.confirmedRows.set(key, message.known);
          // Storage may already hold a newer intent for the tick (the tabs share it): that one wins.
          if (!this.pending.all().some((p) => intentKey(p) === key && p.at > message.intent.at)) this.pending.add(message.intent);
          void this.send();
        }
        return;
      case 'send':
        if (this.sender) void this.send();
        return;
      case 'sent':
        this.confirmedRows.set(intentKey(message.intent), message.row);
        this.settle(message.intent);
        this.notify((l) => l.confirmed());
        return;
      case 'refused':
        this.settle(message.intent);
        this.notify((l) => l.refused(failureError(message.failure)));
        return;
      case 'sendFailed':
        this.notify((l) => l.failed(failureError(message.failure)));
        return;
      case 'sending':
        this.senderBusy = message.busy;
        this.notify((l) => l.changed());
        return;
      default:
      // Poll messages are the checklists' own.
    }
  }

  /** The row an intent makes of `base`, applied once and kept while neither the intent nor the row changes. */
  private overlay(key: string, intent: TickIntent, base: Tick | undefined): Tick {
    const kept = this.overlays.get(key);
    if (kept !== undefined && kept.base === base && kept.person === this.person && sameIntent(kept.intent, intent)) return kept.row;
    const row = applyIntentTo(base, intent, this.person);
    this.overlays.set(key, { intent, person: this.person, base, row });
    return row;
  }

  private notify(action: (listener: TickQueueListener) => void): void {
    for (const listener of [...this.listeners]) action(listener);
  }
}
