import { LocalizedText } from './language';
import { MAX_PERIOD, MIN_PERIOD, Period } from './period';
import { Person } from './person';
import { FOCUS_AREAS, FocusAreaKey, MAX_ORDER, STAIRCASE_STEPS, StaircaseStepNumber } from './programme';
import { keyIssue, MAX_NOTE_LENGTH, ValidationIssue, Validator } from './validation';

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

/** What every per-unit row about one checklist item in one period has: a tick, an item's owner and due date. */
export interface UnitItemPeriod {
  /** SharePoint item id once the row exists. */
  id?: number;
  /** unit:item:period, unique in its list. */
  key: string;
  unitId: number;
  itemId: number;
  planId: number;
  period: Period;
}

/** The stored state of one unit × item × period. Unticking keeps the row with `done: false`. */
export interface Tick extends UnitItemPeriod {
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

/**
 * Folds a new intent into the ones still waiting to reach SharePoint: one intent per tick key, the
 * newest wins, and a comment the person wrote earlier survives a later tick that does not touch it.
 */
export function queueIntent(pending: readonly TickIntent[], intent: TickIntent): TickIntent[] {
  const key = intentKey(intent);
  const earlier = pending.find((p) => intentKey(p) === key);
  const merged: TickIntent = intent.comment === undefined && earlier?.comment !== undefined ? { ...intent, comment: earlier.comment } : intent;
  return [...pending.filter((p) => intentKey(p) !== key), merged];
}

/**
 * Whether a stored row already says what the person's intent says (the same person set it at the same
 * second): the intent was stored before, e.g. by a tab that closed before it heard SharePoint's answer,
 * and writing it again would change nothing but the row's version.
 */
export function reflectsIntent(tick: Tick, intent: TickIntent, personId: number): boolean {
  const second = (iso: string | undefined): number => Math.floor(Date.parse(iso ?? '') / 1000);
  return (
    tick.done === intent.done &&
    tick.doneBy?.id === personId &&
    second(tick.doneAt) === second(intent.at) &&
    (intent.comment === undefined || tick.comment === intent.comment)
  );
}

/** How a tick looks once an intent is applied to it (or to nothing yet), before SharePoint has confirmed it. */
export function applyIntentTo(tick: Tick | undefined, intent: TickIntent, person: Person | undefined): Tick {
  return {
    ...tick,
    key: intentKey(intent),
    unitId: intent.unitId,
    itemId: intent.itemId,
    planId: intent.planId,
    period: intent.period,
    done: intent.done,
    doneBy: person,
    doneAt: intent.at,
    comment: intent.comment ?? tick?.comment ?? ''
  };
}

export function validateChecklistItem(item: ChecklistItem): ValidationIssue[] {
  return new Validator()
    .integerBetween('planId', item.planId, 1, Number.MAX_SAFE_INTEGER)
    .oneOf('focusArea', item.focusArea, FOCUS_AREAS)
    .integerBetween('staircaseStep', item.staircaseStep, 1, STAIRCASE_STEPS.length)
    .integerBetween('order', item.order, 0, MAX_ORDER)
    .text('title.sv', item.title.sv, true)
    .text('title.en', item.title.en, false).issues;
}

/** A stored tick must carry the key its unit, item and period give, or two rows could claim one tick. */
export function validateTick(tick: Tick): ValidationIssue[] {
  return new Validator()
    .integerBetween('period', tick.period, MIN_PERIOD, MAX_PERIOD)
    .isoTimestamp('doneAt', tick.doneAt)
    .maxLength('comment', tick.comment, MAX_NOTE_LENGTH)
    .add(keyIssue(tick.key, tickKey(tick.unitId, tick.itemId, tick.period))).issues;
}
