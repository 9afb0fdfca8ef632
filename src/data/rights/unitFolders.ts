/**
 * Where a unit's rows live. Every per-unit list (schema `writers: 'units'`) keeps each unit's rows in a
 * folder named by the unit's id, so a unit's name can change without moving anything, and the folder's
 * role assignments are what lets the unit's people write there.
 */
import { ISPCollection, SPCollection, SPFI } from '@pnp/sp';
import { IBasePermissions, PermissionKind } from '@pnp/sp/security';
import type { UnitRights } from '../../app/contracts';
import { listOf } from '../queries';
import { LIST_ORDER, ListKey, LISTS } from '../schema';

/** The per-unit lists, in provisioning order. */
export const UNIT_LISTS: readonly ListKey[] = LIST_ORDER.filter((key) => LISTS[key].writers === 'units');

export function unitFolderName(unitId: number): string {
  return String(unitId);
}

/** The unit a folder belongs to; undefined for SharePoint's own folders (a list's Attachments) and anything else. */
export function unitIdOfFolder(name: string): number | undefined {
  return /^[1-9]\d*$/.test(name) ? Number(name) : undefined;
}

/** The data site's server-relative path (`/sites/mr`), from the address PnPjs was set up with: no request. */
function sitePath(sp: SPFI): string {
  return new URL(sp.web.toUrl()).pathname.replace(/\/_api\/web\/?$/i, '').replace(/\/$/, '');
}

/** The list's root folder, server-relative: provisioning creates every list at Lists/<title>. */
export function listRootPath(sp: SPFI, list: ListKey): string {
  return `${sitePath(sp)}/Lists/${LISTS[list].title}`;
}

export function unitFolderPath(sp: SPFI, list: ListKey, unitId: number): string {
  return `${listRootPath(sp, list)}/${unitFolderName(unitId)}`;
}

/** A unit's folder in one list, as the rights code needs it. */
export interface UnitFolder {
  unitId: number;
  /** The folder's list item, which holds its role assignments. */
  itemId: number;
  hasUniqueRoleAssignments: boolean;
}

interface FolderRow {
  Name: string;
  ListItemAllFields?: { Id?: number; HasUniqueRoleAssignments?: boolean; EffectiveBasePermissions?: IBasePermissions };
}

/**
 * The list's root folder's subfolders, addressed by path rather than through PnPjs's folders module, which
 * would weigh on every bundle that reads rights (the web part's first script, the card).
 */
function unitFoldersOf(sp: SPFI, list: ListKey): ISPCollection {
  return SPCollection(listOf(sp, list), 'rootFolder/folders');
}

/** The list's unit folders, one request: the root folder's subfolders with their list items. */
export async function readUnitFolders(sp: SPFI, list: ListKey): Promise<Map<number, UnitFolder>> {
  const rows = (await unitFoldersOf(sp, list)
    .select('Name', 'ListItemAllFields/Id', 'ListItemAllFields/HasUniqueRoleAssignments')
    .expand('ListItemAllFields')()) as FolderRow[];
  const folders = new Map<number, UnitFolder>();
  for (const row of rows) {
    const unitId = unitIdOfFolder(row.Name);
    const itemId = row.ListItemAllFields?.Id;
    if (unitId === undefined || typeof itemId !== 'number') continue;
    folders.set(unitId, { unitId, itemId, hasUniqueRoleAssignments: row.ListItemAllFields?.HasUniqueRoleAssignments === true });
  }
  return folders;
}

/** What SharePoint says of the current person's rights in the per-unit lists: at the root and in each unit's folder. */
export interface UnitRightsAnswer {
  root: IBasePermissions;
  folders: unknown[];
}

/** The requests for UnitRightsAnswer; they can join a batch. The ticks list is asked: every per-unit list's folders get the same rights. */
export function unitRightsRequests(sp: SPFI): [Promise<IBasePermissions>, Promise<unknown[]>] {
  return [
    listOf(sp, UNIT_LISTS[0]).getCurrentUserEffectivePermissions(),
    unitFoldersOf(sp, UNIT_LISTS[0]).select('Name', 'ListItemAllFields/EffectiveBasePermissions').expand('ListItemAllFields')()
  ];
}

function canWrite(sp: SPFI, mask: IBasePermissions): boolean {
  return sp.web.hasPermissions(mask, PermissionKind.AddListItems) && sp.web.hasPermissions(mask, PermissionKind.EditListItems);
}

/**
 * The units whose folder lets the person add and edit rows, and their own units. Someone who may write
 * at the list's root is an editor and may write in every folder, so for them the folders say nothing of
 * where they work: their own units are the ones that name them (`namedUnitIds`).
 */
export function unitRightsOf(sp: SPFI, answer: UnitRightsAnswer, namedUnitIds: () => number[]): UnitRights {
  const writable: number[] = [];
  for (const row of answer.folders as FolderRow[]) {
    const unitId = unitIdOfFolder(row.Name);
    const mask = row.ListItemAllFields?.EffectiveBasePermissions;
    if (unitId !== undefined && mask !== undefined && canWrite(sp, mask)) writable.push(unitId);
  }
  writable.sort((a, b) => a - b);
  const own = canWrite(sp, answer.root) ? namedUnitIds().filter((id) => writable.includes(id)).sort((a, b) => a - b) : writable;
  return { writable, own };
}
