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

/**
 * The share done in whole `parts` (100: percent, 1000: tenths of a percent), rounded half up, except that it
 * never reads as all before everything is done, nor as nothing once anything is: 1 of 6 is 17 %, 199 of 200
 * is 99 %, 1 of 1000 is 1 %. Integer arithmetic, so that halves round exactly. An empty checklist is 0.
 */
export function roundedShare(progress: Progress, parts: number): number {
  const { done, total } = progress;
  if (total === 0 || done <= 0) return 0;
  if (done >= total) return parts;
  const halfUp = Math.floor((2 * done * parts + total) / (2 * total));
  return Math.min(parts - 1, Math.max(1, halfUp));
}

/** Whole percent for display (see roundedShare). */
export function percent(progress: Progress): number {
  return roundedShare(progress, 100);
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
