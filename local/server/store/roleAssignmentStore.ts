/**
 * Role assignments, by scope: the web's under WEB_SCOPE, a list's with unique permissions under its id, an item's
 * or folder's under '<list id>/<item id>'; and which items have their own.
 */
import type { Database } from './database.ts';
import { itemScope } from './records.ts';
import type { RoleAssignmentRecord } from './records.ts';

export class RoleAssignmentStore {
  private readonly db: Database;

  constructor(db: Database) {
    this.db = db;
  }

  of(scope: string): RoleAssignmentRecord[] {
    return this.db.all<RoleAssignmentRecord>(
      'SELECT principal_id AS principalId, role_definition_id AS roleDefinitionId FROM role_assignments WHERE scope = ? ORDER BY rowid',
      scope
    );
  }

  add(scope: string, assignment: RoleAssignmentRecord): void {
    this.db.run(
      'INSERT OR IGNORE INTO role_assignments (scope, principal_id, role_definition_id) VALUES (?, ?, ?)',
      scope,
      assignment.principalId,
      assignment.roleDefinitionId
    );
  }

  remove(scope: string, assignment: RoleAssignmentRecord): void {
    this.db.run(
      'DELETE FROM role_assignments WHERE scope = ? AND principal_id = ? AND role_definition_id = ?',
      scope,
      assignment.principalId,
      assignment.roleDefinitionId
    );
  }

  /** The items (and folders) of a list that have their own role assignments. */
  uniqueItems(listId: string): Set<number> {
    return new Set(this.db.all<{ id: number }>('SELECT item_id AS id FROM unique_item_scopes WHERE list_id = ?', listId).map((row) => row.id));
  }

  markItemUnique(listId: string, itemId: number): void {
    this.db.run('INSERT OR IGNORE INTO unique_item_scopes (list_id, item_id) VALUES (?, ?)', listId, itemId);
  }

  /** Makes an item inherit again: its own assignments and its mark go. */
  forgetItemScope(listId: string, itemId: number): void {
    this.db.run('DELETE FROM unique_item_scopes WHERE list_id = ? AND item_id = ?', listId, itemId);
    this.removeAll(itemScope(listId, itemId));
  }

  /** Makes every item of a list inherit again (a list's breakRoleInheritance with clearSubscopes, or its deletion). */
  forgetItemScopes(listId: string): void {
    for (const itemId of this.uniqueItems(listId)) this.forgetItemScope(listId, itemId);
  }

  /** Removes a scope's assignments: all of them, or one principal's. */
  removeAll(scope: string, principalId?: number): void {
    if (principalId === undefined) this.db.run('DELETE FROM role_assignments WHERE scope = ?', scope);
    else this.db.run('DELETE FROM role_assignments WHERE scope = ? AND principal_id = ?', scope, principalId);
  }
}
