import type { ActionPlan } from '../../domain/actionPlan';
import type { ChecklistItem } from '../../domain/checklist';
import type { Loaded } from './rows';

export interface ActionPlanRepository {
  list(): Promise<Loaded<ActionPlan[]>>;
  save(plan: ActionPlan): Promise<ActionPlan>;
  items(planId: number): Promise<Loaded<ChecklistItem[]>>;
  saveItem(item: ChecklistItem): Promise<ChecklistItem>;
  /** Rewrites the order of a plan's items (given in their new order) in one batch. */
  reorderItems(orderedItemIds: number[]): Promise<void>;
}
