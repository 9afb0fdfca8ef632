/**
 * Typed access to the site's rows: lists, fields, items, unique-value keys, the change log,
 * role assignments and the recycle bin. Records are stored as JSON next to the columns SQL needs.
 */
import type { SQLInputValue } from 'node:sqlite';
import type { FieldRecord } from '../sharepoint/fields.ts';
import { Database } from './database.ts';

export interface ListRecord {
  id: string;
  title: string;
  description: string;
  baseTemplate: number;
  entityTypeName: string;
  created: string;
  lastItemModifiedDate: string;
  lastItemDeletedDate: string;
  /** Schema version, the list's ETag; bumped by list and field changes. */
  version: number;
  nextItemId: number;
  hasUniqueRoleAssignments: boolean;
  /** Writable SP.List properties beyond the ones above (Hidden, EnableVersioning, …), as the client set them. */
  settings: Record<string, unknown>;
}

export interface ItemRecord {
  id: number;
  /** owshiddenversion: 1 on creation, +1 on every update; the item's ETag. */
  version: number;
  /** Field values by internal name. */
  values: Record<string, unknown>;
}

export interface ChangeRecord {
  changeNumber: number;
  listId: string;
  itemId: number;
  itemUniqueId: string;
  changeType: number;
  time: string;
}

export interface RoleAssignmentRecord {
  principalId: number;
  roleDefinitionId: number;
}

export interface UniqueKey {
  field: string;
  key: string;
}

/** One value an item holds in an indexed column, as filters compare it (see the item_index table). */
export interface IndexEntry {
  field: string;
  value: number | string;
}

export type RangeOperator = 'eq' | 'lt' | 'le' | 'gt' | 'ge';

export interface RangeCondition {
  operator: RangeOperator;
  value: number | string;
}

/**
 * The items a query reads, as SQL can find them from indexes: conditions on the ID, and conditions
 * that one value of one indexed column must meet together. Without conditions: every item.
 */
export interface ItemSelection {
  ids?: readonly RangeCondition[];
  column?: ColumnSelection;
}

export interface ColumnSelection {
  field: string;
  conditions: readonly RangeCondition[];
}

const SQL_OPERATORS: Readonly<Record<RangeOperator, string>> = { eq: '=', lt: '<', le: '<=', gt: '>', ge: '>=' };

/** Role assignments of the web are stored under this scope; a list's under its id. */
export const WEB_SCOPE = 'web';

interface DataRow {
  data: string;
}

interface ItemRow {
  id: number;
  version: number;
  data: string;
}

function itemFromRow(row: ItemRow): ItemRecord {
  return { id: row.id, version: row.version, values: JSON.parse(row.data) as Record<string, unknown> };
}

function conditionsSql(column: string, conditions: readonly RangeCondition[]): string[] {
  return conditions.map(({ operator }) => `${column} ${SQL_OPERATORS[operator]} ?`);
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

/** The WHERE clause on the column index for a column selection (and ID conditions on its entries). */
function indexWhere(listId: string, column: ColumnSelection, ids: readonly RangeCondition[]): { where: string; params: SQLInputValue[] } {
  const clauses = ['list_id = ?', 'field_key = ?', ...conditionsSql('value', column.conditions), ...conditionsSql('item_id', ids)];
  const params = [listId, column.field.toLowerCase(), ...[...column.conditions, ...ids].map(({ value }) => value)];
  return { where: clauses.join(' AND '), params };
}

/** SQLITE_CONSTRAINT_UNIQUE or SQLITE_CONSTRAINT_PRIMARYKEY (checked by code: the error may come from another realm). */
function isUniqueViolation(error: unknown): boolean {
  const code = (error as { errcode?: number } | null)?.errcode;
  return code === 2067 || code === 1555;
}

/**
 * Fields are served from a per-list cache of the parsed rows; every field write through this class drops
 * the list's cache, and a rolled-back transaction drops them all. Cached arrays and records are shared:
 * callers must not mutate them. Items are always read from SQL, narrowed by its indexes.
 */
export class SiteStore {
  private readonly db: Database;
  private readonly fieldCache = new Map<string, FieldRecord[]>();

  constructor(file: string | undefined) {
    this.db = new Database(file);
  }

  /** The schema version the file had when opened, when it was older than this code's (its column index is then empty). */
  get upgradedFrom(): string | undefined {
    return this.db.upgradedFrom;
  }

  markUpgraded(): void {
    this.db.markUpgraded();
  }

  transaction<T>(work: () => T): T {
    try {
      return this.db.transaction(work);
    } catch (error) {
      // Rows read into a cache inside the rolled-back transaction may no longer exist.
      this.fieldCache.clear();
      throw error;
    }
  }

  close(): void {
    this.db.close();
  }

  meta(key: string): string | undefined {
    return this.db.get<{ value: string }>('SELECT value FROM meta WHERE key = ?', key)?.value;
  }

  setMeta(key: string, value: string): void {
    this.db.run('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', key, value);
  }

  // Lists

  lists(): ListRecord[] {
    return this.db.all<DataRow>('SELECT data FROM lists ORDER BY rowid').map((row) => JSON.parse(row.data) as ListRecord);
  }

  listById(id: string): ListRecord | undefined {
    const row = this.db.get<DataRow>('SELECT data FROM lists WHERE id = ?', id.toLowerCase());
    return row && (JSON.parse(row.data) as ListRecord);
  }

  listByTitle(title: string): ListRecord | undefined {
    const row = this.db.get<DataRow>('SELECT data FROM lists WHERE title_key = ?', title.toLowerCase());
    return row && (JSON.parse(row.data) as ListRecord);
  }

  /** Inserts a list; returns false when a list with the same title exists. */
  insertList(list: ListRecord): boolean {
    try {
      this.db.run('INSERT INTO lists (id, title_key, data) VALUES (?, ?, ?)', list.id, list.title.toLowerCase(), JSON.stringify(list));
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  /** Saves a changed list; returns false when its new title belongs to another list. */
  updateList(list: ListRecord): boolean {
    try {
      this.db.run('UPDATE lists SET title_key = ?, data = ? WHERE id = ?', list.title.toLowerCase(), JSON.stringify(list), list.id);
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  deleteList(id: string): void {
    this.fieldCache.delete(id);
    this.db.run('DELETE FROM role_assignments WHERE scope = ?', id);
    this.db.run('DELETE FROM lists WHERE id = ?', id);
  }

  // Fields

  fields(listId: string): readonly FieldRecord[] {
    let fields = this.fieldCache.get(listId);
    if (!fields) {
      fields = this.db
        .all<DataRow>('SELECT data FROM fields WHERE list_id = ? ORDER BY ordinal', listId)
        .map((row) => JSON.parse(row.data) as FieldRecord);
      this.fieldCache.set(listId, fields);
    }
    return fields;
  }

  insertField(listId: string, field: FieldRecord): void {
    this.fieldCache.delete(listId);
    const next = this.db.get<{ ordinal: number }>('SELECT COALESCE(MAX(ordinal), 0) + 1 AS ordinal FROM fields WHERE list_id = ?', listId);
    this.db.run(
      'INSERT INTO fields (list_id, name_key, ordinal, data) VALUES (?, ?, ?, ?)',
      listId,
      field.internalName.toLowerCase(),
      next?.ordinal ?? 1,
      JSON.stringify(field)
    );
  }

  updateField(listId: string, field: FieldRecord): void {
    this.fieldCache.delete(listId);
    this.db.run('UPDATE fields SET data = ? WHERE list_id = ? AND name_key = ?', JSON.stringify(field), listId, field.internalName.toLowerCase());
  }

  deleteField(listId: string, internalName: string): void {
    this.fieldCache.delete(listId);
    this.db.run('DELETE FROM fields WHERE list_id = ? AND name_key = ?', listId, internalName.toLowerCase());
    this.db.run('DELETE FROM unique_values WHERE list_id = ? AND field_key = ?', listId, internalName.toLowerCase());
    this.db.run('DELETE FROM item_index WHERE list_id = ? AND field_key = ?', listId, internalName.toLowerCase());
  }

  // Items

  /** The selected items in ID order (descending when asked), at most `limit` of them. */
  selectItems(listId: string, selection: ItemSelection, order: { descending?: boolean; limit?: number } = {}): ItemRecord[] {
    const { where, params } = selectionWhere(listId, selection);
    const limit = order.limit === undefined ? '' : ' LIMIT ?';
    const sql = `SELECT i.id, i.version, i.data FROM items AS i WHERE ${where} ORDER BY i.id${order.descending ? ' DESC' : ''}${limit}`;
    return this.db.all<ItemRow>(sql, ...params, ...(order.limit === undefined ? [] : [order.limit])).map(itemFromRow);
  }

  /**
   * How many items the selection holds, counted from the indexes without reading the items; with `upTo`,
   * counting stops there (enough to tell whether a query passes the list view threshold).
   */
  countItems(listId: string, selection: ItemSelection = {}, upTo?: number): number {
    // A column selection is counted in the column index alone, whose entries name their items.
    const { column } = selection;
    const { where, params } = column ? indexWhere(listId, column, selection.ids ?? []) : selectionWhere(listId, selection);
    const rows = column ? 'DISTINCT item_id FROM item_index' : '1 FROM items AS i';
    const limit = upTo === undefined ? '' : ' LIMIT ?';
    const sql = `SELECT COUNT(*) AS count FROM (SELECT ${rows} WHERE ${where}${limit})`;
    return this.db.get<{ count: number }>(sql, ...params, ...(upTo === undefined ? [] : [upTo]))?.count ?? 0;
  }

  item(listId: string, id: number): ItemRecord | undefined {
    const row = this.db.get<ItemRow>('SELECT id, version, data FROM items WHERE list_id = ? AND id = ?', listId, id);
    return row && itemFromRow(row);
  }

  insertItem(listId: string, item: ItemRecord): void {
    this.db.run('INSERT INTO items (list_id, id, version, data) VALUES (?, ?, ?, ?)', listId, item.id, item.version, JSON.stringify(item.values));
  }

  updateItem(listId: string, item: ItemRecord): void {
    this.db.run('UPDATE items SET version = ?, data = ? WHERE list_id = ? AND id = ?', item.version, JSON.stringify(item.values), listId, item.id);
  }

  deleteItem(listId: string, id: number): void {
    this.db.run('DELETE FROM items WHERE list_id = ? AND id = ?', listId, id);
    this.db.run('DELETE FROM unique_values WHERE list_id = ? AND item_id = ?', listId, id);
    this.db.run('DELETE FROM item_index WHERE list_id = ? AND item_id = ?', listId, id);
  }

  /** Sets an item's values in the column index; `isNew` skips removing entries a new item cannot have. */
  replaceIndexEntries(listId: string, itemId: number, entries: readonly IndexEntry[], isNew: boolean): void {
    if (!isNew) this.db.run('DELETE FROM item_index WHERE list_id = ? AND item_id = ?', listId, itemId);
    for (const { field, value } of entries) this.insertIndexEntry(listId, field, value, itemId);
  }

  /** Replaces one column's values in the column index, for every item of the list. */
  replaceColumnIndex(listId: string, field: string, entries: readonly { itemId: number; value: number | string }[]): void {
    this.db.run('DELETE FROM item_index WHERE list_id = ? AND field_key = ?', listId, field.toLowerCase());
    for (const { itemId, value } of entries) this.insertIndexEntry(listId, field, value, itemId);
  }

  private insertIndexEntry(listId: string, field: string, value: number | string, itemId: number): void {
    this.db.run('INSERT OR IGNORE INTO item_index (list_id, field_key, value, item_id) VALUES (?, ?, ?, ?)', listId, field.toLowerCase(), value, itemId);
  }

  /**
   * Replaces an item's keys in the unique-value index (`isNew`: it has none yet). Returns the fields whose
   * key another item already holds; the caller must then abandon the transaction.
   */
  replaceUniqueKeys(listId: string, itemId: number, keys: readonly UniqueKey[], isNew: boolean): string[] {
    if (!isNew) this.db.run('DELETE FROM unique_values WHERE list_id = ? AND item_id = ?', listId, itemId);
    const conflicts: string[] = [];
    for (const { field, key } of keys) {
      try {
        this.db.run('INSERT INTO unique_values (list_id, field_key, value_key, item_id) VALUES (?, ?, ?, ?)', listId, field.toLowerCase(), key, itemId);
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        conflicts.push(field);
      }
    }
    return conflicts;
  }

  // Change log

  appendChange(change: Omit<ChangeRecord, 'changeNumber'>): number {
    return this.db.insert(
      'INSERT INTO changes (list_id, item_id, item_unique_id, change_type, time) VALUES (?, ?, ?, ?, ?)',
      change.listId,
      change.itemId,
      change.itemUniqueId,
      change.changeType,
      change.time
    );
  }

  /** A list's changes numbered after `afterChangeNumber` and up to `upToChangeNumber`, oldest first. */
  changesBetween(listId: string, afterChangeNumber: number, upToChangeNumber: number): ChangeRecord[] {
    return this.db.all<ChangeRecord>(
      `SELECT change_number AS changeNumber, list_id AS listId, item_id AS itemId, item_unique_id AS itemUniqueId,
              change_type AS changeType, time
         FROM changes WHERE list_id = ? AND change_number > ? AND change_number <= ? ORDER BY change_number`,
      listId,
      afterChangeNumber,
      upToChangeNumber
    );
  }

  /** The number of the first change logged at or after `time` (ISO), for time-based change tokens. */
  firstChangeNumberSince(time: string): number {
    return this.db.get<{ n: number | null }>('SELECT MIN(change_number) AS n FROM changes WHERE time >= ?', time)?.n ?? this.lastChangeNumber() + 1;
  }

  lastChangeNumber(): number {
    return this.db.get<{ n: number | null }>('SELECT MAX(change_number) AS n FROM changes')?.n ?? 0;
  }

  // Role assignments

  roleAssignments(scope: string): RoleAssignmentRecord[] {
    return this.db.all<RoleAssignmentRecord>(
      'SELECT principal_id AS principalId, role_definition_id AS roleDefinitionId FROM role_assignments WHERE scope = ? ORDER BY rowid',
      scope
    );
  }

  addRoleAssignment(scope: string, assignment: RoleAssignmentRecord): void {
    this.db.run(
      'INSERT OR IGNORE INTO role_assignments (scope, principal_id, role_definition_id) VALUES (?, ?, ?)',
      scope,
      assignment.principalId,
      assignment.roleDefinitionId
    );
  }

  removeRoleAssignment(scope: string, assignment: RoleAssignmentRecord): void {
    this.db.run(
      'DELETE FROM role_assignments WHERE scope = ? AND principal_id = ? AND role_definition_id = ?',
      scope,
      assignment.principalId,
      assignment.roleDefinitionId
    );
  }

  removeRoleAssignments(scope: string, principalId?: number): void {
    if (principalId === undefined) this.db.run('DELETE FROM role_assignments WHERE scope = ?', scope);
    else this.db.run('DELETE FROM role_assignments WHERE scope = ? AND principal_id = ?', scope, principalId);
  }

  // Recycle bin

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
