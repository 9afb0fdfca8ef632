/**
 * The tabs of one browser that show the same person's checklists on one data site talk over one
 * channel: the tab holding the `sender` lock sends everyone's queued ticks, and per checklist the tab
 * holding its `poll:…` lock asks SharePoint for changes and passes them on; the others hand over their
 * ticks and say how much they need live updates. Messages are checked on arrival (another version of the
 * app may share the channel while a tab still runs an old page).
 */
import { intentKey, Tick, TickIntent } from '../../domain/checklist';
import type { TickChanges } from '../contracts/checklist';
import { AccessDeniedError, DataErrorKind, NotFoundError, UnreachableError, ValidationError } from '../contracts/errors';
import { errorKind, retryAfterOf } from '../failures';
import type { TabPorts } from '../ports/tabs';
import type { Presence } from './pollCadence';

/** A failure as it crosses to another tab: what it means, not the object. */
export interface SharedFailure {
  kind: DataErrorKind;
  retryAfterMs?: number;
}

/** `unit:plan:period`: which checklist a poll message is about. */
export type ScopeKey = string;

export type TabMessage =
  /** To the sender: queue and send this tick; `known` is the row as this tab last saw it (its etag saves the sender a read). */
  | { kind: 'intent'; intent: TickIntent; known?: Tick }
  /** To the sender: send what is queued (a tab's "Try again"). */
  | { kind: 'send' }
  /** From the sender: the intent is stored as `row`. */
  | { kind: 'sent'; intent: TickIntent; row: Tick }
  /** From the sender: SharePoint will never take the intent; it left the queue. */
  | { kind: 'refused'; intent: TickIntent; failure: SharedFailure }
  /** From the sender: sending stopped on a failure; the intents stay queued. */
  | { kind: 'sendFailed'; failure: SharedFailure }
  | { kind: 'sending'; busy: boolean }
  /** From a checklist's poller: what the poll found (or why it failed), and when anyone last changed it. */
  | { kind: 'polled'; scope: ScopeKey; changes?: TickChanges; failure?: SharedFailure; changedAt: number }
  /** From a checklist's new poller: tell me what you need. */
  | { kind: 'polling'; scope: ScopeKey }
  /** To the poller: how a tab shows the checklist, and (when it ticked) when it last changed. */
  | { kind: 'demand'; scope: ScopeKey; from: string; presence: Presence; changedAt?: number }
  /** To the poller: the tab closed the checklist. */
  | { kind: 'gone'; scope: ScopeKey; from: string };

const KINDS: ReadonlySet<string> = new Set(['intent', 'send', 'sent', 'refused', 'sendFailed', 'sending', 'polled', 'polling', 'demand', 'gone']);

export function sharedFailure(error: unknown): SharedFailure {
  const retryAfterMs = retryAfterOf(error);
  return retryAfterMs === undefined ? { kind: errorKind(error) } : { kind: errorKind(error), retryAfterMs };
}

/** The error a shared failure stands for, so another tab's listeners treat it as their own. */
export function failureError(failure: SharedFailure): Error {
  switch (failure.kind) {
    case 'unreachable':
      return new UnreachableError('unreachable', failure.retryAfterMs);
    case 'accessDenied':
      return new AccessDeniedError();
    case 'notFound':
      return new NotFoundError();
    case 'invalid':
      return new ValidationError([]);
    default:
      return new Error(failure.kind);
  }
}

export function scopeKey(scope: { unitId: number; planId: number; period: number }): ScopeKey {
  return `${scope.unitId}:${scope.planId}:${scope.period}`;
}

/** One participant's end of the channel (the queue, or an open checklist): it hears every other end, in this tab too. */
export interface TabLink {
  post(message: TabMessage): void;
  close(): void;
}

export class TabShare {
  /** The newest intent per tick key this browser has seen stored: it, or an older one, arriving late is not sent again. */
  private readonly settled = new Map<string, TickIntent>();

  public constructor(
    private readonly tabs: TabPorts,
    /** Site and person: tabs of another person (possible on the local page) never share. */
    private readonly name: string
  ) {}

  public connect(listener: (message: TabMessage) => void): TabLink {
    const channel = this.tabs.channel(this.name);
    const stop = channel.listen((message) => {
      if (typeof message === 'object' && message !== null && KINDS.has((message as { kind?: string }).kind ?? '')) listener(message as TabMessage);
    });
    return {
      post: (message) => channel.post(message),
      close: () => {
        stop();
        channel.close();
      }
    };
  }

  /** Holds `role` (`sender`, or `poll:<scope>`) once no other tab does; returns the function that lets go. */
  public hold(role: string, onHeld: () => void): () => void {
    return this.tabs.hold(`${this.name}:${role}`, onHeld);
  }

  public noteSettled(intent: TickIntent): void {
    const key = intentKey(intent);
    const known = this.settled.get(key);
    if (known === undefined || known.at <= intent.at) this.settled.set(key, intent);
  }

  /** Whether this intent, or a newer one for its tick, is already stored: sending it would send it twice, or undo the newer. */
  public isSettled(intent: TickIntent): boolean {
    const known = this.settled.get(intentKey(intent));
    if (known === undefined) return false;
    return intent.at < known.at || (intent.at === known.at && intent.done === known.done && intent.comment === known.comment);
  }
}

export function tabShareName(siteUrl: string, personId: number): string {
  return `mr-programmet:tabs:${siteUrl.replace(/\/+$/, '').toLowerCase()}:${personId}`;
}
