/**
 * Every list is written by editors only at its root: it stops inheriting the site's permissions, keeps
 * every assignment it had (owners keep Full Control), and the site's Members group gets Read there
 * instead of Contribute. A unit's people write its ticks and assessments only inside the unit's own
 * folders (data/rights/unitRights.ts), which is what makes SharePoint refuse a write for another unit.
 */
import { SPFI } from '@pnp/sp';
import { IList } from '@pnp/sp/lists';
import '@pnp/sp/site-groups/web';
import { httpStatusOf } from '../../app/failures';

/** SP.RoleType.Reader: the built-in Read permission level, found by type because its name is localised. */
const READER_ROLE_TYPE = 2;

async function memberGroupId(sp: SPFI): Promise<number | undefined> {
  try {
    const group = (await sp.web.associatedMemberGroup.select('Id')()) as { Id?: number };
    return typeof group.Id === 'number' ? group.Id : undefined;
  } catch (error) {
    // A site without an associated Members group has no one to restrict.
    if (httpStatusOf(error) === 404) return undefined;
    throw error;
  }
}

async function roleIdsOf(list: IList, principalId: number): Promise<number[]> {
  try {
    const bindings = (await list.roleAssignments.getById(principalId).bindings.select('Id')()) as { Id: number }[];
    return bindings.map((b) => b.Id);
  } catch (error) {
    if (httpStatusOf(error) === 404) return [];
    throw error;
  }
}

function hasOnlyRead(roles: readonly number[], readerRoleId: number): boolean {
  return roles.length === 1 && roles[0] === readerRoleId;
}

async function giveOnlyRead(list: IList, groupId: number, readerRoleId: number): Promise<void> {
  const roles = await roleIdsOf(list, groupId);
  if (hasOnlyRead(roles, readerRoleId)) return;
  try {
    // Read first, so the members never lose sight of the list while their other levels are taken away.
    if (!roles.includes(readerRoleId)) await list.roleAssignments.add(groupId, readerRoleId);
    for (const roleId of roles.filter((id) => id !== readerRoleId)) await list.roleAssignments.remove(groupId, roleId);
  } catch (error) {
    // A concurrent run may have done the same a moment earlier; what counts is how the list ends up.
    if (!hasOnlyRead(await roleIdsOf(list, groupId), readerRoleId)) throw error;
  }
}

export async function restrictToEditors(sp: SPFI, lists: readonly IList[]): Promise<void> {
  const groupId = await memberGroupId(sp);
  if (groupId === undefined) return;
  const reader = (await sp.web.roleDefinitions.getByType(READER_ROLE_TYPE).select('Id')()) as { Id: number };
  for (const list of lists) {
    const { HasUniqueRoleAssignments } = (await list.select('HasUniqueRoleAssignments')()) as { HasUniqueRoleAssignments: boolean };
    if (!HasUniqueRoleAssignments) await list.breakRoleInheritance(true, false);
    await giveOnlyRead(list, groupId, reader.Id);
  }
}
