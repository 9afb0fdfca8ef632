/**
 * Schema step: Kommunstyrelsen gets a unit type of its own (executiveBoard, "Kommunstyrelse"). The choice
 * itself is added by provisioning from the schema; this step retypes the unit a site already has as a
 * specialist committee. Repeating it, or running it twice at once, sets the same value again.
 */
import type { SPFI } from '@pnp/sp';
import { listOf, odataText } from '../../queries';

export const EXECUTIVE_BOARD_NAME = 'Kommunstyrelsen';

export async function retypeExecutiveBoard(sp: SPFI): Promise<void> {
  const rows = (await listOf(sp, 'units')
    .items.select('Id')
    .filter(`Title eq ${odataText(EXECUTIVE_BOARD_NAME)} and UnitType eq 'committee'`)()) as { Id: number }[];
  for (const row of rows) await listOf(sp, 'units').items.getById(row.Id).update({ UnitType: 'executiveBoard' });
}
