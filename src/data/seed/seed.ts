/**
 * Fills the lists with seed content, list by list, only where a list is still empty: a site whose
 * editors have started their own content is never touched, and running it again changes nothing.
 */
import { SPFI } from '@pnp/sp';
import { actionPlanFields } from '../mapping/actionPlans';
import { checklistItemFields } from '../mapping/checklistItems';
import { programmeEntryFields } from '../mapping/programme';
import { SpFields, SpRow } from '../mapping/rowReader';
import { unitFields } from '../mapping/units';
import { updateFields } from '../mapping/updates';
import { inOneBatch, listOf, odataText, readAll } from '../queries';
import { EXAMPLE_DATA_SETTING, ListKey } from '../schema';
import { syncUnitFolders, unitPeopleRecords } from '../rights/unitRights';
import { SeedContent, SeedUnit } from './content';

async function isEmpty(sp: SPFI, list: ListKey): Promise<boolean> {
  const rows = (await listOf(sp, list).items.select('Id').top(1)()) as SpRow[];
  return rows.length === 0;
}

async function addAll(sp: SPFI, list: ListKey, rows: readonly SpFields[]): Promise<SpRow[]> {
  return inOneBatch(sp, (b) => rows.map((fields) => listOf(b, list).items.add(fields) as Promise<SpRow>));
}

/** The ids the plans got, by plan key, so that items and updates can point at them. */
async function planIdsByKey(sp: SPFI): Promise<Map<string, number>> {
  const rows = await readAll(sp, 'actionPlans', { select: ['Id', 'PlanKey'], expand: [] });
  return new Map(rows.map((row) => [String(row.PlanKey), Number(row.Id)]));
}

function loginsIn(units: readonly SeedUnit[]): string[] {
  return units.flatMap((unit) => [...(unit.memberLogins ?? []), ...loginsIn(unit.children ?? [])]);
}

/** Adds a level of the unit tree at a time, so that each child can point at its parent's new id. */
async function addUnits(sp: SPFI, units: readonly SeedUnit[]): Promise<void> {
  const userIds = new Map<string, number>();
  for (const login of new Set(loginsIn(units))) {
    const user = (await sp.web.ensureUser(login)) as { Id: number };
    userIds.set(login, user.Id);
  }
  let level: { unit: SeedUnit; parentId?: number }[] = units.map((unit) => ({ unit }));
  while (level.length > 0) {
    const added = await addAll(
      sp,
      'units',
      level.map(({ unit, parentId }) =>
        unitFields({
          id: 0,
          name: unit.name,
          type: unit.type,
          parentId,
          teamsGroupId: unit.teamsGroupId,
          teamName: unit.teamName,
          memberIds: (unit.memberLogins ?? []).map((login) => userIds.get(login) as number)
        })
      )
    );
    level = level.flatMap(({ unit }, index) => (unit.children ?? []).map((child) => ({ unit: child, parentId: Number(added[index].Id) })));
  }
  // Each unit's folders, with its people's rights, as adding a unit in the app makes them.
  await syncUnitFolders(sp, await unitPeopleRecords(sp));
}

/** Marks the site as holding illustrative content, once. */
async function markExampleData(sp: SPFI): Promise<void> {
  const rows = (await listOf(sp, 'settings').items.select('Id').filter(`Title eq ${odataText(EXAMPLE_DATA_SETTING)}`).top(1)()) as SpRow[];
  if (rows.length === 0) await listOf(sp, 'settings').items.add({ Title: EXAMPLE_DATA_SETTING, SettingValue: '1' });
}

export async function seed(sp: SPFI, content: SeedContent): Promise<void> {
  // First, so that illustrative rows are never on a site that does not say so.
  if (content.exampleData === true) await markExampleData(sp);
  if (await isEmpty(sp, 'programme')) {
    await addAll(sp, 'programme', content.programme.map((e) => programmeEntryFields({ ...e, id: 0 })));
  }
  if (await isEmpty(sp, 'actionPlans')) {
    await addAll(sp, 'actionPlans', content.actionPlans.map((p) => actionPlanFields({ ...p, id: 0 })));
  }
  const planIds = await planIdsByKey(sp);
  const planId = (key: string | undefined): number | undefined => (key === undefined ? undefined : planIds.get(key));
  if (await isEmpty(sp, 'checklistItems')) {
    const items = content.checklistItems.filter((item) => planId(item.planKey) !== undefined);
    await addAll(sp, 'checklistItems', items.map(({ planKey, ...item }) => checklistItemFields({ ...item, id: 0, planId: planId(planKey) as number })));
  }
  if (content.units.length > 0 && (await isEmpty(sp, 'units'))) await addUnits(sp, content.units);
  if (content.updates.length > 0 && (await isEmpty(sp, 'updates'))) {
    await addAll(sp, 'updates', content.updates.map(({ planKey, ...update }) => updateFields({ ...update, id: 0, planId: planId(planKey) })));
  }
}
