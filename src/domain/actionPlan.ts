import { LocalizedText } from './language';
import { MAX_ORDER } from './programme';
import { MAX_NOTE_LENGTH, ValidationIssue, Validator } from './validation';

/** Where an action plan (handlingsplan) stands on its way to adoption. */
export type ActionPlanStatus = 'draft' | 'consultation' | 'adopted';

export const ACTION_PLAN_STATUSES: readonly ActionPlanStatus[] = ['draft', 'consultation', 'adopted'];

export interface ActionPlan {
  id: number;
  /** Stable key, e.g. `antiRacism`, used in deep links. */
  key: string;
  order: number;
  title: LocalizedText;
  /** Rich text (sanitised HTML) in both languages. */
  description: LocalizedText;
  status: ActionPlanStatus;
  /** ISO date (yyyy-mm-dd) the plan was adopted. */
  adoptionDate?: string;
  /** The earlier programme or strategy the plan replaces. */
  replaces?: string;
  /** ISO date the replaced programme ceased to apply; absent while it still applies. */
  replacedCeasedOn?: string;
  /** Where the plan's own document is (http or https), once an editor has linked it. */
  documentUrl?: string;
  etag?: string;
}

export function isActionPlanStatus(value: unknown): value is ActionPlanStatus {
  return typeof value === 'string' && (ACTION_PLAN_STATUSES as readonly string[]).includes(value);
}

/**
 * The gap the social services' consultation reply warns of: the programme the plan replaces has
 * ceased, but the plan itself is not adopted yet, so the city has no concrete governing document
 * in that area.
 */
export function hasGovernanceGap(plan: ActionPlan, today: string): boolean {
  return plan.status !== 'adopted' && plan.replacedCeasedOn !== undefined && plan.replacedCeasedOn <= today;
}

/** Plan keys go into deep links, so they are short and URL-safe. */
const PLAN_KEY = /^[A-Za-z][A-Za-z0-9-]*$/;

export function validateActionPlan(plan: ActionPlan): ValidationIssue[] {
  const check = new Validator()
    .text('key', plan.key, true, 50)
    .integerBetween('order', plan.order, 0, MAX_ORDER)
    .text('title.sv', plan.title.sv, true)
    .text('title.en', plan.title.en, false)
    .maxLength('description.sv', plan.description.sv, MAX_NOTE_LENGTH)
    .maxLength('description.en', plan.description.en, MAX_NOTE_LENGTH)
    .oneOf('status', plan.status, ACTION_PLAN_STATUSES)
    .isoDate('adoptionDate', plan.adoptionDate)
    .text('replaces', plan.replaces, false)
    .isoDate('replacedCeasedOn', plan.replacedCeasedOn)
    .webAddress('documentUrl', plan.documentUrl, false);
  if (plan.key.trim() !== '' && !PLAN_KEY.test(plan.key)) check.add({ field: 'key', code: 'invalidKey' });
  // An adopted plan has a date it was adopted; the overview shows it.
  if (plan.status === 'adopted') check.required('adoptionDate', plan.adoptionDate);
  return check.issues;
}
