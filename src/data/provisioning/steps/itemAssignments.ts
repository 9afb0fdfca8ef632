/**
 * Schema step: owners, due dates and evidence of checklist items get a per-unit list of their own
 * (MrItemAssignments; the list and its columns come from the schema). This step turns on the list's
 * version history, which is the history the app shows, and gives each unit its folder there with its
 * people's rights, as the other per-unit lists have. Setting versioning again, or syncing folders that
 * already match, changes nothing, so the step is safe to repeat and to run twice at once.
 */
import type { SPFI } from '@pnp/sp';
import { listOf } from '../../queries';
import { syncUnitFolders, unitPeopleRecords } from '../../rights/unitRights';
import { LIST_ORDER, LISTS } from '../../schema';

export async function addItemAssignments(sp: SPFI): Promise<void> {
  for (const key of LIST_ORDER.filter((list) => LISTS[list].versioned === true)) {
    const { EnableVersioning } = (await listOf(sp, key).select('EnableVersioning')()) as { EnableVersioning?: boolean };
    if (EnableVersioning !== true) await listOf(sp, key).update({ EnableVersioning: true });
  }
  await syncUnitFolders(sp, await unitPeopleRecords(sp));
}
