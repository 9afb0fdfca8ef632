/**
 * The site's value indexes: the column index (item_index: the values of indexed columns, as filters compare
 * them) and the unique-value keys (unique_values) of columns that enforce unique values.
 */
import type { SQLInputValue } from 'node:sqlite';
import { isUniqueViolation } from './database.ts';
import type { Database } from './database.ts';
import type { ColumnSelection, IndexEntry, RangeCondition, RangeOperator, UniqueKey } from './records.ts';

const SQL_OPERATORS: Readonly<Record<RangeOperator, string>> = { eq: '=', lt: '<', le: '<=', gt: '>', ge: '>=' };

export function conditionsSql(column: string, conditions: readonly RangeCondition[]): string[] {
  return conditions.map(({ operator }) => `${column} ${SQL_OPERATORS[operator]} ?`);
}

/** The WHERE clause on the column index for a column selection (and ID conditions on its entries). */
export function indexWhere(listId: string, column: ColumnSelection, ids: readonly RangeCondition[]): { where: string; params: SQLInputValue[] } {
  const clauses = ['list_id = ?', 'field_key = ?', ...conditionsSql('value', column.conditions), ...conditionsSql('item_id', ids)];
  const params = [listId, column.field.toLowerCase(), ...[...column.conditions, ...ids].map(({ value }) => value)];
  return { where: clauses.join(' AND '), params };
}

export class IndexStore {
  private readonly db: Database;

  constructor(db: Database) {
    this.db = db;
  }

  /** Sets an item's values in the column index; `isNew` skips removing entries a new item cannot have. */
  replaceEntries(listId: string, itemId: number, entries: readonly IndexEntry[], isNew: boolean): void {
    if (!isNew) this.db.run('DELETE FROM item_index WHERE list_id = ? AND item_id = ?', listId, itemId);
    for (const { field, value } of entries) this.insertEntry(listId, field, value, itemId);
  }

  /** Replaces one column's values in the column index, for every item of the list. */
  replaceColumn(listId: string, field: string, entries: readonly { itemId: number; value: number | string }[]): void {
    this.db.run('DELETE FROM item_index WHERE list_id = ? AND field_key = ?', listId, field.toLowerCase());
    for (const { itemId, value } of entries) this.insertEntry(listId, field, value, itemId);
  }

  private insertEntry(listId: string, field: string, value: number | string, itemId: number): void {
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

  /** Drops a deleted item's entries and keys. */
  forgetItem(listId: string, itemId: number): void {
    this.db.run('DELETE FROM unique_values WHERE list_id = ? AND item_id = ?', listId, itemId);
    this.db.run('DELETE FROM item_index WHERE list_id = ? AND item_id = ?', listId, itemId);
  }

  /** Drops a deleted column's entries and keys. */
  forgetField(listId: string, internalName: string): void {
    this.db.run('DELETE FROM unique_values WHERE list_id = ? AND field_key = ?', listId, internalName.toLowerCase());
    this.db.run('DELETE FROM item_index WHERE list_id = ? AND field_key = ?', listId, internalName.toLowerCase());
  }
}
