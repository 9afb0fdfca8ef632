/**
 * The SQLite file behind the local site: schema, durability settings and transactions.
 *
 * Durability: WAL journal with synchronous=FULL, so every committed transaction is fsynced before
 * the HTTP response that acknowledges it is written. A crash (or kill -9) mid-write loses only the
 * transaction that had not committed, which no client was told about.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { SQLInputValue, StatementSync } from 'node:sqlite';

const SCHEMA_VERSION = '1';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS lists (
  id TEXT PRIMARY KEY,
  title_key TEXT NOT NULL UNIQUE,
  data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS fields (
  list_id TEXT NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
  name_key TEXT NOT NULL,
  ordinal INTEGER NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (list_id, name_key)
);
CREATE TABLE IF NOT EXISTS items (
  list_id TEXT NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
  id INTEGER NOT NULL,
  version INTEGER NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (list_id, id)
);
CREATE TABLE IF NOT EXISTS unique_values (
  list_id TEXT NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
  field_key TEXT NOT NULL,
  value_key TEXT NOT NULL,
  item_id INTEGER NOT NULL,
  PRIMARY KEY (list_id, field_key, value_key)
);
CREATE INDEX IF NOT EXISTS unique_values_by_item ON unique_values (list_id, item_id);
CREATE TABLE IF NOT EXISTS changes (
  change_number INTEGER PRIMARY KEY AUTOINCREMENT,
  list_id TEXT NOT NULL,
  item_id INTEGER NOT NULL,
  item_unique_id TEXT NOT NULL,
  change_type INTEGER NOT NULL,
  time TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS changes_by_list ON changes (list_id, change_number);
CREATE TABLE IF NOT EXISTS role_assignments (
  scope TEXT NOT NULL,
  principal_id INTEGER NOT NULL,
  role_definition_id INTEGER NOT NULL,
  PRIMARY KEY (scope, principal_id, role_definition_id)
);
CREATE TABLE IF NOT EXISTS recycle_bin (
  id TEXT PRIMARY KEY,
  list_id TEXT NOT NULL,
  item_id INTEGER NOT NULL,
  data TEXT NOT NULL,
  deleted_by INTEGER NOT NULL,
  deleted_at TEXT NOT NULL
);
`;

export class Database {
  private readonly db: DatabaseSync;
  private readonly statements = new Map<string, StatementSync>();
  private transactionDepth = 0;

  /** Opens (creating if needed) the file, or an in-memory database when `file` is undefined. */
  constructor(file: string | undefined) {
    if (file !== undefined) mkdirSync(dirname(file), { recursive: true });
    this.db = new DatabaseSync(file ?? ':memory:');
    this.db.exec('PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;');
    if (file !== undefined) this.db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;');
    this.db.exec(SCHEMA);
    this.run('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)', 'schemaVersion', SCHEMA_VERSION);
  }

  private statement(sql: string): StatementSync {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  run(sql: string, ...params: SQLInputValue[]): number {
    return Number(this.statement(sql).run(...params).changes);
  }

  get<Row>(sql: string, ...params: SQLInputValue[]): Row | undefined {
    return this.statement(sql).get(...params) as Row | undefined;
  }

  all<Row>(sql: string, ...params: SQLInputValue[]): Row[] {
    return this.statement(sql).all(...params) as Row[];
  }

  /** Runs `work` in one transaction; nested calls join the outer one. Throwing rolls everything back. */
  transaction<T>(work: () => T): T {
    if (this.transactionDepth > 0) return work();
    this.db.exec('BEGIN IMMEDIATE');
    this.transactionDepth = 1;
    try {
      const result = work();
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    } finally {
      this.transactionDepth = 0;
    }
  }

  close(): void {
    this.db.close();
  }
}
