/** The site's lists, keyed by id and by title (case-insensitively unique). */
import { isUniqueViolation } from './database.ts';
import type { Database } from './database.ts';
import type { FieldStore } from './fieldStore.ts';
import type { ListRecord } from './records.ts';
import type { RoleAssignmentStore } from './roleAssignmentStore.ts';

interface DataRow {
  data: string;
}

export class ListStore {
  private readonly db: Database;
  private readonly fields: FieldStore;
  private readonly roleAssignments: RoleAssignmentStore;

  constructor(db: Database, fields: FieldStore, roleAssignments: RoleAssignmentStore) {
    this.db = db;
    this.fields = fields;
    this.roleAssignments = roleAssignments;
  }

  all(): ListRecord[] {
    return this.db.all<DataRow>('SELECT data FROM lists ORDER BY rowid').map((row) => JSON.parse(row.data) as ListRecord);
  }

  byId(id: string): ListRecord | undefined {
    const row = this.db.get<DataRow>('SELECT data FROM lists WHERE id = ?', id.toLowerCase());
    return row && (JSON.parse(row.data) as ListRecord);
  }

  byTitle(title: string): ListRecord | undefined {
    const row = this.db.get<DataRow>('SELECT data FROM lists WHERE title_key = ?', title.toLowerCase());
    return row && (JSON.parse(row.data) as ListRecord);
  }

  /** Inserts a list; returns false when a list with the same title exists. */
  insert(list: ListRecord): boolean {
    return this.unlessTitleTaken(() => this.db.run('INSERT INTO lists (id, title_key, data) VALUES (?, ?, ?)', list.id, list.title.toLowerCase(), JSON.stringify(list)));
  }

  /** Saves a changed list; returns false when its new title belongs to another list. */
  update(list: ListRecord): boolean {
    return this.unlessTitleTaken(() => this.db.run('UPDATE lists SET title_key = ?, data = ? WHERE id = ?', list.title.toLowerCase(), JSON.stringify(list), list.id));
  }

  /** Deletes a list with its fields, items, index entries (by cascade) and role assignments. */
  delete(id: string): void {
    this.fields.forget(id);
    this.roleAssignments.removeAll(id);
    this.roleAssignments.forgetItemScopes(id);
    this.db.run('DELETE FROM lists WHERE id = ?', id);
  }

  private unlessTitleTaken(write: () => void): boolean {
    try {
      write();
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }
}
