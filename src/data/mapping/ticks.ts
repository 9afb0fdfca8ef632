import { intentKey, Tick, TickIntent, validateTick } from '../../domain/checklist';
import { LISTS } from '../schema';
import { Mapped, RowQuery, RowReader, SpFields, SpRow } from './rowReader';
import { readUnitItemPeriod, UNIT_ITEM_COLUMNS, unitItemPeriodFields } from './unitItemRows';

const COLUMNS = {
  ...UNIT_ITEM_COLUMNS,
  doneAt: 'DoneAt',
  comment: 'TickComment'
};

/**
 * Who set a tick is the row's Editor (Modified By), which SharePoint sets on every write: never a value
 * the client sends. The legacy DoneBy column keeps what the first version recorded, as the row's history;
 * the app neither writes nor trusts it. A tick row holds only the tick (done, when, comment), so nothing
 * else ever changes its Editor: later per-item fields (owner, due date, evidence) belong in a list of their own.
 */
export const TICK_QUERY: RowQuery = {
  select: ['Id', 'Title', 'UnitId', 'ChecklistItemId', 'ActionPlanId', 'Period', 'Done', 'Editor/Id', 'Editor/Title', 'Editor/EMail', 'DoneAt', 'TickComment'],
  expand: ['Editor']
};

export function readTick(row: SpRow): Mapped<Tick> {
  const r = new RowReader(row, LISTS.checklistTicks);
  const tick: Tick = {
    ...readUnitItemPeriod(r),
    done: r.boolean('Done'),
    doneBy: r.person('Editor'),
    doneAt: r.date('DoneAt'),
    comment: r.text('TickComment') ?? '',
    etag: r.etag
  };
  return r.result(tick, validateTick(tick), COLUMNS);
}

/** What an intent changes on a row: done and when, and the comment only when the person changed it. SharePoint records who. */
export function tickChangeFields(intent: TickIntent): SpFields {
  const fields: SpFields = { Done: intent.done, DoneAt: intent.at };
  if (intent.comment !== undefined) fields.TickComment = intent.comment;
  return fields;
}

/** A new row for an intent: the unique key and what the row belongs to, plus the change itself. */
export function newTickFields(intent: TickIntent): SpFields {
  return { ...unitItemPeriodFields({ ...intent, key: intentKey(intent) }), ...tickChangeFields(intent) };
}
