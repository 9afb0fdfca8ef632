/**
 * Who may do what. Role assignments live on securable objects — the web, a list, an item or folder — and an
 * object without its own inherits its parent's: an item its folder's, a folder its parent folder's, the root
 * folder's items and folders the list's, a list the web's. A person's rights on an object are the union of
 * the permission levels its (inherited) assignments give the person, the group claims they hold and the site
 * groups those are in. Also the role-assignment operations SharePoint's REST API exposes.
 */
import { accessDenied, inheritsPermissions, principalNotFound, roleDefinitionNotFound } from '../errors.ts';
import { itemScope, WEB_SCOPE } from '../store/records.ts';
import type { ItemRecord, ListRecord, RoleAssignmentRecord } from '../store/records.ts';
import { claimIdsOf, principalById } from './directory.ts';
import type { LocalUser } from './directory.ts';
import { isFolderItem, listRootPath, parentPathOf } from './folders.ts';
import { FULL_MASK, maskFromBasePermissions, maskHas, ROLE_FULL_CONTROL, roleDefinitionById } from './permissions.ts';
import type { PermissionName } from './permissions.ts';
import type { Site } from './site.ts';

/** The web, a list, or an item or folder of a list. */
export type Securable = { kind: 'web' } | { kind: 'list'; list: ListRecord } | { kind: 'item'; list: ListRecord; item: ItemRecord };

/**
 * One request's view of the rights: the person's principals are read once, the masks of the scopes it
 * meets are remembered, so checking every item of a page costs little. Made anew for each request (and
 * each operation of a $batch), so a change of membership or assignments counts from the next one on.
 */
export class Permissions {
  private readonly site: Site;
  private readonly user: LocalUser;
  private principals?: Set<number>;
  private readonly masks = new Map<string, bigint>();
  private readonly uniqueItems = new Map<string, Set<number>>();
  private readonly folderScopes = new Map<string, string>();

  constructor(site: Site, user: LocalUser) {
    this.site = site;
    this.user = user;
  }

  /** The person, the group claims they hold, and the site groups any of those is in. */
  private principalIds(): Set<number> {
    if (!this.principals) {
      const direct = [this.user.id, ...claimIdsOf(this.user)];
      this.principals = new Set([...direct, ...this.site.store.membership.groupsOf(direct)]);
    }
    return this.principals;
  }

  private uniqueItemsOf(list: ListRecord): Set<number> {
    let unique = this.uniqueItems.get(list.id);
    if (!unique) {
      unique = this.site.store.roleAssignments.uniqueItems(list.id);
      this.uniqueItems.set(list.id, unique);
    }
    return unique;
  }

  /** Whether some item or folder of the list has its own assignments (otherwise every item has the list's rights). */
  hasItemScopes(list: ListRecord): boolean {
    return this.uniqueItemsOf(list).size > 0;
  }

  listScope(list: ListRecord): string {
    return list.hasUniqueRoleAssignments ? list.id : WEB_SCOPE;
  }

  /** The scope whose assignments apply in a folder of the list (by server-relative URL; the root folder: the list's). */
  folderScope(list: ListRecord, folderPath: string): string {
    const key = `${list.id}|${folderPath.toLowerCase()}`;
    const known = this.folderScopes.get(key);
    if (known !== undefined) return known;
    let scope: string;
    const folder = folderPath.toLowerCase() === listRootPath(list).toLowerCase() ? undefined : this.site.store.folders.byPath(list.id, folderPath);
    if (!folder) scope = this.listScope(list);
    else if (this.uniqueItemsOf(list).has(folder.itemId)) scope = itemScope(list.id, folder.itemId);
    else scope = this.folderScope(list, folder.parentKey);
    this.folderScopes.set(key, scope);
    return scope;
  }

  /** The scope whose assignments apply to a securable. */
  scopeOf(securable: Securable): string {
    switch (securable.kind) {
      case 'web':
        return WEB_SCOPE;
      case 'list':
        return this.listScope(securable.list);
      case 'item': {
        const { list, item } = securable;
        return this.uniqueItemsOf(list).has(item.id) ? itemScope(list.id, item.id) : this.folderScope(list, parentPathOf(list, item));
      }
    }
  }

  hasUniqueRoleAssignments(securable: Securable): boolean {
    if (securable.kind === 'web') return true;
    if (securable.kind === 'list') return securable.list.hasUniqueRoleAssignments;
    return this.uniqueItemsOf(securable.list).has(securable.item.id);
  }

  maskOfScope(scope: string): bigint {
    if (this.user.isSiteAdmin) return FULL_MASK;
    const known = this.masks.get(scope);
    if (known !== undefined) return known;
    const principals = this.principalIds();
    let mask = 0n;
    for (const assignment of this.site.store.roleAssignments.of(scope)) {
      if (!principals.has(assignment.principalId)) continue;
      const definition = roleDefinitionById(assignment.roleDefinitionId);
      if (definition) mask |= maskFromBasePermissions(definition.basePermissions);
    }
    this.masks.set(scope, mask);
    return mask;
  }

  maskOf(securable: Securable): bigint {
    return this.maskOfScope(this.scopeOf(securable));
  }

  has(permission: PermissionName, securable: Securable): boolean {
    return maskHas(this.maskOf(securable), permission);
  }

  require(permission: PermissionName, securable: Securable): void {
    if (!this.has(permission, securable)) throw accessDenied();
  }

  /** Adding into a folder (server-relative URL) needs the right on the folder, whatever the list allows. */
  requireInFolder(permission: PermissionName, list: ListRecord, folderPath: string): void {
    if (!maskHas(this.maskOfScope(this.folderScope(list, folderPath)), permission)) throw accessDenied();
  }

  /** The items the person may see, as a test; undefined when every item has the list's rights. */
  visibility(list: ListRecord): ((item: ItemRecord) => boolean) | undefined {
    if (!this.hasItemScopes(list)) return undefined;
    return (item) => this.has('ViewListItems', { kind: 'item', list, item });
  }
}

/** A person's mask on a securable, outside any request (getUserEffectivePermissions for someone else). */
export function effectivePermissionMask(site: Site, user: LocalUser, securable: Securable): bigint {
  return new Permissions(site, user).maskOf(securable);
}

function validateAssignment(site: Site, assignment: RoleAssignmentRecord): void {
  const principal = principalById(assignment.principalId);
  // A group claim is a principal of the site only once something ensured it into the user information list.
  if (!principal || (principal.kind === 'claim' && !site.store.membership.isSiteUser(principal.id))) throw principalNotFound(assignment.principalId);
  if (!roleDefinitionById(assignment.roleDefinitionId)) throw roleDefinitionNotFound();
}

/** The scope a securable's own assignments are stored under. */
function ownScope(securable: Securable): string {
  switch (securable.kind) {
    case 'web':
      return WEB_SCOPE;
    case 'list':
      return securable.list.id;
    case 'item':
      return itemScope(securable.list.id, securable.item.id);
  }
}

/** Adds or removes a role assignment on a securable that has its own; one that inherits is refused, as SharePoint does. */
export function changeRoleAssignment(site: Site, permissions: Permissions, securable: Securable, assignment: RoleAssignmentRecord, add: boolean): void {
  if (!permissions.hasUniqueRoleAssignments(securable)) throw inheritsPermissions();
  validateAssignment(site, assignment);
  if (add) site.store.roleAssignments.add(ownScope(securable), assignment);
  else site.store.roleAssignments.remove(ownScope(securable), assignment);
}

/** Makes the items inside a list, or inside a folder, inherit again (clearSubscopes). */
function clearSubscopes(site: Site, securable: Securable): void {
  if (securable.kind === 'list') site.store.roleAssignments.forgetItemScopes(securable.list.id);
  if (securable.kind !== 'item' || !isFolderItem(securable.item)) return;
  const { list, item } = securable;
  const unique = site.store.roleAssignments.uniqueItems(list.id);
  for (const id of site.store.items.idsInside(list.id, String(item.values.FileRef))) if (unique.has(id)) site.store.roleAssignments.forgetItemScope(list.id, id);
}

/**
 * Gives a list, item or folder its own role assignments. With copyRoleAssignments the ones it inherited are
 * copied; without, only the calling person keeps access (Full Control), as SharePoint documents. With
 * clearSubscopes the objects inside it that have their own assignments inherit again. An object that already
 * has its own assignments is left as it is.
 */
export function breakRoleInheritance(
  site: Site,
  permissions: Permissions,
  securable: Securable,
  user: LocalUser,
  options: { copyRoleAssignments: boolean; clearSubscopes: boolean }
): void {
  if (securable.kind === 'web' || permissions.hasUniqueRoleAssignments(securable)) return;
  const assignments = options.copyRoleAssignments
    ? site.store.roleAssignments.of(permissions.scopeOf(securable))
    : [{ principalId: user.id, roleDefinitionId: ROLE_FULL_CONTROL }];
  const scope = ownScope(securable);
  for (const assignment of assignments) site.store.roleAssignments.add(scope, assignment);
  if (securable.kind === 'list') site.store.lists.update({ ...securable.list, hasUniqueRoleAssignments: true });
  else site.store.roleAssignments.markItemUnique(securable.list.id, securable.item.id);
  if (options.clearSubscopes) clearSubscopes(site, securable);
}

export function resetRoleInheritance(site: Site, securable: Securable): void {
  if (securable.kind === 'list') {
    site.store.roleAssignments.removeAll(securable.list.id);
    site.store.lists.update({ ...securable.list, hasUniqueRoleAssignments: false });
  } else if (securable.kind === 'item') {
    site.store.roleAssignments.forgetItemScope(securable.list.id, securable.item.id);
  }
}
