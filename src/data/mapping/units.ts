import { isUnitType, Unit, validateUnit } from '../../domain/unit';
import { LISTS } from '../schema';
import { Mapped, RowQuery, RowReader, SpFields, SpRow } from './rowReader';

/** The column that holds each domain field, so that issues name what an editor sees in SharePoint. */
const COLUMNS = { name: 'Title', type: 'UnitType', parentId: 'ParentUnit', teamsGroupId: 'TeamsGroupId', teamName: 'TeamsGroupName', memberIds: 'UnitMembers' };

export const UNIT_QUERY: RowQuery = {
  select: ['Id', 'Title', 'UnitType', 'ParentUnitId', 'TeamsGroupId', 'TeamsGroupName', 'UnitMembersId'],
  expand: []
};

/** Reads a unit; with `byId` (every unit that could be read) its parent must exist and not make a cycle. */
export function readUnit(row: SpRow, byId?: ReadonlyMap<number, Unit>): Mapped<Unit> {
  const r = new RowReader(row, LISTS.units);
  const unit: Unit = {
    id: r.id,
    name: r.text('Title') ?? '',
    type: r.choice('UnitType', isUnitType) ?? 'team',
    parentId: r.lookupId('ParentUnit'),
    teamsGroupId: r.text('TeamsGroupId')?.toLowerCase(),
    teamName: r.text('TeamsGroupName'),
    memberIds: r.lookupIds('UnitMembers'),
    etag: r.etag
  };
  return r.result(unit, validateUnit(unit, byId), COLUMNS);
}

export function unitFields(unit: Unit): SpFields {
  return {
    Title: unit.name.trim(),
    UnitType: unit.type,
    ParentUnitId: unit.parentId ?? null,
    // Teams hands out group ids in lower case; storing them so makes the indexed lookup exact.
    TeamsGroupId: unit.teamsGroupId ? unit.teamsGroupId.toLowerCase() : null,
    TeamsGroupName: unit.teamsGroupId ? unit.teamName?.trim() || null : null,
    UnitMembersId: unit.memberIds
  };
}
