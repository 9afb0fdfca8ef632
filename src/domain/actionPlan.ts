import { LocalizedText } from './language';

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
