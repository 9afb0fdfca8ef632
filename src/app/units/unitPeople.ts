/**
 * Use cases for a unit's people: an editor sees, adds and removes named people and links or unlinks the
 * unit's Teams team; everyone learns which units they may write for. Each change is one repository call
 * that updates the unit's record and its folders' rights together (see contracts/unitPeople.ts).
 */
import { LinkedTeam, linkedTeamFromLink, validateLinkedTeam } from '../../domain/linkedTeam';
import type { Unit } from '../../domain/unit';
import type { ValidationIssue } from '../../domain/validation';
import { saveProblemOf, SaveProblem } from '../content/saveContent';
import type { RightsCheckProgress, RightsReport, UnitPeople, UnitPeopleRepository } from '../contracts/unitPeople';
import type { RowProblem } from '../contracts/rows';
import type { UnitRepository } from '../contracts/units';
import { ValidationError } from '../contracts/errors';

export type PeopleChange =
  | { kind: 'addPerson'; loginName: string }
  | { kind: 'removePerson'; personId: number }
  /** From inside the team's own tab, which knows the team's id and name. */
  | { kind: 'linkTeam'; team: LinkedTeam }
  /** From a pasted "Get link to team" link, with the name the editor gives the team. */
  | { kind: 'linkTeamByLink'; link: string; name: string }
  | { kind: 'unlinkTeam' };

export type PeopleChangeOutcome =
  | { kind: 'saved'; people: UnitPeople }
  /** The input was refused before anything was sent (or by SharePoint): nothing changed. */
  | { kind: 'invalid'; issues: ValidationIssue[] }
  /** `accessDenied` here usually means the editor's permission level lacks Manage Permissions (see README). */
  | { kind: 'failed'; problem: SaveProblem };

function teamOf(change: PeopleChange): { team: LinkedTeam } | { issues: ValidationIssue[] } | undefined {
  if (change.kind === 'linkTeamByLink') return linkedTeamFromLink(change.link, change.name);
  if (change.kind !== 'linkTeam') return undefined;
  const team = { groupId: change.team.groupId.trim().toLowerCase(), name: change.team.name.trim() };
  const issues = validateLinkedTeam(team);
  return issues.length > 0 ? { issues } : { team };
}

function send(repository: UnitPeopleRepository, unitId: number, change: PeopleChange, team: LinkedTeam | undefined): Promise<UnitPeople> {
  switch (change.kind) {
    case 'addPerson':
      return repository.addPerson(unitId, change.loginName);
    case 'removePerson':
      return repository.removePerson(unitId, change.personId);
    case 'unlinkTeam':
      return repository.unlinkTeam(unitId);
    default:
      return repository.linkTeam(unitId, team as LinkedTeam);
  }
}

/** Use case: change a unit's people. Says what happened in the editor's terms; a refused input changes nothing. */
export async function changeUnitPeople(repository: UnitPeopleRepository, unitId: number, change: PeopleChange): Promise<PeopleChangeOutcome> {
  if (change.kind === 'addPerson' && change.loginName.trim() === '') return { kind: 'invalid', issues: [{ field: 'person', code: 'required' }] };
  const team = teamOf(change);
  if (team !== undefined && 'issues' in team) return { kind: 'invalid', issues: team.issues };
  try {
    return { kind: 'saved', people: await send(repository, unitId, change, team?.team) };
  } catch (error) {
    if (error instanceof ValidationError) return { kind: 'invalid', issues: error.issues };
    return { kind: 'failed', problem: saveProblemOf(error) };
  }
}

/** Every unit, the person's own (named or through a team) and those they may write for (all of them for an editor). */
export interface UnitChoices {
  units: Unit[];
  ownUnitIds: ReadonlySet<number>;
  writableUnitIds: ReadonlySet<number>;
  problems: RowProblem[];
}

/** Use case: the units a person can choose from, their own marked, learned from SharePoint's rights. Both asked side by side. */
export async function loadUnitChoices(units: UnitRepository, people: UnitPeopleRepository): Promise<UnitChoices> {
  const [all, rights] = await Promise.all([units.list(), people.myUnitRights()]);
  return { units: all.value, ownUnitIds: new Set(rights.own), writableUnitIds: new Set(rights.writable), problems: all.problems };
}

export type RightsCheckOutcome = { kind: 'checked'; report: RightsReport } | { kind: 'failed'; problem: SaveProblem };

/** Use case: an editor's "check rights": repairs every unit's folders to match its recorded people and reports the changes. */
export async function checkUnitRights(
  repository: UnitPeopleRepository,
  onProgress?: (progress: RightsCheckProgress) => void
): Promise<RightsCheckOutcome> {
  try {
    return { kind: 'checked', report: await repository.checkRights(onProgress) };
  } catch (error) {
    return { kind: 'failed', problem: saveProblemOf(error) };
  }
}
