/**
 * SharePoint base permissions (SP.PermissionKind) as 64-bit masks, and the built-in permission levels
 * (role definitions) with the masks SharePoint Online gives them.
 */

/** SP.PermissionKind values: a permission is bit (kind - 1) of the 64-bit mask. */
export const PermissionKind = {
  ViewListItems: 1,
  AddListItems: 2,
  EditListItems: 3,
  DeleteListItems: 4,
  OpenItems: 6,
  ManageLists: 12,
  ViewFormPages: 13,
  Open: 17,
  ViewPages: 18,
  CreateGroups: 25,
  ManagePermissions: 26,
  BrowseUserInfo: 28,
  ManageWeb: 31,
  EnumeratePermissions: 63,
} as const;

export type PermissionName = keyof typeof PermissionKind;

/** SP.BasePermissions as SharePoint serialises it: the two 32-bit halves as decimal strings. */
export interface BasePermissions {
  High: string;
  Low: string;
}

export function maskFromBasePermissions(permissions: BasePermissions): bigint {
  return (BigInt(permissions.High) << 32n) | BigInt(permissions.Low);
}

export function basePermissionsFromMask(mask: bigint): BasePermissions {
  return { High: String(mask >> 32n), Low: String(mask & 0xffffffffn) };
}

export function maskHas(mask: bigint, permission: PermissionName): boolean {
  return (mask & (1n << BigInt(PermissionKind[permission] - 1))) !== 0n;
}

export const FULL_MASK = maskFromBasePermissions({ High: '2147483647', Low: '4294967295' });

export interface RoleDefinition {
  id: number;
  name: string;
  description: string;
  roleTypeKind: number;
  order: number;
  hidden: boolean;
  basePermissions: BasePermissions;
}

/** The permission levels of a SharePoint Online team site (ids and masks as SharePoint Online reports them). */
export const ROLE_DEFINITIONS: readonly RoleDefinition[] = [
  {
    id: 1073741829,
    name: 'Full Control',
    description: 'Has full control.',
    roleTypeKind: 5,
    order: 1,
    hidden: false,
    basePermissions: { High: '2147483647', Low: '4294967295' },
  },
  {
    id: 1073741828,
    name: 'Design',
    description: 'Can view, add, update, delete, approve, and customize.',
    roleTypeKind: 4,
    order: 32,
    hidden: false,
    basePermissions: { High: '432', Low: '1012866047' },
  },
  {
    id: 1073741830,
    name: 'Edit',
    description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.',
    roleTypeKind: 6,
    order: 48,
    hidden: false,
    basePermissions: { High: '432', Low: '1011030767' },
  },
  {
    id: 1073741827,
    name: 'Contribute',
    description: 'Can view, add, update, and delete list items and documents.',
    roleTypeKind: 3,
    order: 64,
    hidden: false,
    basePermissions: { High: '432', Low: '1011028719' },
  },
  {
    id: 1073741826,
    name: 'Read',
    description: 'Can view pages and list items and download documents.',
    roleTypeKind: 2,
    order: 128,
    hidden: false,
    basePermissions: { High: '176', Low: '138612833' },
  },
  {
    id: 1073741825,
    name: 'Limited Access',
    description: 'Can view specific lists, document libraries, list items, folders, or documents when given permissions.',
    roleTypeKind: 1,
    order: 160,
    hidden: true,
    basePermissions: { High: '48', Low: '134287360' },
  },
];

export function roleDefinitionById(id: number): RoleDefinition | undefined {
  return ROLE_DEFINITIONS.find((definition) => definition.id === id);
}

export function roleDefinitionByType(roleTypeKind: number): RoleDefinition | undefined {
  return ROLE_DEFINITIONS.find((definition) => definition.roleTypeKind === roleTypeKind);
}

export function roleDefinitionByName(name: string): RoleDefinition | undefined {
  const wanted = name.toLowerCase();
  return ROLE_DEFINITIONS.find((definition) => definition.name.toLowerCase() === wanted);
}

export const ROLE_FULL_CONTROL = 1073741829;
export const ROLE_CONTRIBUTE = 1073741827;
export const ROLE_READ = 1073741826;
