import { SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import { AssignmentChange, AssignmentHistoryEntry, CLEARED, historyOf, ItemAssignment, validateAssignment } from '../../domain/itemAssignment';
import { Period } from '../../domain/period';
import { translated } from '../translateErrors';
import { ASSIGNMENT_QUERY, ASSIGNMENT_VERSION_SELECT, assignmentChangeFields, newAssignmentFields, readAssignment, readAssignmentVersion } from '../mapping/assignments';
import { readRows, SpRow } from '../mapping/rowReader';
import { listOf, readAll, unitPeriodFilter } from '../queries';
import { unitFolderPath } from '../rights/unitFolders';
import { AssignmentRepository, ConflictError, Loaded, NotFoundError, ValidationError } from '../../app/contracts';
import { ListRows, RowVersion } from './listRows';

/** The assignment as it will be once the change is applied, for checking before anything is written. */
function changed(assignment: ItemAssignment, change: AssignmentChange): ItemAssignment {
  return {
    ...assignment,
    dueDate: change.dueDate === undefined ? assignment.dueDate : change.dueDate === CLEARED ? undefined : change.dueDate,
    evidence: change.evidence ?? assignment.evidence
  };
}

export class SpAssignmentRepository implements AssignmentRepository {
  private readonly rows: ListRows<ItemAssignment>;

  public constructor(private readonly sp: SPFI) {
    this.rows = new ListRows(sp, 'itemAssignments', ASSIGNMENT_QUERY, readAssignment);
  }

  public forUnitPlan(unitId: number, planId: number, period: Period): Promise<Loaded<ItemAssignment[]>> {
    return translated(async () =>
      readRows(await readAll(this.sp, 'itemAssignments', ASSIGNMENT_QUERY, `${unitPeriodFilter(unitId, period)} and ActionPlanId eq ${planId}`), readAssignment)
    );
  }

  /**
   * A new row is added in the unit's folder with its key only (where the folder's rights decide who may),
   * then changed like any other: so the first version holds no decision and the history starts with the
   * person's change. A first save that meets a row someone else has just made applies the change to it.
   */
  public save(current: ItemAssignment, change: AssignmentChange): Promise<ItemAssignment> {
    return translated(async () => {
      const issues = validateAssignment(changed(current, change));
      if (issues.length > 0) throw new ValidationError(issues);
      let version: RowVersion;
      if (current.id === undefined) {
        const folderPath = unitFolderPath(this.sp, 'itemAssignments', current.unitId);
        const outcome = await this.rows.createKeyed(newAssignmentFields(current, {}), { folderPath });
        version = 'created' in outcome ? outcome.created : { id: outcome.existing.id as number, etag: outcome.existing.etag };
      } else {
        version = { id: current.id, etag: current.etag };
      }
      const merged = await this.rows.merge(version, assignmentChangeFields(change));
      if (merged.kind === 'changed') throw new ConflictError(await this.rows.findById(version.id));
      if (merged.kind === 'gone') throw new NotFoundError();
      const stored = await this.rows.findById(version.id);
      if (stored === undefined) throw new NotFoundError();
      return stored;
    });
  }

  public history(assignment: ItemAssignment): Promise<AssignmentHistoryEntry[]> {
    return translated(async () => {
      if (assignment.id === undefined) return [];
      const versions = (await listOf(this.sp, 'itemAssignments')
        .items.getById(assignment.id)
        .versions.select(...ASSIGNMENT_VERSION_SELECT)()) as SpRow[];
      return historyOf(versions.map(readAssignmentVersion));
    });
  }
}
