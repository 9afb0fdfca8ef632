/** The site's change log: item changes numbered in order, which list change tokens point into. */
import type { Database } from './database.ts';
import type { ChangeRecord } from './records.ts';

export class ChangeLog {
  private readonly db: Database;

  constructor(db: Database) {
    this.db = db;
  }

  append(change: Omit<ChangeRecord, 'changeNumber'>): number {
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
  between(listId: string, afterChangeNumber: number, upToChangeNumber: number): ChangeRecord[] {
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
  firstNumberSince(time: string): number {
    return this.db.get<{ n: number | null }>('SELECT MIN(change_number) AS n FROM changes WHERE time >= ?', time)?.n ?? this.lastNumber() + 1;
  }

  lastNumber(): number {
    return this.db.get<{ n: number | null }>('SELECT MAX(change_number) AS n FROM changes')?.n ?? 0;
  }
}
