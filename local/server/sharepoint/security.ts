/**
 * Who may do what: effective permissions from role assignments (a list inherits the web's until its
 * inheritance is broken), and the role-assignment operations SharePoint's REST API exposes.
 */
import { accessDenied, inheritsPermissions, principalNotFound, roleDefinitionNotFound } from '../errors.ts';
import { WEB_SCOPE } from '../store/records.ts';
import type { ListRecord, RoleAssignmentRecord } from '../store/records.ts';
import { claimIdsOf, principalById } from './directory.ts';
import type { LocalUser } from './directory.ts';
import { FULL_MASK, maskFromBasePermissions, maskHas, ROLE_FULL_CONTROL, roleDefinitionById } from './permissions.ts';
import type { PermissionName } from './permissions.ts';
import type { Site } from './site.ts';

/** The scope whose role assignments apply to a list (or to the web when `list` is undefined). */
export function securityScope(list?: ListRecord): string {
  return list?.hasUniqueRoleAssignments ? list.id : WEB_SCOPE;
}

/**
 * The principals whose role assignments apply to a person: the person, the Microsoft 365 group claims they
 * hold, and the site groups any of those is a member of. Read from the store on every call, so a change of
 * membership counts from the next request on.
 */
export function principalIdsOf(site: Site, user: LocalUser): Set<number> {
  const direct = [user.id, ...claimIdsOf(user)];
  return new Set([...direct, ...site.store.membership.groupsOf(direct)]);
}

export function effectivePermissionMask(site: Site, user: LocalUser, list?: ListRecord): bigint {
  if (user.isSiteAdmin) return FULL_MASK;
  const principals = principalIdsOf(site, user);
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

function validateAssignment(site: Site, assignment: RoleAssignmentRecord): void {
  const principal = principalById(assignment.principalId);
  // A group claim is a principal of the site only once something ensured it into the user information list.
  if (!principal || (principal.kind === 'claim' && !site.store.membership.isSiteUser(principal.id))) throw principalNotFound(assignment.principalId);
  if (!roleDefinitionById(assignment.roleDefinitionId)) throw roleDefinitionNotFound();
}

/** Adds or removes a role assignment on the web or on a list with unique permissions. */
export function changeRoleAssignment(site: Site, list: ListRecord | undefined, assignment: RoleAssignmentRecord, add: boolean): void {
  if (list && !list.hasUniqueRoleAssignments) throw inheritsPermissions();
  validateAssignment(site, assignment);
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
