/**
 * The columns every per-unit row about one checklist item in one period shares (a tick, an item's
 * owner and due date): its unique key unit:item:period in Title, the unit, the item, its plan and the period.
 */
import type { UnitItemPeriod } from '../../domain/checklist';
import { RowReader, SpFields } from './rowReader';

/** Which column holds each shared field, for naming a row's problems. */
export const UNIT_ITEM_COLUMNS = { key: 'Title', unitId: 'Unit', itemId: 'ChecklistItem', planId: 'ActionPlan', period: 'Period' };

export function readUnitItemPeriod(r: RowReader): Required<Pick<UnitItemPeriod, 'id'>> & UnitItemPeriod {
  return {
    id: r.id,
    key: r.text('Title') ?? '',
    unitId: r.lookupId('Unit') ?? 0,
    itemId: r.lookupId('ChecklistItem') ?? 0,
    planId: r.lookupId('ActionPlan') ?? 0,
    period: r.number('Period') ?? 0
  };
}

/** A new row's shared fields: what it belongs to, and its key. */
export function unitItemPeriodFields(row: UnitItemPeriod): SpFields {
  return { Title: row.key, UnitId: row.unitId, ChecklistItemId: row.itemId, ActionPlanId: row.planId, Period: row.period };
}
