/**
 * Makes every unit's folders agree with the people the unit records, and says what it changed. A folder
 * has its own permissions: the list's assignments copied (editors keep Full Control, everyone else reads,
 * as provisioning leaves a per-unit list), plus Contribute for the unit's named people and for its linked
 * team's members and owners, through the Microsoft 365 group's claims. Anything else is drift and is
 * taken away; a missing folder is created. The same code serves provisioning, the upgrade, adding a unit,
 * every change of a unit's people and the editors' "check rights": a handful of batched rounds per list,
 * however many units there are. Safe to run twice or from two browsers at once: each round looks first.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/folders';
import '@pnp/sp/site-users/web';
import type { FolderGrant, FolderRepair } from '../../app/contracts';
import { readRows } from '../mapping/rowReader';
import { readUnit, UNIT_QUERY } from '../mapping/units';
import { inOneBatch, listOf, readAll } from '../queries';
import { ListKey } from '../schema';
import { readUnitFolders, UNIT_LISTS, UnitFolder, unitFolderName } from './unitFolders';

/** SP.RoleType.Contributor: the built-in Contribute level, found by type because its name is localised. */
const CONTRIBUTOR_ROLE_TYPE = 3;

/** What a unit records about its people: the rights follow it. */
export interface UnitPeopleRecord {
  id: number;
  name: string;
  memberIds: readonly number[];
  teamsGroupId?: string;
  teamName?: string;
}

/** The claims login of a Microsoft 365 group's members, or (`owners`) of its owners. */
export function teamClaim(groupId: string, owners: boolean): string {
  return `c:0o.c|federateddirectoryclaimprovider|${groupId.toLowerCase()}${owners ? '_o' : ''}`;
}

interface RoleAssignmentRow {
  PrincipalId: number;
  Member?: { Title?: string; LoginName?: string };
  RoleDefinitionBindings?: RoleBinding[] | { results: RoleBinding[] };
}

interface RoleBinding {
  Id: number;
  Hidden?: boolean;
}

interface Assignment {
  principalId: number;
  name: string;
  loginName: string;
  roleIds: number[];
}

function assignmentsOf(rows: readonly RoleAssignmentRow[]): Map<number, Assignment> {
  return new Map(
    rows.map((row) => {
      const bindings = row.RoleDefinitionBindings;
      const list = bindings === undefined ? [] : Array.isArray(bindings) ? bindings : bindings.results;
      // Hidden levels (Limited Access) are SharePoint's own bookkeeping for rights given further down: never ours to set or take.
      const roleIds = list.filter((binding) => binding.Hidden !== true).map((binding) => binding.Id);
      return [row.PrincipalId, { principalId: row.PrincipalId, name: row.Member?.Title ?? '', loginName: row.Member?.LoginName ?? '', roleIds }];
    })
  );
}

const ASSIGNMENT_SELECT = ['PrincipalId', 'Member/Title', 'Member/LoginName', 'RoleDefinitionBindings/Id', 'RoleDefinitionBindings/Hidden'];
const ASSIGNMENT_EXPAND = ['Member', 'RoleDefinitionBindings'];

/** The grants a unit's record asks for, by principal id. Teams' claims become principals through ensureUser, in one batch. */
async function wantedGrants(sp: SPFI, units: readonly UnitPeopleRecord[]): Promise<Map<number, Map<number, FolderGrant>>> {
  const teams = units.filter((unit) => unit.teamsGroupId !== undefined && unit.teamsGroupId !== '');
  const claims = teams.flatMap((unit) => [teamClaim(unit.teamsGroupId as string, false), teamClaim(unit.teamsGroupId as string, true)]);
  const principals = await inOneBatch(sp, (b) => claims.map((claim) => b.web.ensureUser(claim) as Promise<{ Id: number }>));
  const claimIds = new Map(claims.map((claim, index) => [claim, principals[index].Id]));
  const people = await namesOf(sp, [...new Set(units.flatMap((unit) => unit.memberIds))]);
  return new Map(
    units.map((unit) => {
      const grants = new Map<number, FolderGrant>();
      for (const id of unit.memberIds) grants.set(id, { kind: 'person', principalId: id, name: people.get(id) ?? String(id) });
      if (unit.teamsGroupId !== undefined && unit.teamsGroupId !== '') {
        const teamName = unit.teamName ?? unit.teamsGroupId;
        const members = claimIds.get(teamClaim(unit.teamsGroupId, false)) as number;
        const owners = claimIds.get(teamClaim(unit.teamsGroupId, true)) as number;
        grants.set(members, { kind: 'teamMembers', principalId: members, name: teamName });
        grants.set(owners, { kind: 'teamOwners', principalId: owners, name: teamName });
      }
      return [unit.id, grants];
    })
  );
}

/** The site users' names, for the report. */
async function namesOf(sp: SPFI, userIds: readonly number[]): Promise<Map<number, string>> {
  const users = await inOneBatch(sp, (b) =>
    userIds.map((id) => b.web.siteUsers.getById(id).select('Id', 'Title')().catch(() => undefined) as Promise<{ Id: number; Title: string } | undefined>)
  );
  return new Map(users.flatMap((user) => (user === undefined ? [] : [[user.Id, user.Title] as const])));
}

/** Creates the units' missing folders (a concurrent run may make some first) and returns every unit's folder. */
async function ensureFolders(sp: SPFI, list: ListKey, unitIds: readonly number[]): Promise<{ folders: Map<number, UnitFolder>; created: Set<number> }> {
  let folders = await readUnitFolders(sp, list);
  const missing = unitIds.filter((id) => !folders.has(id));
  if (missing.length === 0) return { folders, created: new Set() };
  await inOneBatch(sp, (b) =>
    // A failure here is looked at below: what counts is whether the folder exists afterwards.
    missing.map((id) => listOf(b, list).rootFolder.folders.addUsingPath(unitFolderName(id)).catch((error: unknown) => error))
  );
  folders = await readUnitFolders(sp, list);
  const stillMissing = missing.filter((id) => !folders.has(id));
  if (stillMissing.length > 0) throw new Error(`The folders of units ${stillMissing.join(', ')} could not be created in ${list}.`);
  return { folders, created: new Set(missing) };
}

/** One folder's wanted assignments: the list's own (what everyone has there) plus Contribute for the unit's people. */
function wantedRoles(listAssignments: ReadonlyMap<number, Assignment>, grants: ReadonlyMap<number, FolderGrant>, contributeId: number): Map<number, Set<number>> {
  const wanted = new Map<number, Set<number>>();
  for (const assignment of listAssignments.values()) wanted.set(assignment.principalId, new Set(assignment.roleIds));
  for (const principalId of grants.keys()) wanted.set(principalId, new Set([...(wanted.get(principalId) ?? []), contributeId]));
  return wanted;
}

interface RoleChange {
  itemId: number;
  principalId: number;
  roleId: number;
  add: boolean;
}

function grantFor(principalId: number, grants: ReadonlyMap<number, FolderGrant>, found: Assignment | undefined): FolderGrant {
  return grants.get(principalId) ?? { kind: 'listDefault', principalId, name: found?.name || found?.loginName || String(principalId) };
}

/** Compares one folder with what its unit records and lists the changes that make them agree. */
function folderChanges(
  folder: UnitFolder,
  current: ReadonlyMap<number, Assignment>,
  wanted: ReadonlyMap<number, Set<number>>,
  grants: ReadonlyMap<number, FolderGrant>
): { changes: RoleChange[]; granted: FolderGrant[]; revoked: FolderGrant[] } {
  const changes: RoleChange[] = [];
  const granted: FolderGrant[] = [];
  const revoked: FolderGrant[] = [];
  for (const [principalId, roles] of wanted) {
    const have = new Set(current.get(principalId)?.roleIds ?? []);
    const missing = [...roles].filter((roleId) => !have.has(roleId));
    if (missing.length === 0) continue;
    changes.push(...missing.map((roleId) => ({ itemId: folder.itemId, principalId, roleId, add: true })));
    granted.push(grantFor(principalId, grants, current.get(principalId)));
  }
  for (const assignment of current.values()) {
    const allowed = wanted.get(assignment.principalId) ?? new Set<number>();
    const extra = assignment.roleIds.filter((roleId) => !allowed.has(roleId));
    if (extra.length === 0) continue;
    changes.push(...extra.map((roleId) => ({ itemId: folder.itemId, principalId: assignment.principalId, roleId, add: false })));
    revoked.push(grantFor(assignment.principalId, grants, assignment));
  }
  return { changes, granted, revoked };
}

async function syncList(
  sp: SPFI,
  list: ListKey,
  units: readonly UnitPeopleRecord[],
  grantsByUnit: ReadonlyMap<number, ReadonlyMap<number, FolderGrant>>,
  contributeId: number
): Promise<FolderRepair[]> {
  const { folders, created } = await ensureFolders(sp, list, units.map((unit) => unit.id));
  const inheriting = units.map((unit) => folders.get(unit.id) as UnitFolder).filter((folder) => !folder.hasUniqueRoleAssignments);
  // Copying the list's assignments keeps the editors' rights and everyone's read; the unit's grants come on top.
  await inOneBatch(sp, (b) => inheriting.map((folder) => listOf(b, list).items.getById(folder.itemId).breakRoleInheritance(true, false)));
  const [listRows, ...folderRows] = await inOneBatch<RoleAssignmentRow[][]>(sp, (b) => [
    listOf(b, list).roleAssignments.select(...ASSIGNMENT_SELECT).expand(...ASSIGNMENT_EXPAND)() as Promise<RoleAssignmentRow[]>,
    ...units.map(
      (unit) =>
        listOf(b, list)
          .items.getById((folders.get(unit.id) as UnitFolder).itemId)
          .roleAssignments.select(...ASSIGNMENT_SELECT)
          .expand(...ASSIGNMENT_EXPAND)() as Promise<RoleAssignmentRow[]>
    )
  ]);
  const listAssignments = assignmentsOf(listRows);
  const repairs: FolderRepair[] = [];
  const changes: RoleChange[] = [];
  units.forEach((unit, index) => {
    const folder = folders.get(unit.id) as UnitFolder;
    const grants = grantsByUnit.get(unit.id) ?? new Map<number, FolderGrant>();
    const found = folderChanges(folder, assignmentsOf(folderRows[index]), wantedRoles(listAssignments, grants, contributeId), grants);
    changes.push(...found.changes);
    const madeUnique = !folder.hasUniqueRoleAssignments;
    if (created.has(unit.id) || madeUnique || found.changes.length > 0) {
      repairs.push({ unitId: unit.id, unitName: unit.name, list, created: created.has(unit.id), madeUnique, granted: found.granted, revoked: found.revoked });
    }
  });
  // Grants before removals, so nobody who keeps a right is ever without it in between.
  const ordered = [...changes.filter((c) => c.add), ...changes.filter((c) => !c.add)];
  await inOneBatch(sp, (b) =>
    ordered.map((change) => {
      const assignments = listOf(b, list).items.getById(change.itemId).roleAssignments;
      return change.add ? assignments.add(change.principalId, change.roleId) : assignments.remove(change.principalId, change.roleId);
    })
  );
  return repairs;
}

/**
 * Brings the folders of these units, in every per-unit list, into line with what each unit records, and
 * returns what was changed (folders that already agreed are left out).
 */
export async function syncUnitFolders(
  sp: SPFI,
  units: readonly UnitPeopleRecord[],
  onListDone?: (done: number, total: number) => void
): Promise<FolderRepair[]> {
  if (units.length === 0) return [];
  const role = (await sp.web.roleDefinitions.getByType(CONTRIBUTOR_ROLE_TYPE).select('Id')()) as { Id: number };
  const grantsByUnit = await wantedGrants(sp, units);
  const repairs: FolderRepair[] = [];
  for (const [index, list] of UNIT_LISTS.entries()) {
    repairs.push(...(await syncList(sp, list, units, grantsByUnit, role.Id)));
    onListDone?.(index + 1, UNIT_LISTS.length);
  }
  return repairs;
}

/** Every unit that can be read, as the rights code needs it. */
export async function unitPeopleRecords(sp: SPFI): Promise<UnitPeopleRecord[]> {
  return readRows(await readAll(sp, 'units', UNIT_QUERY), (row) => readUnit(row)).value;
}
