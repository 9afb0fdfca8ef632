/**
 * The SQLite file behind the local site: schema, durability settings and transactions.
 *
 * Durability: WAL journal with synchronous=FULL, so every committed transaction is fsynced before
 * the HTTP response that acknowledges it is written. A crash (or kill -9) mid-write loses only the
 * transaction that had not committed, which no client was told about.
 *
 * Schema versions: 1 had no column index; 2 adds `item_index`, which the site rebuilds from the items
 * when it opens a version-1 file; 3 adds site group membership and the site's users (filled with the
 * directory's starting members), folders and item-level permissions (older items are given their place in
 * the list's root folder) when it opens an older file (see Database.upgradedFrom).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { SQLInputValue, StatementSync } from 'node:sqlite';

const SCHEMA_VERSION = '3';

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
-- The values of indexed columns, one row per item and distinct value, as filters compare them (text
-- lower-cased, dates in epoch ms, yes/no as 1/0): SharePoint keeps indexed columns in a name-value table
-- beside the item rows in the same way, which is why only indexed columns can narrow a large list.
CREATE TABLE IF NOT EXISTS item_index (
  list_id TEXT NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
  field_key TEXT NOT NULL,
  value ANY NOT NULL,
  item_id INTEGER NOT NULL,
  PRIMARY KEY (list_id, field_key, value, item_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS item_index_by_item ON item_index (list_id, item_id);
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
-- Who is in each site group (people and group claims), and which principals the site's user information
-- list holds (people from the start, Microsoft 365 group claims once ensured).
CREATE TABLE IF NOT EXISTS site_group_members (
  group_id INTEGER NOT NULL,
  principal_id INTEGER NOT NULL,
  PRIMARY KEY (group_id, principal_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS site_users (
  principal_id INTEGER PRIMARY KEY
);
-- The folders of each list, by lower-cased server-relative URL, with the item each one is.
CREATE TABLE IF NOT EXISTS folders (
  list_id TEXT NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
  path_key TEXT NOT NULL,
  parent_key TEXT NOT NULL,
  item_id INTEGER NOT NULL,
  PRIMARY KEY (list_id, path_key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS folders_by_parent ON folders (list_id, parent_key);
-- Items and folders that have their own role assignments (stored under the scope '<list id>/<item id>').
CREATE TABLE IF NOT EXISTS unique_item_scopes (
  list_id TEXT NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
  item_id INTEGER NOT NULL,
  PRIMARY KEY (list_id, item_id)
) WITHOUT ROWID;
-- Earlier versions of items in lists with versioning on (each write's values), for items(n)/versions.
-- A file from before this table simply has no earlier versions: an item's current version is the item itself.
CREATE TABLE IF NOT EXISTS item_versions (
  list_id TEXT NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
  item_id INTEGER NOT NULL,
  version INTEGER NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (list_id, item_id, version)
) WITHOUT ROWID;
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
  /** The schema version the file had when opened, when it was older than this code's: the caller upgrades its rows, then calls markUpgraded. */
  readonly upgradedFrom: string | undefined;

  /** Opens (creating if needed) the file, or an in-memory database when `file` is undefined. */
  constructor(file: string | undefined) {
    if (file !== undefined) mkdirSync(dirname(file), { recursive: true });
    this.db = new DatabaseSync(file ?? ':memory:');
    this.db.exec('PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;');
    if (file !== undefined) this.db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;');
    this.db.exec(SCHEMA);
    this.run('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)', 'schemaVersion', SCHEMA_VERSION);
    const stored = this.get<{ value: string }>("SELECT value FROM meta WHERE key = 'schemaVersion'")?.value;
    this.upgradedFrom = stored !== SCHEMA_VERSION ? stored : undefined;
  }

  /** Records that the rows now fit this code's schema; called once the upgrade's work has been done. */
  markUpgraded(): void {
    this.run("UPDATE meta SET value = ? WHERE key = 'schemaVersion'", SCHEMA_VERSION);
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

  /** Runs an INSERT and returns the new row's rowid (an INTEGER PRIMARY KEY column's value). */
  insert(sql: string, ...params: SQLInputValue[]): number {
    return Number(this.statement(sql).run(...params).lastInsertRowid);
  }

  get<Row>(sql: string, ...params: SQLInputValue[]): Row | undefined {
    return this.statement(sql).get(...params) as Row | undefined;
  }

  all<Row>(sql: string, ...params: SQLInputValue[]): Row[] {
    return this.statement(sql).all(...params) as Row[];
  }

  /**
   * Runs `work` in one transaction. A nested call runs in a savepoint inside it: throwing undoes only
   * the nested work, so one failed operation of a $batch leaves the others standing.
   */
  transaction<T>(work: () => T): T {
    const savepoint = this.transactionDepth > 0 ? `nested_${this.transactionDepth}` : undefined;
    this.db.exec(savepoint ? `SAVEPOINT ${savepoint}` : 'BEGIN IMMEDIATE');
    this.transactionDepth += 1;
    try {
      const result = work();
      this.db.exec(savepoint ? `RELEASE ${savepoint}` : 'COMMIT');
      return result;
    } catch (error) {
      this.db.exec(savepoint ? `ROLLBACK TO ${savepoint}; RELEASE ${savepoint}` : 'ROLLBACK');
      throw error;
    } finally {
      this.transactionDepth -= 1;
    }
  }

  close(): void {
    this.db.close();
  }
}

/** SQLITE_CONSTRAINT_UNIQUE or SQLITE_CONSTRAINT_PRIMARYKEY (checked by code: the error may come from another realm). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { errcode?: number } | null)?.errcode;
  return code === 2067 || code === 1555;
}
