/**
 * Who may do what: effective permissions from role assignments (a list inherits the web's until its
 * inheritance is broken), and the role-assignment operations SharePoint's REST API exposes.
 */
import { accessDenied, inheritsPermissions, principalNotFound, roleDefinitionNotFound } from '../errors.ts';
import { WEB_SCOPE } from '../store/records.ts';
import type { ListRecord, RoleAssignmentRecord } from '../store/records.ts';
import { principalById, principalIdsOf } from './directory.ts';
import type { LocalUser } from './directory.ts';
import { FULL_MASK, maskFromBasePermissions, maskHas, ROLE_FULL_CONTROL, roleDefinitionById } from './permissions.ts';
import type { PermissionName } from './permissions.ts';
import type { Site } from './site.ts';

/** The scope whose role assignments apply to a list (or to the web when `list` is undefined). */
export function securityScope(list?: ListRecord): string {
  return list?.hasUniqueRoleAssignments ? list.id : WEB_SCOPE;
}

export function effectivePermissionMask(site: Site, user: LocalUser, list?: ListRecord): bigint {
  if (user.isSiteAdmin) return FULL_MASK;
  const principals = new Set(principalIdsOf(user));
  let mask = 0n;
  for (const assignment of site.store.roleAssignments.of(securityScope(list))) {
    if (!principals.has(assignment.principalId)) continue;
    const definition = roleDefinitionById(assignment.roleDefinitionId);
    if (definition) mask |= maskFromBasePermissions(definition.basePermissions);
  }
  return mask;
}

export function requirePermission(site: Site, user: LocalUser, permission: PermissionName, list?: ListRecord): void {
  if (!maskHas(effectivePermissionMask(site, user, list), permission)) throw accessDenied();
}

function validateAssignment(assignment: RoleAssignmentRecord): void {
  if (!principalById(assignment.principalId)) throw principalNotFound(assignment.principalId);
  if (!roleDefinitionById(assignment.roleDefinitionId)) throw roleDefinitionNotFound();
}

/** Adds or removes a role assignment on the web or on a list with unique permissions. */
export function changeRoleAssignment(site: Site, list: ListRecord | undefined, assignment: RoleAssignmentRecord, add: boolean): void {
  if (list && !list.hasUniqueRoleAssignments) throw inheritsPermissions();
  validateAssignment(assignment);
  const scope = securityScope(list);
  if (add) site.store.roleAssignments.add(scope, assignment);
  else site.store.roleAssignments.remove(scope, assignment);
}

/**
 * Gives a list its own role assignments. With copyRoleAssignments the web's are copied; without, only the
 * calling user keeps access (Full Control), as SharePoint documents. A list that already has unique
 * permissions is left as it is.
 */
export function breakRoleInheritance(site: Site, list: ListRecord, user: LocalUser, copyRoleAssignments: boolean): ListRecord {
  if (list.hasUniqueRoleAssignments) return list;
  const assignments = copyRoleAssignments
    ? site.store.roleAssignments.of(WEB_SCOPE)
    : [{ principalId: user.id, roleDefinitionId: ROLE_FULL_CONTROL }];
  for (const assignment of assignments) site.store.roleAssignments.add(list.id, assignment);
  const updated = { ...list, hasUniqueRoleAssignments: true };
  site.store.lists.update(updated);
  return updated;
}

export function resetRoleInheritance(site: Site, list: ListRecord): ListRecord {
  site.store.roleAssignments.removeAll(list.id);
  const updated = { ...list, hasUniqueRoleAssignments: false };
  site.store.lists.update(updated);
  return updated;
}
