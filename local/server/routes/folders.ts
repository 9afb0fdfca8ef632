/**
 * Folders: a list's rootFolder, its folders (with addUsingPath), a folder's listItemAllFields (the folder's
 * item, whose security is the folder's) and parentFolder, and the web's getFolderByServerRelativePath /
 * getFolderByServerRelativeUrl.
 */
import { ComplexValue, collectionResponse, entityResponse, voidResponse } from '../odata/model.ts';
import type { Entity } from '../odata/model.ts';
import { projectEntity, queryEntities } from '../odata/queryOptions.ts';
import { keyArgument } from '../odata/segments.ts';
import type { Segment } from '../odata/segments.ts';
import { findFolder, folderAnywhere, listRootPath, requireFolder, serverRelativePath } from '../sharepoint/folders.ts';
import type { FolderLocation } from '../sharepoint/folders.ts';
import { addItems, getItem } from '../sharepoint/items.ts';
import { listById } from '../sharepoint/lists.ts';
import type { ListRecord } from '../store/records.ts';
import type { ApiContext } from './context.ts';
import { entityResource } from './resource.ts';
import type { Resource } from './resource.ts';
import { itemResource } from './items.ts';
import type { ListLookup } from './items.ts';

const FOLDERS_METADATA = 'SP.ApiData.Folders';

/** A folder's path, worked out again for each request. */
type FolderLookup = (context: ApiContext) => FolderLocation;

function leafOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function parentOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/'));
}

function folderEntity(context: ApiContext, list: ListRecord, folder: FolderLocation): Entity {
  const item = folder.itemId === undefined ? undefined : getItem(context.site, list, folder.itemId);
  const created = String(item?.values.Created ?? list.created);
  return {
    type: 'SP.Folder',
    ...context.addressOf(`Web/GetFolderByServerRelativePath(decodedUrl='${encodeURIComponent(folder.path.replace(/'/g, "''"))}')`),
    props: {
      Exists: true,
      IsWOPIEnabled: false,
      Name: leafOf(folder.path),
      ProgID: null,
      ServerRelativePath: new ComplexValue('SP.ResourcePath', { DecodedUrl: folder.path }),
      ServerRelativeUrl: folder.path,
      TimeCreated: created,
      TimeLastModified: String(item?.values.Modified ?? list.lastItemModifiedDate),
      UniqueId: String(item?.values.GUID ?? list.id),
      WelcomePage: '',
    },
    // Counting means reading the folder's items, so it is worked out only when asked for.
    onDemand: { ItemCount: () => context.site.store.items.countIn(list.id, folder.path) },
  };
}

/** The folders directly inside a folder: read, get one by name, add one by addUsingPath. */
function foldersCollection(lookup: ListLookup, parent: FolderLookup): Resource {
  return {
    get: (context) => {
      const list = lookup(context);
      context.require('ViewListItems', list);
      const path = parent(context).path;
      const folders = context.site.store.folders.childrenOf(list.id, path).map((id) => ({ path: String(getItem(context.site, list, id).values.FileRef), itemId: id }));
      const entities = queryEntities(folders.map((folder) => folderEntity(context, list, folder)), context.options);
      return collectionResponse(entities.map((entity) => projectEntity(entity, context.options.select)), FOLDERS_METADATA);
    },
    child: (segment) => {
      const key = keyArgument(segment);
      if (segment.name === 'addusingpath') return addUsingPathResource(lookup, parent, segment);
      if ((segment.name === 'folders' || segment.name === 'getbyurl') && typeof key === 'string') {
        return folderResource(lookup, (context) => requireFolder(context.site, lookup(context), `${parent(context).path}/${key}`));
      }
      return undefined;
    },
  };
}

/**
 * folders/addUsingPath(DecodedUrl='…', overwrite=…): a folder by its name in this folder, or by its
 * server-relative URL in the same list. Needs the right to add items in the folder it goes in. One that
 * exists is returned with overwrite=true and refused without.
 */
function addUsingPathResource(lookup: ListLookup, parent: FolderLookup, segment: Segment): Resource {
  return {
    post: (context) => {
      const list = lookup(context);
      const requested = String(segment.named.get('decodedurl') ?? keyArgument(segment) ?? '');
      const full = requested.startsWith('/') || /^https?:/i.test(requested) ? serverRelativePath(requested) : `${parent(context).path}/${requested.replace(/\/+$/, '')}`;
      const existing = findFolder(context.site, list, full);
      const inFolder = requireFolder(context.site, list, parentOf(full));
      context.permissions.requireInFolder('AddListItems', list, inFolder.path);
      if (existing && segment.named.get('overwrite') === true) return entityResponse(folderEntity(context, list, existing), `${FOLDERS_METADATA}/@Element`);
      const [item] = addItems(context.site, list, context.user, [{ body: {}, folderPath: inFolder.path, folderName: leafOf(full) }]);
      return entityResponse(folderEntity(context, list, { path: String(item.values.FileRef), itemId: item.id }), `${FOLDERS_METADATA}/@Element`);
    },
  };
}

export function folderResource(lookup: ListLookup, folderOf: (context: ApiContext) => FolderLocation | string): Resource {
  const folder: FolderLookup = (context) => {
    const found = folderOf(context);
    return typeof found === 'string' ? requireFolder(context.site, lookup(context), found) : found;
  };
  return entityResource({
    metadata: `${FOLDERS_METADATA}/@Element`,
    authorizeRead: (context) => context.require('ViewListItems', lookup(context)),
    entity: (context) => folderEntity(context, lookup(context), folder(context)),
    children: (segment, context) => {
      switch (segment.name) {
        case 'folders':
          return keyArgument(segment) === undefined ? foldersCollection(lookup, folder) : foldersCollection(lookup, folder).child!(segment, context);
        case 'parentfolder':
          return folderResource(lookup, (request) => {
            const path = folder(request).path;
            return path.toLowerCase() === listRootPath(lookup(request)).toLowerCase() ? path : parentOf(path);
          });
        case 'listitemallfields': {
          const itemId = folder(context).itemId;
          // The root folder has no item: SharePoint answers null.
          return itemId === undefined ? { get: () => voidResponse('ListItemAllFields') } : itemResource(lookup, itemId);
        }
        default:
          return undefined;
      }
    },
  });
}

/** The web's getFolderByServerRelativePath(decodedUrl='…') and getFolderByServerRelativeUrl('…'). */
export function folderChildren(segment: Segment): Resource | undefined {
  if (segment.name !== 'getfolderbyserverrelativepath' && segment.name !== 'getfolderbyserverrelativeurl') return undefined;
  const path = String(segment.named.get('decodedurl') ?? keyArgument(segment) ?? '');
  const located = (context: ApiContext) => folderAnywhere(context.site, path);
  return folderResource((context) => listById(context.site, located(context).list.id), (context) => located(context).folder);
}
