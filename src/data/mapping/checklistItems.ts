import { ChecklistItem, validateChecklistItem } from '../../domain/checklist';
import { isFocusAreaKey, StaircaseStepNumber } from '../../domain/programme';
import { LISTS } from '../schema';
import { Mapped, RowQuery, RowReader, SpFields, SpRow } from './rowReader';

const COLUMNS = {
  planId: 'ActionPlan',
  focusArea: 'FocusArea',
  staircaseStep: 'StaircaseStep',
  order: 'SortOrder',
  'title.sv': 'Title',
  'title.en': 'TitleEn'
};

export const CHECKLIST_ITEM_QUERY: RowQuery = {
  select: ['Id', 'Title', 'ActionPlanId', 'FocusArea', 'StaircaseStep', 'SortOrder', 'TitleEn', 'IsActive', 'IsExample'],
  expand: []
};

export function readChecklistItem(row: SpRow): Mapped<ChecklistItem> {
  const r = new RowReader(row, LISTS.checklistItems);
  const item: ChecklistItem = {
    id: r.id,
    planId: r.lookupId('ActionPlan') ?? 0,
    focusArea: r.choice('FocusArea', isFocusAreaKey) ?? 'knowledge',
    // validateChecklistItem below refuses any number that is not a step.
    staircaseStep: r.number('StaircaseStep') as StaircaseStepNumber | undefined,
    order: r.number('SortOrder') ?? 0,
    title: { sv: r.text('Title') ?? '', en: r.text('TitleEn') ?? '' },
    active: r.boolean('IsActive'),
    isExample: r.boolean('IsExample'),
    etag: r.etag
  };
  return r.result(item, validateChecklistItem(item), COLUMNS);
}

export function checklistItemFields(item: ChecklistItem): SpFields {
  return {
    Title: item.title.sv,
    ActionPlanId: item.planId,
    FocusArea: item.focusArea,
    StaircaseStep: item.staircaseStep ?? null,
    SortOrder: item.order,
    TitleEn: item.title.en,
    IsActive: item.active,
    IsExample: item.isExample
  };
}
