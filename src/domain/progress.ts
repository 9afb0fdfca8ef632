import { ChecklistItem, Tick } from './checklist';
import { FOCUS_AREAS, FocusAreaKey } from './programme';

export interface Progress {
  done: number;
  total: number;
}

/** Share done, 0..1; an empty checklist counts as 0, not as complete. */
export function ratio(progress: Progress): number {
  return progress.total === 0 ? 0 : progress.done / progress.total;
}

/** Whole percent for display, rounded down so that 99.6 % never reads as 100 %. */
export function percent(progress: Progress): number {
  return Math.floor(ratio(progress) * 100);
}

/** Progress over the active items; ticks on retired items do not count. */
export function progressOf(items: readonly ChecklistItem[], ticks: readonly Pick<Tick, 'itemId' | 'done'>[]): Progress {
  const active = items.filter((i) => i.active);
  const done = new Set(ticks.filter((t) => t.done).map((t) => t.itemId));
  return { done: active.filter((i) => done.has(i.id)).length, total: active.length };
}

export function progressByFocusArea(
  items: readonly ChecklistItem[],
  ticks: readonly Pick<Tick, 'itemId' | 'done'>[]
): Record<FocusAreaKey, Progress> {
  const result = {} as Record<FocusAreaKey, Progress>;
  for (const area of FOCUS_AREAS) result[area] = progressOf(items.filter((i) => i.focusArea === area), ticks);
  return result;
}

export function progressByPlan(
  items: readonly ChecklistItem[],
  ticks: readonly Pick<Tick, 'itemId' | 'done'>[]
): Map<number, Progress> {
  const result = new Map<number, Progress>();
  for (const planId of new Set(items.map((i) => i.planId))) {
    result.set(planId, progressOf(items.filter((i) => i.planId === planId), ticks));
  }
  return result;
}
