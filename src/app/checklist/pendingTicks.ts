/**
 * Ticks a person made that SharePoint has not confirmed yet, kept in browser storage so that they
 * survive a dropped network, a closed laptop and a reload. One entry per tick key (the newest intent
 * wins, see queueIntent), per site and person. Storage is read on every use, so two tabs of the same
 * person see one queue; replaying an intent twice does no harm because an intent is a set.
 */
import { intentKey, queueIntent, TickIntent } from '../../domain/checklist';
import { isValidPeriod } from '../../domain/period';
import type { KeyValueStorage } from '../ports/storage';

export function pendingTicksKey(siteUrl: string, userId: number): string {
  return `mr-programmet:pending-ticks:${siteUrl.replace(/\/+$/, '').toLowerCase()}:${userId}`;
}

function isIntent(value: unknown): value is TickIntent {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const positive = (n: unknown): boolean => typeof n === 'number' && Number.isInteger(n) && n > 0;
  return (
    positive(v.unitId) &&
    positive(v.itemId) &&
    positive(v.planId) &&
    isValidPeriod(v.period) &&
    typeof v.done === 'boolean' &&
    (v.comment === undefined || typeof v.comment === 'string') &&
    typeof v.at === 'string'
  );
}

function sameIntent(a: TickIntent, b: TickIntent): boolean {
  return intentKey(a) === intentKey(b) && a.at === b.at && a.done === b.done && a.comment === b.comment;
}

export class PendingTicks {
  /** What is pending when storage refuses to save (full, or blocked): kept for the life of the page. */
  private unsaved?: TickIntent[];

  public constructor(
    private readonly storage: KeyValueStorage,
    private readonly key: string
  ) {}

  public all(): TickIntent[] {
    if (this.unsaved !== undefined) return this.unsaved;
    let parsed: unknown;
    try {
      parsed = JSON.parse(this.storage.getItem(this.key) ?? '[]');
    } catch {
      // Storage that is not ours to read (or garbled) holds no ticks we can replay.
      return [];
    }
    return Array.isArray(parsed) ? parsed.filter(isIntent) : [];
  }

  public add(intent: TickIntent): void {
    this.save(queueIntent(this.all(), intent));
  }

  /** Forgets an intent once SharePoint holds it, unless the person has changed the same tick again since. */
  public settle(intent: TickIntent): void {
    const pending = this.all();
    const remaining = pending.filter((p) => !sameIntent(p, intent));
    if (remaining.length !== pending.length) this.save(remaining);
  }

  private save(intents: TickIntent[]): void {
    try {
      if (intents.length === 0) this.storage.removeItem(this.key);
      else this.storage.setItem(this.key, JSON.stringify(intents));
      this.unsaved = undefined;
    } catch {
      this.unsaved = intents;
    }
  }
}
