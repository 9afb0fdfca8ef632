/**
 * A unit's people and what SharePoint lets them do. Every per-unit list (ticks and their comments,
 * staircase assessments) keeps each unit's rows in a folder of that unit's own with unique permissions:
 * the unit's people have Contribute there, editors keep their rights and everyone else reads. So the
 * server, not the UI, refuses a write for another unit. The unit row records who its people are (named
 * people and at most one linked Teams team); the folders' role assignments follow that record, and every
 * change here updates both in the same operation. src/data/repositories/SpUnitPeopleRepository.ts implements it.
 */
import type { LinkedTeam } from '../../domain/linkedTeam';
import type { Person } from '../../domain/person';
import type { ListKey } from './rows';

export type { LinkedTeam };

/** Who works in a unit, as its row records them. */
export interface UnitPeople {
  unitId: number;
  /** Named people, by name (Swedish collation). Each has Contribute on the unit's folders. */
  people: Person[];
  /**
   * The linked team: its members and owners write through the group's claims. SharePoint cannot list a
   * Microsoft 365 group's members, so the team is one entry, shown by its name.
   */
  team?: LinkedTeam;
}

/** Someone an editor can add to a unit: one of the data site's users (the people picker). */
export interface PersonCandidate {
  /** The claims login (`i:0#.f|membership|…`), what ensureUser takes. */
  loginName: string;
  name: string;
  email?: string;
}

/** One grant on a unit's folder, named as an editor recognises it. */
export interface FolderGrant {
  /**
   * A named person, a linked team's members or owners (`c:0o.c|federateddirectoryclaimprovider|<id>`, `…_o`),
   * or what the list itself grants everyone there (editors' Full Control, staff's Read).
   */
  kind: 'person' | 'teamMembers' | 'teamOwners' | 'listDefault';
  principalId: number;
  /** The person's or the team's name. */
  name: string;
}

/** What "check rights" put right on one unit's folder in one list. */
export interface FolderRepair {
  unitId: number;
  unitName: string;
  list: ListKey;
  /** The folder was missing and is now created. */
  created: boolean;
  /** The folder inherited the list's permissions and now has its own. */
  madeUnique: boolean;
  /** Contribute given to people the unit records who lacked it. */
  granted: FolderGrant[];
  /** Write rights taken from principals the unit does not record (moved or removed people, an unlinked team). */
  revoked: FolderGrant[];
}

export interface RightsReport {
  unitsChecked: number;
  foldersChecked: number;
  /** Only the folders that needed a change; empty when everything matched. */
  repairs: FolderRepair[];
}

export interface RightsCheckProgress {
  done: number;
  total: number;
}

/** Which units the current person may write for, and which are their own. Unit ids, ascending. */
export interface UnitRights {
  /** Units whose folders let the person add and edit rows: their own units, or every unit for an editor. */
  writable: number[];
  /**
   * The person's own units: those whose folders let them write through the unit's people (named, or as a
   * member or owner of the linked team). For an editor, who may write everywhere, the units that name them.
   */
  own: number[];
}

export interface UnitPeopleRepository {
  /** The unit's named people and linked team. */
  forUnit(unitId: number): Promise<UnitPeople>;
  /** The site's users whose name or e-mail contains `text` (case-insensitive), at most `limit`, by name. */
  findPeople(text: string, limit?: number): Promise<PersonCandidate[]>;
  /** Adds a person (ensureUser on the login) to the unit's record and gives them Contribute on its folders. */
  addPerson(unitId: number, loginName: string): Promise<UnitPeople>;
  /** Removes a named person from the record and their rights from the unit's folders. */
  removePerson(unitId: number, personId: number): Promise<UnitPeople>;
  /** Links a team (replacing a team linked before, whose claims lose their rights) and grants its members' and owners' claims. */
  linkTeam(unitId: number, team: LinkedTeam): Promise<UnitPeople>;
  /** Unlinks the unit's team and takes its claims' rights from the folders. */
  unlinkTeam(unitId: number): Promise<UnitPeople>;
  /** What the current person may do in which unit, as SharePoint answers it (no Microsoft Graph needed). One request. */
  myUnitRights(): Promise<UnitRights>;
  /**
   * Compares every unit's recorded people with its folders' role assignments, creates missing folders,
   * repairs drift and reports what it changed. Editors with Manage Permissions only.
   */
  checkRights(onProgress?: (progress: RightsCheckProgress) => void): Promise<RightsReport>;
}
