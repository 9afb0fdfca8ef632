import { ValidationIssue, Validator } from './validation';

/**
 * An organisation that works with the programme: every committee (nämnd) and company board
 * (bolagsstyrelse) is responsible, and work happens in their administrations and teams. The City
 * Executive Board (kommunstyrelsen) is a type of its own: it coordinates and follows up the programme.
 */
export type UnitType = 'executiveBoard' | 'committee' | 'districtCommittee' | 'companyBoard' | 'administration' | 'team';

export const UNIT_TYPES: readonly UnitType[] = ['executiveBoard', 'committee', 'districtCommittee', 'companyBoard', 'administration', 'team'];

export interface Unit {
  id: number;
  name: string;
  type: UnitType;
  parentId?: number;
  /** The Microsoft 365 group behind a team in Teams, so that a team's tab finds its unit; its members and owners write for the unit. */
  teamsGroupId?: string;
  /** The linked team's name, shown for the team as one entry (SharePoint cannot list a group's members). */
  teamName?: string;
  /** SharePoint user ids of the people named in the unit (they may tick and assess for it). */
  memberIds: number[];
  etag?: string;
}

export function isUnitType(value: unknown): value is UnitType {
  return typeof value === 'string' && (UNIT_TYPES as readonly string[]).includes(value);
}

/** The chain from a unit up to its top-level organisation, nearest first. Stops on cycles. */
export function ancestorsOf(unit: Unit, byId: ReadonlyMap<number, Unit>): Unit[] {
  const chain: Unit[] = [];
  const seen = new Set<number>([unit.id]);
  let parentId = unit.parentId;
  while (parentId !== undefined && !seen.has(parentId)) {
    const parent = byId.get(parentId);
    if (!parent) break;
    chain.push(parent);
    seen.add(parent.id);
    parentId = parent.parentId;
  }
  return chain;
}

/** Whether moving `unit` under `newParentId` would make it its own ancestor. */
export function wouldCreateCycle(unitId: number, newParentId: number | undefined, byId: ReadonlyMap<number, Unit>): boolean {
  let current = newParentId;
  const seen = new Set<number>();
  while (current !== undefined && !seen.has(current)) {
    if (current === unitId) return true;
    seen.add(current);
    current = byId.get(current)?.parentId;
  }
  return false;
}

/**
 * The rules a unit must meet, for the edit form and for rows read from SharePoint. With `byId`
 * (all units), the parent must exist and must not make the unit its own ancestor.
 */
export function validateUnit(unit: Unit, byId?: ReadonlyMap<number, Unit>): ValidationIssue[] {
  const check = new Validator()
    .text('name', unit.name, true)
    .oneOf('type', unit.type, UNIT_TYPES)
    .guid('teamsGroupId', unit.teamsGroupId)
    .text('teamName', unit.teamName, false);
  if (byId !== undefined && unit.parentId !== undefined) {
    if (!byId.has(unit.parentId)) check.add({ field: 'parentId', code: 'unknownReference', params: { value: unit.parentId } });
    else if (wouldCreateCycle(unit.id, unit.parentId, byId)) check.add({ field: 'parentId', code: 'cycle' });
  }
  return check.issues;
}
