import { SPFI } from '@pnp/sp';
import '@pnp/sp/site-users/web';
import { IBasePermissions } from '@pnp/sp/security';
import type { LinkedTeam } from '../../domain/linkedTeam';
import { Person } from '../../domain/person';
import { Unit } from '../../domain/unit';
import { translated } from '../translateErrors';
import { readUnit, UNIT_QUERY } from '../mapping/units';
import { readRows, SpFields, SpRow } from '../mapping/rowReader';
import { inOneBatch, listOf, odataText, rowsOf } from '../queries';
import { loadUnitRights } from '../rights/loadUnitRights';
import { UNIT_LISTS, unitRightsOf, unitRightsRequests } from '../rights/unitFolders';
import {
  ConflictError,
  NotFoundError,
  PersonCandidate,
  RightsCheckProgress,
  RightsReport,
  UnitPeople,
  UnitPeopleRepository,
  UnitRights,
  ValidationError
} from '../../app/contracts';
import { ListRows } from './listRows';

/** How often a change is re-applied after meeting another editor's newer version of the unit row. */
const MAX_WRITE_ATTEMPTS = 5;

/** People-picker results when the caller does not say. */
const DEFAULT_PEOPLE_LIMIT = 20;

/** SP.Utilities.PrincipalType.User: people, not groups or claims. */
const USER_PRINCIPAL = 1;

const byName = (a: { name: string }, b: { name: string }): number => a.name.localeCompare(b.name, 'sv');

export interface PeopleRow {
  UnitMembers?: { Id: number; Title?: string; EMail?: string }[] | { results: { Id: number; Title?: string; EMail?: string }[] };
  /** SharePoint sends an empty column as null. */
  TeamsGroupId?: unknown;
  TeamsGroupName?: unknown;
}

interface SiteUserRow {
  Id: number;
  Title: string;
  Email?: string;
  LoginName: string;
  PrincipalType: number;
  IsHiddenInUI?: boolean;
}

/** The unit row's record of its people; it joins a batch (the start's). */
export function unitPeopleRequest(sp: SPFI, unitId: number): Promise<PeopleRow> {
  return listOf(sp, 'units')
    .items.getById(unitId)
    .select('Id', 'TeamsGroupId', 'TeamsGroupName', 'UnitMembers/Id', 'UnitMembers/Title', 'UnitMembers/EMail')
    .expand('UnitMembers')() as Promise<PeopleRow>;
}

export function unitPeopleOf(unitId: number, row: PeopleRow): UnitPeople {
  const members = row.UnitMembers === undefined ? [] : Array.isArray(row.UnitMembers) ? row.UnitMembers : row.UnitMembers.results;
  const people: Person[] = members.map((m) => ({ id: m.Id, name: m.Title ?? '', email: m.EMail || undefined })).sort(byName);
  const groupId = typeof row.TeamsGroupId === 'string' ? row.TeamsGroupId.toLowerCase() : '';
  const name = typeof row.TeamsGroupName === 'string' && row.TeamsGroupName !== '' ? row.TeamsGroupName : groupId;
  return { unitId, people, team: groupId === '' ? undefined : { groupId, name } };
}

/**
 * A unit's people: the unit row records them (the `UnitMembers` people column and the linked team's
 * id and name), and the unit's folders grant them Contribute. Every change writes the record with the
 * row's etag and then brings the unit's folders into line, in the same operation.
 */
export class SpUnitPeopleRepository implements UnitPeopleRepository {
  private readonly units: ListRows<Unit>;

  public constructor(private readonly sp: SPFI) {
    this.units = new ListRows(sp, 'units', UNIT_QUERY, (row) => readUnit(row));
  }

  public forUnit(unitId: number): Promise<UnitPeople> {
    return translated(async () => unitPeopleOf(unitId, await unitPeopleRequest(this.sp, unitId)));
  }

  public findPeople(text: string, limit: number = DEFAULT_PEOPLE_LIMIT): Promise<PersonCandidate[]> {
    return translated(async () => {
      const needle = text.trim().toLocaleLowerCase('sv');
      if (needle === '') return [];
      const users = (await this.sp.web.siteUsers.select('Id', 'Title', 'Email', 'LoginName', 'PrincipalType', 'IsHiddenInUI')()) as SiteUserRow[];
      return users
        .filter((user) => user.PrincipalType === USER_PRINCIPAL && user.IsHiddenInUI !== true)
        .filter((user) => `${user.Title}\n${user.Email ?? ''}`.toLocaleLowerCase('sv').includes(needle))
        .map((user) => ({ loginName: user.LoginName, name: user.Title, email: user.Email || undefined }))
        .sort(byName)
        .slice(0, limit);
    });
  }

  public addPerson(unitId: number, loginName: string): Promise<UnitPeople> {
    return translated(async () => {
      const user = (await this.sp.web.ensureUser(loginName)) as { Id: number };
      await this.change(unitId, (unit) => (unit.memberIds.includes(user.Id) ? undefined : { UnitMembersId: [...unit.memberIds, user.Id] }));
      return this.forUnit(unitId);
    });
  }

  public removePerson(unitId: number, personId: number): Promise<UnitPeople> {
    return translated(async () => {
      await this.change(unitId, (unit) =>
        unit.memberIds.includes(personId) ? { UnitMembersId: unit.memberIds.filter((id) => id !== personId) } : undefined
      );
      return this.forUnit(unitId);
    });
  }

  public linkTeam(unitId: number, team: LinkedTeam): Promise<UnitPeople> {
    return translated(async () => {
      const groupId = team.groupId.toLowerCase();
      const [other] = (await rowsOf(this.sp, 'units', UNIT_QUERY, `TeamsGroupId eq ${odataText(groupId)}`).top(2)()) as SpRow[];
      const linkedElsewhere = other !== undefined && Number(other.Id) !== unitId;
      if (linkedElsewhere) throw new ValidationError([{ field: 'teamsGroupId', code: 'teamAlreadyLinked', params: { unit: String(other.Title) } }]);
      await this.change(unitId, (unit) =>
        unit.teamsGroupId === groupId && unit.teamName === team.name ? undefined : { TeamsGroupId: groupId, TeamsGroupName: team.name }
      );
      return this.forUnit(unitId);
    });
  }

  public unlinkTeam(unitId: number): Promise<UnitPeople> {
    return translated(async () => {
      await this.change(unitId, (unit) => (unit.teamsGroupId === undefined ? undefined : { TeamsGroupId: null, TeamsGroupName: null }));
      return this.forUnit(unitId);
    });
  }

  public myUnitRights(): Promise<UnitRights> {
    return translated(async () => {
      const [user, root, folders, unitRows] = await inOneBatch<[{ Id: number }, IBasePermissions, unknown[], SpRow[]]>(this.sp, (b) => {
        const [rights, folderRights] = unitRightsRequests(b);
        return [b.web.currentUser.select('Id')(), rights, folderRights, rowsOf(b, 'units', UNIT_QUERY)()];
      });
      const units = readRows(unitRows, (row) => readUnit(row)).value;
      const named = (): number[] => units.filter((unit) => unit.memberIds.includes(user.Id)).map((unit) => unit.id);
      return unitRightsOf(this.sp, { root, folders }, named);
    });
  }

  public checkRights(onProgress?: (progress: RightsCheckProgress) => void): Promise<RightsReport> {
    return translated(async () => {
      const { syncUnitFolders, unitPeopleRecords } = await loadUnitRights();
      const units = await unitPeopleRecords(this.sp);
      onProgress?.({ done: 0, total: UNIT_LISTS.length });
      const repairs = await syncUnitFolders(this.sp, units, (done, total) => onProgress?.({ done, total }));
      return { unitsChecked: units.length, foldersChecked: units.length * UNIT_LISTS.length, repairs };
    });
  }

  /**
   * Writes what `fieldsFor` asks of the unit's current row (nothing when it returns undefined), with the
   * row's etag, re-reading after another editor's change; then the unit's folders follow the record.
   * The folders are brought into line even when the record already said so, which also repairs a change
   * whose rights step was interrupted last time.
   */
  private async change(unitId: number, fieldsFor: (unit: Unit) => SpFields | undefined): Promise<void> {
    for (let attempt = 1; attempt <= MAX_WRITE_ATTEMPTS; attempt++) {
      const current = await this.units.findById(unitId);
      if (current === undefined) throw new NotFoundError();
      const fields = fieldsFor(current);
      if (fields !== undefined) {
        const merged = await this.units.merge({ id: unitId, etag: current.etag }, fields);
        if (merged.kind === 'changed') continue;
        if (merged.kind === 'gone') throw new NotFoundError();
      }
      const saved = fields === undefined ? current : await this.units.findById(unitId);
      if (saved === undefined) throw new NotFoundError();
      const { syncUnitFolders } = await loadUnitRights();
      await syncUnitFolders(this.sp, [saved]);
      return;
    }
    throw new ConflictError(undefined);
  }
}
