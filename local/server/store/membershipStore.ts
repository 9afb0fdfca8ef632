/** Site group membership and the site's user information list, by principal id (the directory knows who each is). */
import type { Database } from './database.ts';

export class MembershipStore {
  private readonly db: Database;

  constructor(db: Database) {
    this.db = db;
  }

  membersOf(groupId: number): number[] {
    return this.db.all<{ id: number }>('SELECT principal_id AS id FROM site_group_members WHERE group_id = ? ORDER BY principal_id', groupId).map((row) => row.id);
  }

  /** The site groups any of `principalIds` is a member of. */
  groupsOf(principalIds: readonly number[]): number[] {
    if (principalIds.length === 0) return [];
    const placeholders = principalIds.map(() => '?').join(', ');
    return this.db
      .all<{ id: number }>(`SELECT DISTINCT group_id AS id FROM site_group_members WHERE principal_id IN (${placeholders}) ORDER BY group_id`, ...principalIds)
      .map((row) => row.id);
  }

  addMember(groupId: number, principalId: number): void {
    this.db.run('INSERT OR IGNORE INTO site_group_members (group_id, principal_id) VALUES (?, ?)', groupId, principalId);
  }

  /** Returns whether the principal was a member. */
  removeMember(groupId: number, principalId: number): boolean {
    return this.db.run('DELETE FROM site_group_members WHERE group_id = ? AND principal_id = ?', groupId, principalId) > 0;
  }

  siteUserIds(): number[] {
    return this.db.all<{ id: number }>('SELECT principal_id AS id FROM site_users ORDER BY principal_id').map((row) => row.id);
  }

  isSiteUser(principalId: number): boolean {
    return this.db.get<{ id: number }>('SELECT principal_id AS id FROM site_users WHERE principal_id = ?', principalId) !== undefined;
  }

  addSiteUser(principalId: number): void {
    this.db.run('INSERT OR IGNORE INTO site_users (principal_id) VALUES (?)', principalId);
  }
}
