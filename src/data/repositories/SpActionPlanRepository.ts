import { SPFI } from '@pnp/sp';
import { ActionPlan, validateActionPlan } from '../../domain/actionPlan';
import { ChecklistItem, sortItems, validateChecklistItem } from '../../domain/checklist';
import { translated } from '../translateErrors';
import { ACTION_PLAN_QUERY, actionPlanFields, readActionPlan } from '../mapping/actionPlans';
import { CHECKLIST_ITEM_QUERY, checklistItemFields, readChecklistItem } from '../mapping/checklistItems';
import { readRows } from '../mapping/rowReader';
import { inOneBatch, listOf, readAll } from '../queries';
import { ActionPlanRepository, Loaded } from '../../app/contracts';
import { ListRows } from './listRows';
import { saveRow } from './saveRow';

export class SpActionPlanRepository implements ActionPlanRepository {
  private readonly plans: ListRows<ActionPlan>;
  private readonly items$: ListRows<ChecklistItem>;

  public constructor(private readonly sp: SPFI) {
    this.plans = new ListRows(sp, 'actionPlans', ACTION_PLAN_QUERY, readActionPlan);
    this.items$ = new ListRows(sp, 'checklistItems', CHECKLIST_ITEM_QUERY, readChecklistItem);
  }

  public list(): Promise<Loaded<ActionPlan[]>> {
    return translated(async () => {
      const plans = readRows(await readAll(this.sp, 'actionPlans', ACTION_PLAN_QUERY), readActionPlan);
      return { value: plans.value.sort((a, b) => a.order - b.order || a.id - b.id), problems: plans.problems };
    });
  }

  public save(plan: ActionPlan): Promise<ActionPlan> {
    return translated(async () => ({ ...plan, ...(await saveRow(this.plans, plan, validateActionPlan(plan), actionPlanFields(plan))) }));
  }

  /** A plan's items, active and retired, in checklist order (the indexed ActionPlan column narrows the query). */
  public items(planId: number): Promise<Loaded<ChecklistItem[]>> {
    return translated(async () => {
      const items = readRows(await readAll(this.sp, 'checklistItems', CHECKLIST_ITEM_QUERY, `ActionPlanId eq ${planId}`), readChecklistItem);
      return { value: sortItems(items.value), problems: items.problems };
    });
  }

  public saveItem(item: ChecklistItem): Promise<ChecklistItem> {
    return translated(async () => ({
      ...item,
      ...(await saveRow(this.items$, item, validateChecklistItem(item), checklistItemFields(item)))
    }));
  }

  public reorderItems(orderedItemIds: number[]): Promise<void> {
    return translated(async () => {
      // The new order is the editor's whole intent for these rows, so it is written as it stands ('*').
      await inOneBatch(this.sp, (b) =>
        orderedItemIds.map((id, index) => listOf(b, 'checklistItems').items.getById(id).update({ SortOrder: index }))
      );
    });
  }
}
