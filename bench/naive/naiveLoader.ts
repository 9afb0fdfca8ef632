/**
 * The common sample approach to a SharePoint web part's data, for the bench to compare with: PnPjs set up
 * as the getting-started samples do (`spfi().using(SPBrowser())`), one request per list, each awaited
 * before the next, no $batch, and every multi-row read paged the way `items.getAll()` did (pages of
 * 2,000 following `odata.nextLink`, one after another).
 *
 * It reads the same rows as the product, with the same $select, so the payloads match. Filters are the
 * product's where the product filters by unit (a sample would filter too; the comparison is about how
 * requests are made, not about a strawman filter). The follow-up asks the obvious question, "every tick
 * of period P" (`Period eq P`): on a list over 5,000 rows SharePoint refuses it with the list view
 * threshold, and that refusal is the sample approach's honest result, reported as such, not worked around.
 */
import type { SPFI } from '@pnp/sp';
import type { IItems } from '@pnp/sp/items';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import '@pnp/sp/security';
import { ACTION_PLAN_QUERY } from '../../src/data/mapping/actionPlans';
import { ASSESSMENT_QUERY } from '../../src/data/mapping/assessments';
import { CHECKLIST_ITEM_QUERY } from '../../src/data/mapping/checklistItems';
import { PROGRAMME_QUERY } from '../../src/data/mapping/programme';
import type { RowQuery } from '../../src/data/mapping/rowReader';
import { TICK_QUERY } from '../../src/data/mapping/ticks';
import { UNIT_QUERY } from '../../src/data/mapping/units';
import { LISTS } from '../../src/data/schema';
import type { ListKey } from '../../src/data/schema';

/** The page size of PnPjs's classic `items.getAll()`, which samples page with. */
export const SAMPLE_PAGE_SIZE = 2000;

type Row = Record<string, unknown>;

function items(sp: SPFI, list: ListKey, query: RowQuery): IItems {
  let result = sp.web.lists.getByTitle(LISTS[list].title).items.select(...query.select);
  if (query.expand.length > 0) result = result.expand(...query.expand);
  return result;
}

/** `getAll()`-style: every page in turn, each request waiting for the one before. */
async function getAll(query: IItems): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const page of query.top(SAMPLE_PAGE_SIZE)) rows.push(...(page as Row[]));
  return rows;
}

export interface NaiveUnitPlanView {
  unit: Row;
  plan: Row;
  items: Row[];
  ticks: Row[];
  assessments: Row[];
}

/**
 * The unit's view of one plan (what SpChecklistRepository.loadUnitPlanView reads in one $batch), list by
 * list; the unit and plan rows are not read again when the caller has them already.
 */
export async function naiveUnitPlanView(sp: SPFI, unitId: number, planId: number, period: number, known?: { unit: Row; plan: Row }): Promise<NaiveUnitPlanView> {
  const unit = known?.unit ?? ((await items(sp, 'units', UNIT_QUERY).getById(unitId)()) as Row);
  const plan = known?.plan ?? ((await items(sp, 'actionPlans', ACTION_PLAN_QUERY).getById(planId)()) as Row);
  const checklist = await getAll(items(sp, 'checklistItems', CHECKLIST_ITEM_QUERY).filter(`ActionPlanId eq ${planId}`));
  const ticks = await getAll(items(sp, 'checklistTicks', TICK_QUERY).filter(`UnitId eq ${unitId} and Period eq ${period} and ActionPlanId eq ${planId}`));
  const assessments = await getAll(items(sp, 'staircaseAssessments', ASSESSMENT_QUERY).filter(`UnitId eq ${unitId} and Period eq ${period}`));
  return { unit, plan, items: checklist, ticks, assessments };
}

export interface NaiveFirstRender extends NaiveUnitPlanView {
  schemaVersion: unknown;
  userId: unknown;
  programme: Row[];
}

/**
 * What a Teams tab shows with a unit's checklist, read one list at a time: the site's schema version, the
 * person and their permissions (site, ticks list, content lists), the tab's unit (by Teams group), the
 * programme (the focus areas head the checklist's groups), the plans (to find the deep-linked one by key),
 * then the plan's items, the unit's ticks and assessments.
 */
export async function naiveFirstRender(sp: SPFI, teamsGroupId: string, planKey: string, period: number): Promise<NaiveFirstRender> {
  const [setting] = (await sp.web.lists
    .getByTitle(LISTS.settings.title)
    .items.select('SettingValue')
    .filter(`Title eq 'schemaVersion'`)
    .top(1)()) as Row[];
  const user = (await sp.web.currentUser.select('Id', 'Title', 'Email')()) as Row;
  await sp.web.getCurrentUserEffectivePermissions();
  await sp.web.lists.getByTitle(LISTS.checklistTicks.title).getCurrentUserEffectivePermissions();
  await sp.web.lists.getByTitle(LISTS.actionPlans.title).getCurrentUserEffectivePermissions();
  const [unit] = await getAll(items(sp, 'units', UNIT_QUERY).filter(`TeamsGroupId eq '${teamsGroupId.toLowerCase()}'`));
  if (unit === undefined) throw new Error(`no unit for Teams group ${teamsGroupId}`);
  const programme = await getAll(items(sp, 'programme', PROGRAMME_QUERY));
  const plans = await getAll(items(sp, 'actionPlans', ACTION_PLAN_QUERY));
  const plan = plans.find((row) => row.PlanKey === planKey);
  if (plan === undefined) throw new Error(`no plan ${planKey}`);
  const view = await naiveUnitPlanView(sp, Number(unit.Id), Number(plan.Id), period, { unit, plan });
  return { ...view, programme, schemaVersion: setting?.SettingValue, userId: user.Id };
}

/**
 * What the follow-up view reads (src/ui/FollowUp/loadFollowUp: units, programme, plans, every plan's
 * items, and ticks and assessments of each period), one list at a time; a period's rows are asked for
 * the obvious way, `Period eq P`, paged. Returns the number of rows read.
 */
export async function naiveFollowUp(sp: SPFI, periods: readonly number[]): Promise<number> {
  let rows = 0;
  rows += (await getAll(items(sp, 'units', UNIT_QUERY))).length;
  rows += (await getAll(items(sp, 'programme', PROGRAMME_QUERY))).length;
  rows += (await getAll(items(sp, 'actionPlans', ACTION_PLAN_QUERY))).length;
  rows += (await getAll(items(sp, 'checklistItems', CHECKLIST_ITEM_QUERY))).length;
  for (const period of periods) {
    rows += (await getAll(items(sp, 'checklistTicks', TICK_QUERY).filter(`Period eq ${period}`))).length;
    rows += (await getAll(items(sp, 'staircaseAssessments', ASSESSMENT_QUERY).filter(`Period eq ${period}`))).length;
  }
  return rows;
}

/** Whether an error is SharePoint's list view threshold refusal (SPQueryThrottledException). */
export function isThresholdRefusal(error: unknown): boolean {
  const text = error instanceof Error ? `${error.message} ${String((error as { response?: unknown }).response ?? '')}` : String(error);
  return /SPQueryThrottledException|list view threshold/i.test(text);
}
