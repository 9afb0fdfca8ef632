/**
 * A list's fields. They are served from a per-list cache of the parsed rows; every field write through this
 * class drops the list's cache, and SiteStore drops them all when a transaction rolls back. Cached arrays and
 * records are shared: callers must not mutate them.
 */
import type { FieldRecord } from '../sharepoint/fields.ts';
import type { Database } from './database.ts';
import type { IndexStore } from './indexStore.ts';

interface DataRow {
  data: string;
}

export class FieldStore {
  private readonly db: Database;
  private readonly indexes: IndexStore;
  private readonly cache = new Map<string, FieldRecord[]>();

  constructor(db: Database, indexes: IndexStore) {
    this.db = db;
    this.indexes = indexes;
  }

  of(listId: string): readonly FieldRecord[] {
    let fields = this.cache.get(listId);
    if (!fields) {
      fields = this.db
        .all<DataRow>('SELECT data FROM fields WHERE list_id = ? ORDER BY ordinal', listId)
        .map((row) => JSON.parse(row.data) as FieldRecord);
      this.cache.set(listId, fields);
    }
    return fields;
  }

  insert(listId: string, field: FieldRecord): void {
    this.cache.delete(listId);
    const next = this.db.get<{ ordinal: number }>('SELECT COALESCE(MAX(ordinal), 0) + 1 AS ordinal FROM fields WHERE list_id = ?', listId);
    this.db.run(
      'INSERT INTO fields (list_id, name_key, ordinal, data) VALUES (?, ?, ?, ?)',
      listId,
      field.internalName.toLowerCase(),
      next?.ordinal ?? 1,
      JSON.stringify(field)
    );
  }

  update(listId: string, field: FieldRecord): void {
    this.cache.delete(listId);
    this.db.run('UPDATE fields SET data = ? WHERE list_id = ? AND name_key = ?', JSON.stringify(field), listId, field.internalName.toLowerCase());
  }

  delete(listId: string, internalName: string): void {
    this.cache.delete(listId);
    this.db.run('DELETE FROM fields WHERE list_id = ? AND name_key = ?', listId, internalName.toLowerCase());
    this.indexes.forgetField(listId, internalName);
  }

  /** Drops a list's cached fields (the list was deleted); without a list, every cached field (a rollback). */
  forget(listId?: string): void {
    if (listId === undefined) this.cache.clear();
    else this.cache.delete(listId);
  }
}
