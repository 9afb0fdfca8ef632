import { isUnitType, Unit, validateUnit } from '../../domain/unit';
import { LISTS } from '../schema';
import type { Loaded } from '../../app/contracts';
import { Mapped, readRows, RowQuery, RowReader, SpFields, SpRow } from './rowReader';

/** The column that holds each domain field, so that issues name what an editor sees in SharePoint. */
const COLUMNS = { name: 'Title', type: 'UnitType', parentId: 'ParentUnit', teamsGroupId: 'TeamsGroupId', memberIds: 'UnitMembers' };

export const UNIT_QUERY: RowQuery = {
  select: ['Id', 'Title', 'UnitType', 'ParentUnitId', 'TeamsGroupId', 'UnitMembersId'],
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
    memberIds: r.lookupIds('UnitMembers'),
    etag: r.etag
  };
  return r.result(unit, validateUnit(unit, byId), COLUMNS);
}

/** Every unit of the list, each parent checked against every unit that could be read at all, so one bad row does not take its subtree along. */
export function readUnits(rows: readonly SpRow[]): Loaded<Unit[]> {
  const readable = new Map(readRows(rows, (row) => readUnit(row)).value.map((unit) => [unit.id, unit]));
  return readRows(rows, (row) => readUnit(row, readable));
}

export function unitFields(unit: Unit): SpFields {
  return {
    Title: unit.name.trim(),
    UnitType: unit.type,
    ParentUnitId: unit.parentId ?? null,
    // Teams hands out group ids in lower case; storing them so makes the indexed lookup exact.
    TeamsGroupId: unit.teamsGroupId ? unit.teamsGroupId.toLowerCase() : null,
    UnitMembersId: unit.memberIds
  };
}
