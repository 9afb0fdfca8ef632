/**
 * The one site the local SharePoint serves (/sites/mr): its identity, its store and its clock.
 * Identity and the form-digest secret live in the store, so they survive restarts; a file from an older
 * schema gets its column index built, and its site groups' members, when it is opened.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { WEB_SCOPE } from '../store/records.ts';
import type { SiteStore } from '../store/siteStore.ts';
import { rebuildAllColumnIndexes } from './columnIndex.ts';
import { initialGroupMembers, LOCAL_USERS, SITE_GROUPS } from './directory.ts';
import { builtInFields } from './fields.ts';
import { itemLeafName, listRootPath, placeValues } from './folders.ts';

export { SITE_PATH } from './sitePath.ts';
export const SITE_TITLE = 'MR-programmet';
/** Swedish, as the City of Stockholm's sites are. */
export const SITE_LANGUAGE = 1053;

/** SharePoint's timestamps: ISO 8601 in UTC without milliseconds. */
export function sharePointTime(date: Date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Lists from before folders: the built-in fields they lack, and each item's place in the list's root folder. */
function addFolderColumns(store: SiteStore): void {
  for (const list of store.lists.all()) {
    const existing = new Set(store.fields.of(list.id).map((field) => field.internalName));
    for (const field of builtInFields()) if (!existing.has(field.internalName)) store.fields.insert(list.id, field);
    for (const item of store.items.select(list.id, {})) {
      if (item.values.FileDirRef !== undefined) continue;
      store.items.update(list.id, { ...item, values: { ...item.values, ...placeValues(listRootPath(list), itemLeafName(item.id), false) } });
    }
  }
}

/** The site's users (every person of the directory) and its groups' starting members. */
function addDirectoryMembers(store: SiteStore): void {
  for (const user of LOCAL_USERS) store.membership.addSiteUser(user.id);
  for (const group of SITE_GROUPS) for (const id of initialGroupMembers(group.id)) store.membership.addMember(group.id, id);
}

export class Site {
  readonly store: SiteStore;
  readonly siteId: string;
  readonly webId: string;
  readonly created: string;
  readonly digestSecret: string;

  constructor(store: SiteStore) {
    this.store = store;
    const identity = store.transaction(() => {
      const metaValue = (key: string, create: () => string): string => {
        const existing = store.meta(key);
        if (existing !== undefined) return existing;
        const value = create();
        store.setMeta(key, value);
        return value;
      };
      const isNew = store.meta('siteId') === undefined;
      const values = {
        siteId: metaValue('siteId', randomUUID),
        webId: metaValue('webId', randomUUID),
        created: metaValue('created', () => sharePointTime()),
        digestSecret: metaValue('digestSecret', () => randomBytes(32).toString('hex')),
      };
      if (isNew) {
        for (const group of SITE_GROUPS) {
          store.roleAssignments.add(WEB_SCOPE, { principalId: group.id, roleDefinitionId: group.defaultRoleDefinitionId });
        }
        addDirectoryMembers(store);
      }
      return values;
    });
    this.siteId = identity.siteId;
    this.webId = identity.webId;
    this.created = identity.created;
    this.digestSecret = identity.digestSecret;
    const from = store.upgradedFrom;
    if (from !== undefined) {
      store.transaction(() => {
        if (Number(from) < 2) rebuildAllColumnIndexes(store);
        if (Number(from) < 3) {
          addDirectoryMembers(store);
          addFolderColumns(store);
        }
        store.markUpgraded();
      });
    }
  }
}
