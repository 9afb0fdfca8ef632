/** A list's items, read from SQL narrowed by the ID and the column index, and the recycle bin they go to. */
import type { SQLInputValue } from 'node:sqlite';
import type { Database } from './database.ts';
import { conditionsSql, indexWhere } from './indexStore.ts';
import type { IndexStore } from './indexStore.ts';
import type { ItemRecord, ItemSelection } from './records.ts';

interface ItemRow {
  id: number;
  version: number;
  data: string;
}

function itemFromRow(row: ItemRow): ItemRecord {
  return { id: row.id, version: row.version, values: JSON.parse(row.data) as Record<string, unknown> };
}

/** The WHERE clause (on `items AS i`) and parameters that select a list's items. */
function selectionWhere(listId: string, selection: ItemSelection): { where: string; params: SQLInputValue[] } {
  const clauses = ['i.list_id = ?', ...conditionsSql('i.id', selection.ids ?? [])];
  const params: SQLInputValue[] = [listId, ...(selection.ids ?? []).map(({ value }) => value)];
  if (selection.column) {
    const index = indexWhere(listId, selection.column, selection.ids ?? []);
    clauses.push(`i.id IN (SELECT item_id FROM item_index WHERE ${index.where})`);
    params.push(...index.params);
  }
  return { where: clauses.join(' AND '), params };
}

export class ItemStore {
  private readonly db: Database;
  private readonly indexes: IndexStore;

  constructor(db: Database, indexes: IndexStore) {
    this.db = db;
    this.indexes = indexes;
  }

  /** The selected items in ID order (descending when asked), at most `limit` of them. */
  select(listId: string, selection: ItemSelection, order: { descending?: boolean; limit?: number } = {}): ItemRecord[] {
    const { where, params } = selectionWhere(listId, selection);
    const limit = order.limit === undefined ? '' : ' LIMIT ?';
    const sql = `SELECT i.id, i.version, i.data FROM items AS i WHERE ${where} ORDER BY i.id${order.descending ? ' DESC' : ''}${limit}`;
    return this.db.all<ItemRow>(sql, ...params, ...(order.limit === undefined ? [] : [order.limit])).map(itemFromRow);
  }

  /**
   * How many items the selection holds, counted from the indexes without reading the items; with `upTo`,
   * counting stops there (enough to tell whether a query passes the list view threshold).
   */
  count(listId: string, selection: ItemSelection = {}, upTo?: number): number {
    // A column selection is counted in the column index alone, whose entries name their items.
    const { column } = selection;
    const { where, params } = column ? indexWhere(listId, column, selection.ids ?? []) : selectionWhere(listId, selection);
    const rows = column ? 'DISTINCT item_id FROM item_index' : '1 FROM items AS i';
    const limit = upTo === undefined ? '' : ' LIMIT ?';
    const sql = `SELECT COUNT(*) AS count FROM (SELECT ${rows} WHERE ${where}${limit})`;
    return this.db.get<{ count: number }>(sql, ...params, ...(upTo === undefined ? [] : [upTo]))?.count ?? 0;
  }

  /** The ids of the items and folders anywhere inside a folder, by its server-relative URL as its items record it. */
  idsInside(listId: string, folderPath: string): number[] {
    return this.db
      .all<{ id: number }>(
        "SELECT id FROM items WHERE list_id = ? AND (json_extract(data, '$.FileDirRef') = ? OR substr(json_extract(data, '$.FileDirRef'), 1, ?) = ?) ORDER BY id",
        listId,
        folderPath,
        [...folderPath].length + 1,
        `${folderPath}/`
      )
      .map((row) => row.id);
  }

  /** How many items and folders are directly in a folder. */
  countIn(listId: string, folderPath: string): number {
    return this.db.get<{ count: number }>("SELECT COUNT(*) AS count FROM items WHERE list_id = ? AND json_extract(data, '$.FileDirRef') = ?", listId, folderPath)?.count ?? 0;
  }

  get(listId: string, id: number): ItemRecord | undefined {
    const row = this.db.get<ItemRow>('SELECT id, version, data FROM items WHERE list_id = ? AND id = ?', listId, id);
    return row && itemFromRow(row);
  }

  insert(listId: string, item: ItemRecord): void {
    this.db.run('INSERT INTO items (list_id, id, version, data) VALUES (?, ?, ?, ?)', listId, item.id, item.version, JSON.stringify(item.values));
  }

  update(listId: string, item: ItemRecord): void {
    this.db.run('UPDATE items SET version = ?, data = ? WHERE list_id = ? AND id = ?', item.version, JSON.stringify(item.values), listId, item.id);
  }

  /** Keeps the item's values as its version `item.version`, and at most `limit` versions of it (the newest), as a list's MajorVersionLimit does. */
  saveVersion(listId: string, item: ItemRecord, limit: number): void {
    this.db.run('INSERT OR REPLACE INTO item_versions (list_id, item_id, version, data) VALUES (?, ?, ?, ?)', listId, item.id, item.version, JSON.stringify(item.values));
    this.db.run('DELETE FROM item_versions WHERE list_id = ? AND item_id = ? AND version <= ?', listId, item.id, item.version - limit);
  }

  /** The item's kept versions, newest first. */
  versions(listId: string, id: number): ItemRecord[] {
    return this.db.all<ItemRow>('SELECT item_id AS id, version, data FROM item_versions WHERE list_id = ? AND item_id = ? ORDER BY version DESC', listId, id).map(itemFromRow);
  }

  delete(listId: string, id: number): void {
    this.db.run('DELETE FROM item_versions WHERE list_id = ? AND item_id = ?', listId, id);
    this.db.run('DELETE FROM items WHERE list_id = ? AND id = ?', listId, id);
    this.indexes.forgetItem(listId, id);
  }

  addToRecycleBin(entry: { id: string; listId: string; item: ItemRecord; deletedBy: number; deletedAt: string }): void {
    this.db.run(
      'INSERT INTO recycle_bin (id, list_id, item_id, data, deleted_by, deleted_at) VALUES (?, ?, ?, ?, ?, ?)',
      entry.id,
      entry.listId,
      entry.item.id,
      JSON.stringify(entry.item),
      entry.deletedBy,
      entry.deletedAt
    );
  }
}
