/** The folders of each list, found by their server-relative URL (compared case-insensitively, as SharePoint does). */
import type { Database } from './database.ts';

export interface FolderRow {
  itemId: number;
  /** The lower-cased server-relative URL of the folder it is in. */
  parentKey: string;
}

export class FolderStore {
  private readonly db: Database;

  constructor(db: Database) {
    this.db = db;
  }

  byPath(listId: string, path: string): FolderRow | undefined {
    return this.db.get<FolderRow>('SELECT item_id AS itemId, parent_key AS parentKey FROM folders WHERE list_id = ? AND path_key = ?', listId, path.toLowerCase());
  }

  /** The item ids of the folders directly in a folder. */
  childrenOf(listId: string, parentPath: string): number[] {
    return this.db
      .all<{ id: number }>('SELECT item_id AS id FROM folders WHERE list_id = ? AND parent_key = ? ORDER BY item_id', listId, parentPath.toLowerCase())
      .map((row) => row.id);
  }

  add(listId: string, path: string, parentPath: string, itemId: number): void {
    this.db.run('INSERT INTO folders (list_id, path_key, parent_key, item_id) VALUES (?, ?, ?, ?)', listId, path.toLowerCase(), parentPath.toLowerCase(), itemId);
  }

  remove(listId: string, itemId: number): void {
    this.db.run('DELETE FROM folders WHERE list_id = ? AND item_id = ?', listId, itemId);
  }
}
