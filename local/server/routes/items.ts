/**
 * List items: query (from every folder, trimmed to what the person may see, with paging links), add (at the
 * root, or in a folder through AddValidateUpdateItemUsingPath), get by id, update by MERGE with IF-Match or
 * by ValidateUpdateListItem, delete and recycle, and each item's security. Writes are checked against the
 * item's own rights (inherited from its folder), not the list's.
 */
import { accessDenied, itemNotFound } from '../errors.ts';
import { collectionResponse, ComplexValue, deletedResponse, entityResponse, noContentResponse, valueResponse } from '../odata/model.ts';
import type { Entity } from '../odata/model.ts';
import { keyArgument } from '../odata/segments.ts';
import type { Segment } from '../odata/segments.ts';
import type { QueryOptions } from '../odata/queryOptions.ts';
import { listRootPath, requireFolder } from '../sharepoint/folders.ts';
import { convertFormValues, formUpdateValue, readFormValues } from '../sharepoint/formValues.ts';
import { itemProjector } from '../sharepoint/itemProjection.ts';
import type { ItemProjector } from '../sharepoint/itemProjection.ts';
import { queryItems } from '../sharepoint/itemQuery.ts';
import type { PropertyReader } from '../sharepoint/itemValues.ts';
import { addItems, getItem, itemEtag, itemTypeName, itemVersions, removeItem, updateItem } from '../sharepoint/items.ts';
import { referenceIds } from '../sharepoint/columnValues.ts';
import { isReferenceField, valueKindOf } from '../sharepoint/fields.ts';
import type { FieldRecord } from '../sharepoint/fields.ts';
import { userProjection } from '../sharepoint/references.ts';
import type { PermissionName } from '../sharepoint/permissions.ts';
import { SITE_PATH } from '../sharepoint/site.ts';
import type { ItemRecord, ListRecord } from '../store/records.ts';
import type { ApiContext } from './context.ts';
import type { Resource } from './resource.ts';
import { basePermissionsOf, securityChildren } from './security.ts';

/** Looks the list up again for every request, so a batch sees the effects of its earlier parts. */
export type ListLookup = (context: ApiContext) => ListRecord;

const FORM_VALUES_METADATA = 'Collection(SP.ListItemFormUpdateValue)';

function itemsMetadata(list: ListRecord): string {
  return `SP.ListData.${list.entityTypeName}Items`;
}

export function itemEntity(context: ApiContext, list: ListRecord, item: ItemRecord, project: ItemProjector): Entity {
  const path = `Web/Lists(guid'${list.id}')/Items(${item.id})`;
  return {
    type: itemTypeName(list),
    ...context.addressOf(path),
    id: String(item.values.GUID),
    etag: itemEtag(item),
    props: project(item),
  };
}

/** Item properties that depend on who asks; returned only when $select names them, as SharePoint does. */
function securityReaders(context: ApiContext, list: ListRecord): PropertyReader[] {
  return [
    { name: 'EffectiveBasePermissions', byDefault: false, read: (item) => basePermissionsOf(context, context.user, { kind: 'item', list, item }) },
    { name: 'HasUniqueRoleAssignments', byDefault: false, read: (item) => context.permissions.hasUniqueRoleAssignments({ kind: 'item', list, item }) },
  ];
}

export function projectorFor(context: ApiContext, list: ListRecord, options: QueryOptions = context.options): ItemProjector {
  return itemProjector(context.site.store.fields.of(list.id), options, context.references, securityReaders(context, list));
}

/** The odata.nextLink of a page: the same request with the next $skiptoken. */
function nextLink(context: ApiContext, skipToken: string): string {
  const query = new URLSearchParams(context.request.query);
  query.set('$skiptoken', skipToken);
  return `${context.origin}${SITE_PATH}/_api/${context.request.path}?${query.toString()}`;
}

/**
 * The item, once the person may see it: an item hidden from someone who sees the list does not exist for
 * them (404, as security trimming makes it); without even the list, access is denied.
 */
export function visibleItem(context: ApiContext, list: ListRecord, id: number): ItemRecord {
  const item = getItem(context.site, list, id);
  if (context.permissions.has('ViewListItems', { kind: 'item', list, item })) return item;
  if (context.permissions.has('ViewListItems', { kind: 'list', list })) throw itemNotFound();
  throw accessDenied();
}

/** The item, once the person may make this change to it. */
function writableItem(context: ApiContext, list: ListRecord, id: number, permission: PermissionName): ItemRecord {
  const item = visibleItem(context, list, id);
  context.permissions.require(permission, { kind: 'item', list, item });
  return item;
}

/** The answer of the form-value calls: every value with its outcome. */
function formValuesResponse(name: string, results: readonly ComplexValue[]): ReturnType<typeof valueResponse> {
  return valueResponse(name, FORM_VALUES_METADATA, [...results]);
}

function validateUpdateResource(lookup: ListLookup, id: number): Resource {
  return {
    post: (context) => {
      const list = lookup(context);
      writableItem(context, list, id, 'EditListItems');
      const { values, results, failed } = convertFormValues(context.site, context.site.store.fields.of(list.id), readFormValues(context.body.formValues));
      if (!failed) updateItem(context.site, list, context.user, id, {}, undefined, values);
      return formValuesResponse('ValidateUpdateListItem', results);
    },
  };
}

/** SharePoint numbers an item's versions 512 per major version (VersionId), labelled "3.0". */
const VERSION_ID_STEP = 512;

/**
 * One SP.ListItemVersion: VersionId, VersionLabel, IsCurrentVersion, Created (when that version was saved),
 * then each field's value by internal name as that version had it: a people field as SP.FieldUserValue
 * (LookupId, LookupValue, Email), a lookup as SP.FieldLookupValue, as SharePoint's versions endpoint answers.
 */
function versionEntity(context: ApiContext, list: ListRecord, item: ItemRecord, version: ItemRecord): Entity {
  const path = `Web/Lists(guid'${list.id}')/Items(${item.id})/versions(${version.version * VERSION_ID_STEP})`;
  const props: Record<string, unknown> = {
    Created: version.values.Modified ?? null,
    IsCurrentVersion: version.version === item.version,
    VersionId: version.version * VERSION_ID_STEP,
    VersionLabel: `${version.version}.0`,
  };
  const reference = (field: FieldRecord, id: number): ComplexValue | null => {
    if (valueKindOf(field) === 'user') {
      const principal = context.references.principal(id);
      if (!principal) return null;
      const user = userProjection(principal);
      return new ComplexValue('SP.FieldUserValue', { Email: user.EMail, LookupId: id, LookupValue: user.Title });
    }
    const target = context.references.targetItem(field, id);
    const shown = target?.values[field.lookupField ?? 'Title'];
    return new ComplexValue('SP.FieldLookupValue', { LookupId: id, LookupValue: shown === undefined || shown === null ? '' : String(shown) });
  };
  for (const field of context.site.store.fields.of(list.id)) {
    const value = version.values[field.internalName];
    if (!isReferenceField(field)) {
      props[field.internalName] = valueKindOf(field) === 'url' && value ? new ComplexValue('SP.FieldUrlValue', value as Record<string, unknown>) : (value ?? null);
      continue;
    }
    const ids = referenceIds(field, version);
    props[field.internalName] = field.allowMultipleValues ? ids.map((refId) => reference(field, refId)).filter((v) => v !== null) : ids.length > 0 ? reference(field, ids[0]) : null;
  }
  return { type: 'SP.ListItemVersion', ...context.addressOf(path), props };
}

/** item/versions (newest first) and item/versions(VersionId): readable by whoever may see the item. */
function versionsResource(lookup: ListLookup, id: number, versionId: number | undefined): Resource {
  return {
    get: (context) => {
      const list = lookup(context);
      const item = visibleItem(context, list, id);
      const versions = itemVersions(context.site, list, item);
      if (versionId === undefined) {
        return collectionResponse(versions.map((version) => versionEntity(context, list, item, version)), 'Collection(SP.ListItemVersion)');
      }
      const version = versions.find((v) => v.version * VERSION_ID_STEP === versionId);
      if (!version) throw itemNotFound();
      return entityResponse(versionEntity(context, list, item, version), 'SP.ListItemVersion');
    },
  };
}

export function itemResource(lookup: ListLookup, id: number): Resource {
  return {
    get: (context) => {
      const list = lookup(context);
      const entity = itemEntity(context, list, visibleItem(context, list, id), projectorFor(context, list));
      return entityResponse(entity, `${itemsMetadata(list)}/@Element`);
    },
    merge: (context) => {
      const list = lookup(context);
      writableItem(context, list, id, 'EditListItems');
      const item = updateItem(context.site, list, context.user, id, context.body, context.header('if-match'));
      return noContentResponse(itemEtag(item));
    },
    delete: (context) => {
      const list = lookup(context);
      writableItem(context, list, id, 'DeleteListItems');
      removeItem(context.site, list, context.user, id, context.header('if-match'), false);
      return deletedResponse();
    },
    child: (segment, context) => {
      switch (segment.name) {
        case 'recycle':
          return {
            post: (request) => {
              const list = lookup(request);
              writableItem(request, list, id, 'DeleteListItems');
              return valueResponse('Recycle', 'Edm.Guid', removeItem(request.site, list, request.user, id, undefined, true));
            },
          };
        case 'validateupdatelistitem':
          return validateUpdateResource(lookup, id);
        case 'versions': {
          const versionId = keyArgument(segment);
          return versionsResource(lookup, id, typeof versionId === 'number' ? versionId : undefined);
        }
        default:
          return securityChildren(segment, context, (request) => {
            const list = lookup(request);
            return { kind: 'item', list, item: visibleItem(request, list, id) };
          });
      }
    },
  };
}

export function itemsResource(lookup: ListLookup): Resource {
  return {
    get: (context) => {
      const list = lookup(context);
      context.require('ViewListItems', list);
      const page = queryItems(context.site, list, context.options, context.references, context.permissions.visibility(list));
      const project = projectorFor(context, list);
      const entities = page.items.map((item) => itemEntity(context, list, item, project));
      return collectionResponse(entities, itemsMetadata(list), page.nextSkipToken && nextLink(context, page.nextSkipToken));
    },
    post: (context) => {
      const list = lookup(context);
      context.permissions.requireInFolder('AddListItems', list, listRootPath(list));
      const [item] = addItems(context.site, list, context.user, [{ body: context.creationBody }]);
      const project = itemProjector(context.site.store.fields.of(list.id), { expand: [], orderBy: [] }, context.references);
      return entityResponse(itemEntity(context, list, item, project), `${itemsMetadata(list)}/@Element`, 201);
    },
    child: (segment: Segment) => {
      const key = keyArgument(segment);
      if ((segment.name === 'items' || segment.name === 'getbyid') && typeof key === 'number') return itemResource(lookup, key);
      return undefined;
    },
  };
}

/** list/getItemById(n), the list-level way to address an item. */
export function itemByIdResource(lookup: ListLookup, segment: Segment): Resource | undefined {
  const key = keyArgument(segment);
  return typeof key === 'number' ? itemResource(lookup, key) : undefined;
}

/** SP.FileSystemObjectType.Folder in ListItemCreationInformationUsingPath.UnderlyingObjectType. */
const FOLDER_OBJECT_TYPE = 1;

/**
 * list/AddValidateUpdateItemUsingPath(): adds an item (or, with UnderlyingObjectType 1, a folder named
 * LeafName) in the folder FolderPath names, from form values. Needs the right to add in that folder. Answers
 * every form value with its outcome and, when all converted, the new item's Id; otherwise adds nothing.
 */
export function addValidateResource(lookup: ListLookup): Resource {
  return {
    post: (context) => {
      const list = lookup(context);
      const body = context.creationBody;
      const info = (body.listItemCreateInfo ?? {}) as Record<string, unknown>;
      const decodedUrl = (path: unknown): string | undefined => {
        const value = (path as { DecodedUrl?: unknown } | null | undefined)?.DecodedUrl;
        return typeof value === 'string' && value.trim() !== '' ? value : undefined;
      };
      const requested = decodedUrl(info.FolderPath);
      const folderPath = requested === undefined ? listRootPath(list) : requireFolder(context.site, list, requested).path;
      context.permissions.requireInFolder('AddListItems', list, folderPath);
      const { values, results, failed } = convertFormValues(context.site, context.site.store.fields.of(list.id), readFormValues(body.formValues));
      if (failed) return formValuesResponse('AddValidateUpdateItemUsingPath', results);
      const folderName = Number(info.UnderlyingObjectType) === FOLDER_OBJECT_TYPE ? (decodedUrl(info.LeafName) ?? '') : undefined;
      const [item] = addItems(context.site, list, context.user, [{ body: {}, values, folderPath, folderName }]);
      return formValuesResponse('AddValidateUpdateItemUsingPath', [...results, formUpdateValue('Id', String(item.id))]);
    },
  };
}
