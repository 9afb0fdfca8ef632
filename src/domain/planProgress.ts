import type { ChecklistItem, Tick } from './checklist';
import { compareSwedish } from './language';
import { FOCUS_AREAS, FocusAreaKey } from './programme';
import { Progress, progressOf, ratio } from './progress';
import type { Unit } from './unit';

export interface UnitPlanProgress {
  unit: Unit;
  progress: Progress;
}

/** One plan's progress across the city's units in a period: what the plan's page shows under the plan. */
export interface PlanProgressAcrossUnits {
  /** The plan's active items. */
  itemCount: number;
  /** The focus areas the plan's active items belong to, in the programme's order. */
  focusAreas: FocusAreaKey[];
  unitCount: number;
  /** Units that have ticked at least one of the plan's items, furthest first, then by name (Swedish collation). */
  started: UnitPlanProgress[];
  /** Of those, the units that have ticked every item. */
  complete: number;
}

export function planProgressAcrossUnits(
  planId: number,
  units: readonly Unit[],
  items: readonly ChecklistItem[],
  ticks: readonly Pick<Tick, 'unitId' | 'itemId' | 'done'>[]
): PlanProgressAcrossUnits {
  const planItems = items.filter((item) => item.planId === planId && item.active);
  const ticksByUnit = new Map<number, Pick<Tick, 'unitId' | 'itemId' | 'done'>[]>();
  for (const tick of ticks) ticksByUnit.set(tick.unitId, [...(ticksByUnit.get(tick.unitId) ?? []), tick]);
  const started = units
    .map((unit) => ({ unit, progress: progressOf(planItems, ticksByUnit.get(unit.id) ?? []) }))
    .filter(({ progress }) => progress.done > 0)
    .sort((a, b) => ratio(b.progress) - ratio(a.progress) || compareSwedish(a.unit.name, b.unit.name));
  const areas = new Set(planItems.map((item) => item.focusArea));
  return {
    itemCount: planItems.length,
    focusAreas: FOCUS_AREAS.filter((area) => areas.has(area)),
    unitCount: units.length,
    started,
    complete: started.filter(({ progress }) => progress.done === progress.total).length
  };
}
