import { LocalizedText } from './language';
import { Period } from './period';
import { Person } from './person';
import { FocusAreaKey, StaircaseStepNumber } from './programme';

/** One thing a unit does under an action plan, ticked once per period. */
export interface ChecklistItem {
  id: number;
  planId: number;
  focusArea: FocusAreaKey;
  /** The staircase step this item helps fulfil, if any. */
  staircaseStep?: StaircaseStepNumber;
  order: number;
  title: LocalizedText;
  /** Retired items stay in the list so that the history of ticks on them is kept. */
  active: boolean;
  /** Seeded example content that editors are meant to replace. */
  isExample: boolean;
  etag?: string;
}

/** The stored state of one unit × item × period. Unticking keeps the row with `done: false`. */
export interface Tick {
  /** SharePoint item id once the row exists. */
  id?: number;
  key: string;
  unitId: number;
  itemId: number;
  planId: number;
  period: Period;
  done: boolean;
  doneBy?: Person;
  /** ISO timestamp of the last change to `done`. */
  doneAt?: string;
  comment: string;
  etag?: string;
}

/** What one person wants an item to be: a set, not a toggle, so replaying it twice changes nothing. */
export interface TickIntent {
  unitId: number;
  itemId: number;
  planId: number;
  period: Period;
  done: boolean;
  /** Present when the person changed the comment; absent leaves the comment as it is. */
  comment?: string;
  /** When the person acted (ISO); orders a person's own intents. */
  at: string;
}

/** The unique key that makes one row per unit × item × period. */
export function tickKey(unitId: number, itemId: number, period: Period): string {
  return `${unitId}:${itemId}:${period}`;
}

export function intentKey(intent: Pick<TickIntent, 'unitId' | 'itemId' | 'period'>): string {
  return tickKey(intent.unitId, intent.itemId, intent.period);
}

/** Items in the order a checklist shows them: by order, then id for a stable tie-break. */
export function sortItems<T extends Pick<ChecklistItem, 'order' | 'id'>>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.order - b.order || a.id - b.id);
}
