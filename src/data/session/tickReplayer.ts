/**
 * Sends one person's queued ticks to SharePoint, one at a time, oldest first. There is one replayer
 * per page for all open checklists: were two checklists to send the same queue side by side, an older
 * intent could land after a newer one for the same tick, and the person's last intent would be lost.
 */
import { Tick, TickIntent } from '../../domain/checklist';
import { Person } from '../../domain/person';
import { errorKind, httpStatusOf } from '../errors';
import { ChecklistRepository, KeyValueStorage, NotFoundError, ValidationError } from '../repositories/interfaces';
import { PendingTicks, pendingTicksKey } from './pendingTicks';

/** What an open checklist learns from the replayer, and what it knows that the replayer needs. */
export interface ReplayObserver {
  /** The stored row an intent applies to, when this checklist holds it (its id and etag save a read). */
  knownTick(intent: TickIntent): Tick | undefined;
  confirmed(stored: Tick): void;
  /** The queue, or whether it is being sent, changed. */
  changed(): void;
  /** Sending stopped on a failure; the intents stay queued. */
  failed(error: unknown): void;
  /** An intent SharePoint will never accept left the queue. */
  refused(error: unknown): void;
}

/**
 * An intent SharePoint will refuse however often it is sent (the item or unit is gone, the request is
 * invalid, the person may not tick): it leaves the queue, so the screen shows the stored state again.
 */
function isRefusedForGood(error: unknown): boolean {
  return error instanceof NotFoundError || error instanceof ValidationError || httpStatusOf(error) === 400 || errorKind(error) === 'accessDenied';
}

export class TickReplayer {
  private readonly observers = new Set<ReplayObserver>();
  private queue?: PendingTicks;
  private starting?: Promise<Person>;
  private person?: Person;
  private sending = false;
  private sendAgain = false;

  public constructor(
    private readonly repository: ChecklistRepository,
    private readonly currentUser: () => Promise<Person>,
    private readonly storage: KeyValueStorage,
    private readonly siteUrl: string
  ) {}

  public observe(observer: ReplayObserver): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  /** Knows the person (the queue is theirs) once; a failed attempt is tried again on the next call. */
  public start(): Promise<Person> {
    if (this.starting === undefined) {
      this.starting = this.currentUser().then((person) => {
        this.person = person;
        this.queue = new PendingTicks(this.storage, pendingTicksKey(this.siteUrl, person.id));
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
    return this.sending;
  }

  public intents(): TickIntent[] {
    return this.queue?.all() ?? [];
  }

  /** Queues an intent (call after start); it is in browser storage before anything is sent. */
  public add(intent: TickIntent): void {
    this.queue?.add(intent);
    this.notify((o) => o.changed());
  }

  public async send(): Promise<void> {
    const queue = this.queue;
    if (queue === undefined) return;
    if (this.sending) {
      this.sendAgain = true;
      return;
    }
    this.sending = true;
    this.notify((o) => o.changed());
    try {
      for (let intent = queue.all()[0]; intent !== undefined; intent = queue.all()[0]) {
        try {
          const stored = await this.repository.applyIntent(intent, this.knownTick(intent));
          this.notify((o) => o.confirmed(stored));
        } catch (error) {
          if (!isRefusedForGood(error)) throw error;
          // Sending it again would be refused again: it leaves the queue and the person is told why.
          this.notify((o) => o.refused(error));
        }
        queue.settle(intent);
        this.notify((o) => o.changed());
      }
    } catch (error) {
      this.notify((o) => o.failed(error));
    } finally {
      this.sending = false;
      this.notify((o) => o.changed());
    }
    if (this.sendAgain) {
      this.sendAgain = false;
      await this.send();
    }
  }

  private knownTick(intent: TickIntent): Tick | undefined {
    for (const observer of this.observers) {
      const known = observer.knownTick(intent);
      if (known !== undefined) return known;
    }
    return undefined;
  }

  private notify(action: (observer: ReplayObserver) => void): void {
    for (const observer of [...this.observers]) action(observer);
  }
}
