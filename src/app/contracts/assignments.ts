/**
 * Owners, due dates and evidence of checklist items (one row per unit × item × period, in the unit's
 * folder of its own list, never on the tick row), and their history from SharePoint's version history.
 * src/data/repositories/SpAssignmentRepository.ts implements it.
 */
import type { AssignmentChange, AssignmentHistoryEntry, ItemAssignment } from '../../domain/itemAssignment';
import type { Period } from '../../domain/period';
import type { Loaded } from './rows';

export type { AssignmentChange, AssignmentHistoryEntry, ItemAssignment };

export interface AssignmentRepository {
  /** The unit's assignments for one plan and period; items without one have no row. */
  forUnitPlan(unitId: number, planId: number, period: Period): Promise<Loaded<ItemAssignment[]>>;
  /**
   * Applies a person's change to an item's assignment (`current`: as they last saw it, or a new empty one)
   * and returns the stored row. Refused by SharePoint for anyone not of the unit (AccessDeniedError); a
   * newer version saved meanwhile is a ConflictError carrying it; invalid values a ValidationError.
   */
  save(current: ItemAssignment, change: AssignmentChange): Promise<ItemAssignment>;
  /** Who changed what and when, newest first, from the row's version history. */
  history(assignment: ItemAssignment): Promise<AssignmentHistoryEntry[]>;
}
