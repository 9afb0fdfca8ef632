/**
 * The site's rows, one store per concern (lists, fields, items, the column index and unique keys, the change
 * log, role assignments, site group membership and site users, folders) over one SQLite database, plus the site's own settings (meta) and transactions.
 */
import { ChangeLog } from './changeLog.ts';
import { Database } from './database.ts';
import { FieldStore } from './fieldStore.ts';
import { FolderStore } from './folderStore.ts';
import { IndexStore } from './indexStore.ts';
import { ItemStore } from './itemStore.ts';
import { ListStore } from './listStore.ts';
import { MembershipStore } from './membershipStore.ts';
import { RoleAssignmentStore } from './roleAssignmentStore.ts';

export class SiteStore {
  private readonly db: Database;
  readonly lists: ListStore;
  readonly fields: FieldStore;
  readonly items: ItemStore;
  readonly indexes: IndexStore;
  readonly changes: ChangeLog;
  readonly roleAssignments: RoleAssignmentStore;
  readonly membership: MembershipStore;
  readonly folders: FolderStore;

  constructor(file: string | undefined) {
    this.db = new Database(file);
    this.indexes = new IndexStore(this.db);
    this.fields = new FieldStore(this.db, this.indexes);
    this.items = new ItemStore(this.db, this.indexes);
    this.roleAssignments = new RoleAssignmentStore(this.db);
    this.lists = new ListStore(this.db, this.fields, this.roleAssignments);
    this.changes = new ChangeLog(this.db);
    this.membership = new MembershipStore(this.db);
    this.folders = new FolderStore(this.db);
  }

  /** The schema version the file had when opened, when it was older than this code's (see Database's schema versions). */
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
      this.fields.forget();
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
}
