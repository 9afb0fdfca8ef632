import { AssignmentChange, AssignmentVersion, CLEARED, evidenceFromText, evidenceToText, ItemAssignment, validateAssignment } from '../../domain/itemAssignment';
import { Person } from '../../domain/person';
import { LISTS } from '../schema';
import { dateOnlyFromSharePoint, dateOnlyToSharePoint, Mapped, RowQuery, RowReader, SpFields, SpRow } from './rowReader';

const COLUMNS = {
  key: 'Title',
  unitId: 'Unit',
  itemId: 'ChecklistItem',
  planId: 'ActionPlan',
  period: 'Period',
  dueDate: 'DueDate',
  evidence: 'EvidenceLinks',
  evidenceUrl: 'EvidenceLinks',
  evidenceTitle: 'EvidenceLinks',
  evidenceCount: 'EvidenceLinks'
};

/** Who changed the row last is its Editor, which SharePoint sets: never a value the client sends. */
export const ASSIGNMENT_QUERY: RowQuery = {
  select: [
    'Id',
    'Title',
    'UnitId',
    'ChecklistItemId',
    'ActionPlanId',
    'Period',
    'ItemOwner/Id',
    'ItemOwner/Title',
    'ItemOwner/EMail',
    'DueDate',
    'EvidenceLinks',
    'Editor/Id',
    'Editor/Title',
    'Editor/EMail',
    'Modified'
  ],
  expand: ['ItemOwner', 'Editor']
};

export function readAssignment(row: SpRow): Mapped<ItemAssignment> {
  const r = new RowReader(row, LISTS.itemAssignments);
  const assignment: ItemAssignment = {
    id: r.id,
    key: r.text('Title') ?? '',
    unitId: r.lookupId('Unit') ?? 0,
    itemId: r.lookupId('ChecklistItem') ?? 0,
    planId: r.lookupId('ActionPlan') ?? 0,
    period: r.number('Period') ?? 0,
    owner: r.person('ItemOwner'),
    dueDate: r.date('DueDate'),
    evidence: evidenceFromText(r.text('EvidenceLinks')),
    changedBy: r.person('Editor'),
    changedAt: typeof row.Modified === 'string' ? row.Modified : undefined,
    etag: r.etag
  };
  return r.result(assignment, validateAssignment(assignment), COLUMNS);
}

/** The fields a change sets: only those it names. */
export function assignmentChangeFields(change: AssignmentChange): SpFields {
  const fields: SpFields = {};
  if (change.ownerId !== undefined) fields.ItemOwnerId = change.ownerId === CLEARED ? null : change.ownerId;
  if (change.dueDate !== undefined) fields.DueDate = change.dueDate === CLEARED ? null : dateOnlyToSharePoint(change.dueDate);
  if (change.evidence !== undefined) fields.EvidenceLinks = evidenceToText(change.evidence);
  return fields;
}

export function newAssignmentFields(assignment: ItemAssignment, change: AssignmentChange): SpFields {
  return {
    Title: assignment.key,
    UnitId: assignment.unitId,
    ChecklistItemId: assignment.itemId,
    ActionPlanId: assignment.planId,
    Period: assignment.period,
    ...assignmentChangeFields(change)
  };
}

/** The columns of the row's versions the history compares. */
export const ASSIGNMENT_VERSION_SELECT = ['VersionLabel', 'Created', 'Editor', 'ItemOwner', 'DueDate', 'EvidenceLinks'];

/** A people value in a version (SP.FieldUserValue). */
function versionPerson(value: unknown): Person | undefined {
  const user = value as { LookupId?: unknown; LookupValue?: unknown; Email?: unknown } | null | undefined;
  if (typeof user?.LookupId !== 'number') return undefined;
  return { id: user.LookupId, name: typeof user.LookupValue === 'string' ? user.LookupValue : '', email: typeof user.Email === 'string' && user.Email !== '' ? user.Email : undefined };
}

/** One entry of items(n)/versions, as SharePoint's version history returns it. */
export function readAssignmentVersion(row: SpRow): AssignmentVersion {
  const due = typeof row.DueDate === 'string' ? dateOnlyFromSharePoint(row.DueDate) : undefined;
  return {
    version: String(row.VersionLabel ?? ''),
    at: String(row.Created ?? ''),
    by: versionPerson(row.Editor),
    owner: versionPerson(row.ItemOwner),
    dueDate: due,
    evidence: evidenceFromText(typeof row.EvidenceLinks === 'string' ? row.EvidenceLinks : undefined)
  };
}
