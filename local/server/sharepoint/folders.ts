/**
 * Folders in lists, as SharePoint keeps them: a folder is an item (FSObjType 1, content type Folder) whose
 * FileRef is its server-relative URL; every item records where it is (FileDirRef), its own name (FileLeafRef:
 * `<id>_.000` for a list item) and its URL (FileRef). A list's root folder is the list's own URL
 * (`/sites/mr/Lists/<name>`); it has no item.
 */
import { fileNotFound, folderExists, invalidArgument, invalidFolderName } from '../errors.ts';
import type { ItemRecord, ListRecord } from '../store/records.ts';
import type { SiteStore } from '../store/siteStore.ts';
import { SITE_PATH } from './sitePath.ts';

/** Characters SharePoint does not allow in a folder or list URL segment. */
const INVALID_URL_CHARACTERS = /["*:<>?/\\|#%~&{}]/;
const ALL_INVALID_URL_CHARACTERS = /["*:<>?/\\|#%~&{}]/g;

/** What folders need of the site: its store (not the Site itself, which builds on this module when it upgrades a file). */
interface SiteData {
  readonly store: SiteStore;
}

export const FOLDER_OBJECT_TYPE = 1;
export const ITEM_OBJECT_TYPE = 0;

/** A new list's web-relative URL: Lists/ and its title without the characters a URL cannot hold. */
export function defaultListUrl(title: string): string {
  const name = title.replace(ALL_INVALID_URL_CHARACTERS, '').replace(/^[\s.]+|[\s.]+$/g, '');
  return `Lists/${name === '' ? 'List' : name}`;
}

/** The list's root folder: its server-relative URL. */
export function listRootPath(list: ListRecord): string {
  return `${SITE_PATH}/${list.url ?? defaultListUrl(list.title)}`;
}

/** A folder path as SharePoint takes it (server-relative, web-relative or absolute URL), as a server-relative URL without a trailing slash. */
export function serverRelativePath(path: string): string {
  let value = path.trim();
  if (/^https?:\/\//i.test(value)) value = decodeURIComponent(new URL(value).pathname);
  value = value.replace(/\/+$/, '');
  return value.startsWith('/') ? value : `${SITE_PATH}/${value}`;
}

function sameText(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Where a folder is: its URL as stored and its item (none for the root folder). */
export interface FolderLocation {
  path: string;
  itemId?: number;
}

/** The folder of `list` at a server-relative path, or undefined when there is none. */
export function findFolder(site: SiteData, list: ListRecord, path: string): FolderLocation | undefined {
  const root = listRootPath(list);
  if (sameText(path, root)) return { path: root };
  const row = site.store.folders.byPath(list.id, path);
  if (!row) return undefined;
  const item = site.store.items.get(list.id, row.itemId);
  return item && { path: String(item.values.FileRef), itemId: item.id };
}

export function requireFolder(site: SiteData, list: ListRecord, path: string): FolderLocation {
  const folder = findFolder(site, list, serverRelativePath(path));
  if (!folder) throw fileNotFound();
  return folder;
}

/** The folder a path names, among all lists of the site (getFolderByServerRelativePath). */
export function folderAnywhere(site: SiteData, path: string): { list: ListRecord; folder: FolderLocation } {
  const wanted = serverRelativePath(path);
  for (const list of site.store.lists.all()) {
    const root = listRootPath(list);
    if (!sameText(wanted, root) && !wanted.toLowerCase().startsWith(`${root.toLowerCase()}/`)) continue;
    const folder = findFolder(site, list, wanted);
    if (folder) return { list, folder };
  }
  throw fileNotFound();
}

/** The values that place an item: in `parentPath`, named `leafName` (a list item: `<id>_.000`). */
export function placeValues(parentPath: string, leafName: string, isFolder: boolean): Record<string, unknown> {
  return { FileDirRef: parentPath, FileLeafRef: leafName, FileRef: `${parentPath}/${leafName}`, FSObjType: isFolder ? FOLDER_OBJECT_TYPE : ITEM_OBJECT_TYPE };
}

export function itemLeafName(id: number): string {
  return `${id}_.000`;
}

export function isFolderItem(item: ItemRecord): boolean {
  return item.values.FSObjType === FOLDER_OBJECT_TYPE;
}

/** The folder an item is in (its FileDirRef); items from before folders existed are in the root folder. */
export function parentPathOf(list: ListRecord, item: ItemRecord): string {
  return typeof item.values.FileDirRef === 'string' ? item.values.FileDirRef : listRootPath(list);
}

/** Checks a new folder's name and that nothing in its parent has it yet. */
export function assertFolderCanBeAdded(site: SiteData, list: ListRecord, parentPath: string, name: string): void {
  if (name.trim() === '' || INVALID_URL_CHARACTERS.test(name) || name.startsWith('.') || name.endsWith('.')) throw invalidFolderName(name);
  const path = `${parentPath}/${name}`;
  if (findFolder(site, list, path)) throw folderExists(path);
}

/** A list item's file (`<folder>/<id>_.000`) by its server-relative URL, among all lists of the site. */
export function itemFileAnywhere(site: SiteData, path: string): { list: ListRecord; item: ItemRecord } {
  const wanted = serverRelativePath(path);
  const match = /^(.*)\/(\d+)_\.000$/.exec(wanted);
  if (match) {
    for (const list of site.store.lists.all()) {
      if (!wanted.toLowerCase().startsWith(`${listRootPath(list).toLowerCase()}/`)) continue;
      const item = site.store.items.get(list.id, Number(match[2]));
      if (item && !isFolderItem(item) && sameText(String(item.values.FileRef ?? ''), wanted)) return { list, item };
    }
  }
  throw fileNotFound();
}

/**
 * Moves a list item to another folder of its list, as moving its file does: its id, values, Author and
 * Created stay; its place changes, and Editor and Modified become the mover's unless they are retained.
 */
export function moveItemFile(
  site: SiteData,
  list: ListRecord,
  item: ItemRecord,
  destinationPath: string,
  changes: { editor: number; now: string; retainEditorAndModified: boolean }
): ItemRecord {
  const destination = serverRelativePath(destinationPath);
  const leaf = destination.slice(destination.lastIndexOf('/') + 1);
  if (leaf !== itemLeafName(item.id)) throw invalidArgument(`A list item's file keeps its name, ${itemLeafName(item.id)}.`);
  const folder = requireFolder(site, list, destination.slice(0, destination.lastIndexOf('/')));
  const moved: ItemRecord = {
    ...item,
    values: {
      ...item.values,
      ...placeValues(folder.path, leaf, false),
      ...(changes.retainEditorAndModified ? {} : { Editor: changes.editor, Modified: changes.now }),
    },
  };
  site.store.items.update(list.id, moved);
  return moved;
}
