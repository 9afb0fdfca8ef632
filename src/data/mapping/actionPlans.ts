import { ActionPlan, isActionPlanStatus, validateActionPlan } from '../../domain/actionPlan';
import { LISTS } from '../schema';
import { dateOnlyToSharePoint, hyperlinkValue, Mapped, RowQuery, RowReader, SpFields, SpRow } from './rowReader';

const COLUMNS = {
  key: 'PlanKey',
  order: 'SortOrder',
  'title.sv': 'Title',
  'title.en': 'TitleEn',
  'description.sv': 'DescriptionSv',
  'description.en': 'DescriptionEn',
  status: 'PlanStatus',
  adoptionDate: 'AdoptionDate',
  replaces: 'Replaces',
  replacedCeasedOn: 'ReplacedCeasedOn',
  documentUrl: 'DocumentLink'
};

export const ACTION_PLAN_QUERY: RowQuery = {
  select: ['Id', 'Title', 'PlanKey', 'SortOrder', 'TitleEn', 'DescriptionSv', 'DescriptionEn', 'PlanStatus', 'AdoptionDate', 'Replaces', 'ReplacedCeasedOn', 'DocumentLink'],
  expand: []
};

export function readActionPlan(row: SpRow): Mapped<ActionPlan> {
  const r = new RowReader(row, LISTS.actionPlans);
  const plan: ActionPlan = {
    id: r.id,
    key: r.text('PlanKey') ?? '',
    order: r.number('SortOrder') ?? 0,
    title: { sv: r.text('Title') ?? '', en: r.text('TitleEn') ?? '' },
    description: { sv: r.text('DescriptionSv') ?? '', en: r.text('DescriptionEn') ?? '' },
    status: r.choice('PlanStatus', isActionPlanStatus) ?? 'draft',
    adoptionDate: r.date('AdoptionDate'),
    replaces: r.text('Replaces'),
    replacedCeasedOn: r.date('ReplacedCeasedOn'),
    documentUrl: r.url('DocumentLink'),
    etag: r.etag
  };
  return r.result(plan, validateActionPlan(plan), COLUMNS);
}

export function actionPlanFields(plan: ActionPlan): SpFields {
  return {
    Title: plan.title.sv,
    PlanKey: plan.key,
    SortOrder: plan.order,
    TitleEn: plan.title.en,
    DescriptionSv: plan.description.sv,
    DescriptionEn: plan.description.en,
    PlanStatus: plan.status,
    AdoptionDate: dateOnlyToSharePoint(plan.adoptionDate) ?? null,
    Replaces: plan.replaces ?? null,
    ReplacedCeasedOn: dateOnlyToSharePoint(plan.replacedCeasedOn) ?? null,
    DocumentLink: hyperlinkValue(plan.documentUrl)
  };
}
