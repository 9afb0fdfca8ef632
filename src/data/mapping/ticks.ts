import { intentKey, Tick, TickIntent, validateTick } from '../../domain/checklist';
import { LISTS } from '../schema';
import { Mapped, RowQuery, RowReader, SpFields, SpRow } from './rowReader';

const COLUMNS = {
  key: 'Title',
  unitId: 'Unit',
  itemId: 'ChecklistItem',
  planId: 'ActionPlan',
  period: 'Period',
  doneAt: 'DoneAt',
  comment: 'TickComment'
};

export const TICK_QUERY: RowQuery = {
  select: ['Id', 'Title', 'UnitId', 'ChecklistItemId', 'ActionPlanId', 'Period', 'Done', 'DoneBy/Id', 'DoneBy/Title', 'DoneBy/EMail', 'DoneAt', 'TickComment'],
  expand: ['DoneBy']
};

export function readTick(row: SpRow): Mapped<Tick> {
  const r = new RowReader(row, LISTS.checklistTicks);
  const tick: Tick = {
    id: r.id,
    key: r.text('Title') ?? '',
    unitId: r.lookupId('Unit') ?? 0,
    itemId: r.lookupId('ChecklistItem') ?? 0,
    planId: r.lookupId('ActionPlan') ?? 0,
    period: r.number('Period') ?? 0,
    done: r.boolean('Done'),
    doneBy: r.person('DoneBy'),
    doneAt: r.date('DoneAt'),
    comment: r.text('TickComment') ?? '',
    etag: r.etag
  };
  return r.result(tick, validateTick(tick), COLUMNS);
}

/** What an intent changes on a row: done, by whom and when, and the comment only when the person changed it. */
export function tickChangeFields(intent: TickIntent, personId: number): SpFields {
  const fields: SpFields = { Done: intent.done, DoneById: personId, DoneAt: intent.at };
  if (intent.comment !== undefined) fields.TickComment = intent.comment;
  return fields;
}

/** A new row for an intent: the unique key and what the row belongs to, plus the change itself. */
export function newTickFields(intent: TickIntent, personId: number): SpFields {
  return {
    Title: intentKey(intent),
    UnitId: intent.unitId,
    ChecklistItemId: intent.itemId,
    ActionPlanId: intent.planId,
    Period: intent.period,
    ...tickChangeFields(intent, personId)
  };
}
