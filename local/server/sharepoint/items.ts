/**
 * List item writes: add (into the root folder or a folder; folders too), update (MERGE with IF-Match), delete
 * and recycle. Each runs in one transaction that also maintains the unique-value index, the column index,
 * the folders, the list's counters and the change log.
 */
import { randomUUID } from 'node:crypto';
import { duplicateValues, etagMismatch, itemNotFound } from '../errors.ts';
import type { ItemRecord, ListRecord } from '../store/records.ts';
import { ChangeType } from './changes.ts';
import { saveIndexEntries } from './columnIndex.ts';
import type { LocalUser } from './directory.ts';
import { assertFolderCanBeAdded, isFolderItem, itemLeafName, listRootPath, moveItemFile, placeValues, requireFolder } from './folders.ts';
import { defaultValues, restBodyReader, uniqueKeysOf } from './itemValues.ts';
import { sharePointTime } from './site.ts';
import type { Site } from './site.ts';

export function itemEtag(item: ItemRecord): string {
  return `"${item.version}"`;
}

export function itemTypeName(list: ListRecord): string {
  return `SP.Data.${list.entityTypeName}Item`;
}

/** An IF-Match header matches when absent, `*`, or equal to the current ETag (weak or strong). */
export function assertEtagMatches(ifMatch: string | undefined, currentEtag: string): void {
  if (ifMatch === undefined || ifMatch.trim() === '*') return;
  const bare = (etag: string): string => etag.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
  if (bare(ifMatch) !== bare(currentEtag)) throw etagMismatch(ifMatch, currentEtag);
}

function saveUniqueKeys(site: Site, list: ListRecord, item: ItemRecord, isNew: boolean): void {
  const conflicts = site.store.indexes.replaceUniqueKeys(list.id, item.id, uniqueKeysOf(site.store.fields.of(list.id), item.values), isNew);
  if (conflicts.length > 0) throw duplicateValues(conflicts);
}

/** The item's entries in the unique-value and column indexes, checked and written. */
function saveIndexes(site: Site, list: ListRecord, item: ItemRecord, isNew: boolean): void {
  saveUniqueKeys(site, list, item, isNew);
  saveIndexEntries(site.store, list, item, isNew);
}

function logChange(site: Site, list: ListRecord, item: ItemRecord, changeType: number, time: string): void {
  site.store.changes.append({ listId: list.id, itemId: item.id, itemUniqueId: String(item.values.GUID), changeType, time });
}

/** With the list's versioning on (EnableVersioning, as a new custom list has it), each write's values are kept as a version. */
function keepVersion(site: Site, list: ListRecord, item: ItemRecord): void {
  const { EnableVersioning, MajorVersionLimit } = currentList(site, list).settings;
  if (EnableVersioning === false) return;
  site.store.items.saveVersion(list.id, item, typeof MajorVersionLimit === 'number' && MajorVersionLimit > 0 ? MajorVersionLimit : Number.MAX_SAFE_INTEGER);
}

/** The item's versions, newest first: the current one, then the kept earlier ones (an item written before versions were kept has its current one only). */
export function itemVersions(site: Site, list: ListRecord, item: ItemRecord): ItemRecord[] {
  return [item, ...site.store.items.versions(list.id, item.id).filter((version) => version.version < item.version)];
}

/** The list as stored now: counters may have moved since the caller read it. */
function currentList(site: Site, list: ListRecord): ListRecord {
  return site.store.lists.byId(list.id) ?? list;
}

/** An item to add: its REST body, values already converted (form values), and where it goes. */
export interface NewItem {
  body: Record<string, unknown>;
  /** Stored values set on top of the body's, e.g. from validated form values; may name Author, Editor, Created, Modified. */
  values?: Record<string, unknown>;
  /** The folder it goes in (server-relative URL); the list's root folder when absent. */
  folderPath?: string;
  /** Adds a folder of this name instead of an item. */
  folderName?: string;
}

/**
 * Adds items with consecutive ids in one transaction, each exactly as a REST add would: the same
 * validation, unique-value check, column index, change log entry and ETag. Any failure adds none.
 */
export function addItems(site: Site, list: ListRecord, user: LocalUser, newItems: readonly NewItem[]): ItemRecord[] {
  return site.store.transaction(() => {
    const stored = currentList(site, list);
    const fields = site.store.fields.of(list.id);
    const defaults = defaultValues(fields);
    const readBody = restBodyReader(fields, itemTypeName(list));
    const listHex = list.id.replace(/-/g, '').toUpperCase();
    const now = sharePointTime();
    const folderPaths = new Map<string, string>();
    const folderOf = (path: string): string => {
      if (!folderPaths.has(path)) folderPaths.set(path, requireFolder(site, list, path).path);
      return folderPaths.get(path)!;
    };
    const items = newItems.map((newItem, index): ItemRecord => {
      const id = stored.nextItemId + index;
      const parentPath = newItem.folderPath === undefined ? listRootPath(list) : folderOf(newItem.folderPath);
      const { folderName } = newItem;
      if (folderName !== undefined) assertFolderCanBeAdded(site, list, parentPath, folderName);
      const given = newItem.values ?? {};
      const item: ItemRecord = {
        id,
        version: 1,
        values: {
          ...defaults,
          ...(folderName === undefined ? {} : { Title: folderName }),
          ...readBody(newItem.body),
          ...given,
          ContentTypeId: folderName === undefined ? `0x0100${listHex}` : `0x012000${listHex}`,
          Created: given.Created ?? now,
          Modified: given.Modified ?? now,
          Author: given.Author ?? user.id,
          Editor: given.Editor ?? user.id,
          GUID: randomUUID(),
          ...placeValues(parentPath, folderName ?? itemLeafName(id), folderName !== undefined),
        },
      };
      site.store.items.insert(list.id, item);
      if (folderName !== undefined) site.store.folders.add(list.id, String(item.values.FileRef), parentPath, id);
      saveIndexes(site, list, item, true);
      if (folderName === undefined) keepVersion(site, list, item);
      logChange(site, list, item, ChangeType.Add, now);
      return item;
    });
    site.store.lists.update({ ...stored, nextItemId: stored.nextItemId + items.length, lastItemModifiedDate: now });
    return items;
  });
}

export function addItem(site: Site, list: ListRecord, user: LocalUser, body: Record<string, unknown>): ItemRecord {
  return addItems(site, list, user, [{ body }])[0];
}

export function getItem(site: Site, list: ListRecord, id: number): ItemRecord {
  const item = Number.isInteger(id) ? site.store.items.get(list.id, id) : undefined;
  if (!item) throw itemNotFound();
  return item;
}

export function updateItem(
  site: Site,
  list: ListRecord,
  user: LocalUser,
  id: number,
  body: Record<string, unknown>,
  ifMatch: string | undefined,
  values: Record<string, unknown> = {}
): ItemRecord {
  return site.store.transaction(() => {
    const existing = getItem(site, list, id);
    assertEtagMatches(ifMatch, itemEtag(existing));
    const fields = site.store.fields.of(list.id);
    const now = sharePointTime();
    const item: ItemRecord = {
      id,
      version: existing.version + 1,
      values: { ...existing.values, ...restBodyReader(fields, itemTypeName(list))(body), Modified: now, Editor: user.id, ...values },
    };
    site.store.items.update(list.id, item);
    saveIndexes(site, list, item, false);
    keepVersion(site, list, item);
    site.store.lists.update({ ...currentList(site, list), lastItemModifiedDate: now });
    logChange(site, list, item, ChangeType.Update, now);
    return item;
  });
}

/** Moves an item to another folder of its list (its file's move); logged as a change of the item. */
export function moveItem(site: Site, list: ListRecord, user: LocalUser, item: ItemRecord, destinationPath: string, retainEditorAndModified: boolean): ItemRecord {
  return site.store.transaction(() => {
    const now = sharePointTime();
    const moved = moveItemFile(site, list, item, destinationPath, { editor: user.id, now, retainEditorAndModified });
    site.store.lists.update({ ...currentList(site, list), lastItemModifiedDate: now });
    logChange(site, list, moved, ChangeType.Update, now);
    return moved;
  });
}

/** Removes one item's row, its folder entry and its own permissions, and logs the deletion. */
function forgetItem(site: Site, list: ListRecord, item: ItemRecord, now: string): void {
  site.store.items.delete(list.id, item.id);
  site.store.folders.remove(list.id, item.id);
  site.store.roleAssignments.forgetItemScope(list.id, item.id);
  logChange(site, list, item, ChangeType.DeleteObject, now);
}

/**
 * Deletes an item, or a folder with everything in it; when `recycle` is set it goes to the recycle bin and
 * the bin entry's id is returned.
 */
export function removeItem(
  site: Site,
  list: ListRecord,
  user: LocalUser,
  id: number,
  ifMatch: string | undefined,
  recycle: boolean
): string | undefined {
  return site.store.transaction(() => {
    const item = getItem(site, list, id);
    assertEtagMatches(ifMatch, itemEtag(item));
    const now = sharePointTime();
    if (isFolderItem(item)) {
      for (const insideId of site.store.items.idsInside(list.id, String(item.values.FileRef))) forgetItem(site, list, getItem(site, list, insideId), now);
    }
    forgetItem(site, list, item, now);
    const recycleBinId = recycle ? randomUUID() : undefined;
    if (recycleBinId) site.store.items.addToRecycleBin({ id: recycleBinId, listId: list.id, item, deletedBy: user.id, deletedAt: now });
    site.store.lists.update({ ...currentList(site, list), lastItemDeletedDate: now });
    return recycleBinId;
  });
}
