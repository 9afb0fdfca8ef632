import { isUpdateStatus, Update, validateUpdate } from '../../domain/update';
import { LISTS } from '../schema';
import { Mapped, RowQuery, RowReader, SpFields, SpRow } from './rowReader';

const COLUMNS = { title: 'Title', summary: 'Summary', body: 'Body', status: 'UpdateStatus', publishAt: 'PublishAt', planId: 'ActionPlan' };

export const UPDATE_QUERY: RowQuery = {
  select: ['Id', 'Title', 'Summary', 'Body', 'UpdateStatus', 'PublishAt', 'ActionPlanId', 'Pinned', 'Author/Id', 'Author/Title', 'Author/EMail', 'Modified'],
  expand: ['Author']
};

export function readUpdate(row: SpRow): Mapped<Update> {
  const r = new RowReader(row, LISTS.updates);
  const update: Update = {
    id: r.id,
    title: r.text('Title') ?? '',
    summary: r.text('Summary') ?? '',
    body: r.text('Body') ?? '',
    status: r.choice('UpdateStatus', isUpdateStatus) ?? 'draft',
    publishAt: r.date('PublishAt'),
    planId: r.lookupId('ActionPlan'),
    pinned: r.boolean('Pinned'),
    author: r.person('Author'),
    modified: r.date('Modified'),
    etag: r.etag
  };
  return r.result(update, validateUpdate(update), COLUMNS);
}

export function updateFields(update: Update): SpFields {
  return {
    Title: update.title.trim(),
    Summary: update.summary,
    Body: update.body,
    UpdateStatus: update.status,
    PublishAt: update.publishAt ?? null,
    ActionPlanId: update.planId ?? null,
    Pinned: update.pinned
  };
}
