/** Role assignments, by scope: the web's under WEB_SCOPE, a list's with unique permissions under its id. */
import type { Database } from './database.ts';
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

  /** Removes a scope's assignments: all of them, or one principal's. */
  removeAll(scope: string, principalId?: number): void {
    if (principalId === undefined) this.db.run('DELETE FROM role_assignments WHERE scope = ?', scope);
    else this.db.run('DELETE FROM role_assignments WHERE scope = ? AND principal_id = ?', scope, principalId);
  }
}
