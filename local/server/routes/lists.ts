/**
 * The web's lists: create, get by title or id, update by MERGE, delete or recycle, getChanges, and the
 * list's items, fields and security children.
 */
import { randomUUID } from 'node:crypto';
import { notEmulated } from '../errors.ts';
import { collectionResponse, ComplexValue, deletedResponse, entityResponse, noContentResponse, valueResponse } from '../odata/model.ts';
import type { Entity } from '../odata/model.ts';
import { projectEntity, queryEntities } from '../odata/queryOptions.ts';
import { keyArgument } from '../odata/segments.ts';
import type { Segment } from '../odata/segments.ts';
import { currentChangeToken, formatChangeToken, itemChanges } from '../sharepoint/changes.ts';
import type { ChangeQuery } from '../sharepoint/changes.ts';
import { assertEtagMatches } from '../sharepoint/items.ts';
import { createList, deleteList, listById, listByTitle, listEtag, updateList } from '../sharepoint/lists.ts';
import { listRootPath } from '../sharepoint/folders.ts';
import { SITE_PATH } from '../sharepoint/site.ts';
import type { ListRecord } from '../store/records.ts';
import type { ApiContext } from './context.ts';
import { fieldsResource } from './fields.ts';
import { folderResource } from './folders.ts';
import { addValidateResource, itemByIdResource, itemsResource } from './items.ts';
import type { ListLookup } from './items.ts';
import { entityResource } from './resource.ts';
import type { Resource } from './resource.ts';
import { basePermissionsOf, securityChildren } from './security.ts';

const LISTS_METADATA = 'SP.ApiData.Lists';

/** Settings SharePoint leaves out of a list unless $select names them. */
const ON_DEMAND_SETTINGS = ['OnQuickLaunch', 'ReadSecurity', 'WriteSecurity', 'ValidationFormula', 'ValidationMessage'];

function listEntity(context: ApiContext, list: ListRecord): Entity {
  const path = `Web/Lists(guid'${list.id}')`;
  const settings = Object.fromEntries(Object.entries(list.settings).filter(([name]) => !ON_DEMAND_SETTINGS.includes(name)));
  const onDemand: Record<string, () => unknown> = {
    EffectiveBasePermissions: () => basePermissionsOf(context, context.user, { kind: 'list', list }),
    HasUniqueRoleAssignments: () => list.hasUniqueRoleAssignments,
  };
  for (const name of ON_DEMAND_SETTINGS) onDemand[name] = () => list.settings[name];
  return {
    type: 'SP.List',
    ...context.addressOf(path),
    etag: listEtag(list),
    props: {
      ...settings,
      BaseTemplate: list.baseTemplate,
      BaseType: 0,
      Created: list.created,
      CurrentChangeToken: new ComplexValue('SP.ChangeToken', { StringValue: currentChangeToken(context.site, list) }),
      Description: list.description,
      DocumentTemplateUrl: null,
      EntityTypeName: list.entityTypeName,
      HasExternalDataSource: false,
      Id: list.id,
      ImageUrl: '/_layouts/15/images/itgen.png?rev=47',
      IsCatalog: false,
      IsPrivate: false,
      ItemCount: context.site.store.items.count(list.id),
      LastItemDeletedDate: list.lastItemDeletedDate,
      LastItemModifiedDate: list.lastItemModifiedDate,
      LastItemUserModifiedDate: list.lastItemModifiedDate,
      ListItemEntityTypeFullName: `SP.Data.${list.entityTypeName}Item`,
      ParentWebUrl: SITE_PATH,
      ServerTemplateCanCreateFolders: true,
      TemplateFeatureId: '00bfea71-de22-43b2-a848-c05709900100',
      Title: list.title,
    },
    onDemand,
  };
}

function changeEntity(context: ApiContext, list: ListRecord, change: ReturnType<typeof itemChanges>[number]): Entity {
  return {
    type: 'SP.ChangeItem',
    ...context.addressOf('SP.ChangeItem'),
    id: `${context.apiUrl}/SP.ChangeItem${change.itemUniqueId}`,
    props: {
      ChangeToken: new ComplexValue('SP.ChangeToken', { StringValue: formatChangeToken(list.id, new Date(change.time), change.changeNumber) }),
      ChangeType: change.changeType,
      SiteId: context.site.siteId,
      Time: change.time,
      ItemId: change.itemId,
      ListId: list.id,
      UniqueId: change.itemUniqueId,
      WebId: context.site.webId,
    },
  };
}

function listChildren(lookup: ListLookup, segment: Segment, context: ApiContext): Resource | undefined {
  const key = keyArgument(segment);
  switch (segment.name) {
    case 'items':
      return key === undefined ? itemsResource(lookup) : itemsResource(lookup).child!(segment, context);
    case 'getitembyid':
      return itemByIdResource(lookup, segment);
    case 'fields':
      return key === undefined ? fieldsResource(lookup) : fieldsResource(lookup).child!(segment, context);
    case 'getchanges':
      return {
        post: (request) => {
          const list = lookup(request);
          request.require('ViewListItems', list);
          const changes = itemChanges(request.site, list, (request.body.query ?? {}) as ChangeQuery);
          return collectionResponse(changes.map((change) => changeEntity(request, list, change)), 'Collection(SP.Change)');
        },
      };
    case 'recycle':
      return {
        post: (request) => {
          const list = lookup(request);
          request.require('ManageLists', list);
          deleteList(request.site, list);
          return valueResponse('Recycle', 'Edm.Guid', randomUUID());
        },
      };
    case 'rootfolder':
      return folderResource(lookup, (request) => listRootPath(lookup(request)));
    case 'addvalidateupdateitemusingpath':
      return addValidateResource(lookup);
    case 'getitems':
    case 'renderlistdataasstream':
    case 'renderlistdata':
      throw notEmulated('CAML queries (getItems, renderListData)');
    default:
      return securityChildren(segment, context, (request) => ({ kind: 'list', list: lookup(request) }));
  }
}

function listResource(lookup: ListLookup): Resource {
  return entityResource({
    metadata: `${LISTS_METADATA}/@Element`,
    authorizeRead: (context) => context.require('ViewListItems', lookup(context)),
    entity: (context) => listEntity(context, lookup(context)),
    merge: (context) => {
      const list = lookup(context);
      context.require('ManageLists', list);
      assertEtagMatches(context.header('if-match'), listEtag(list));
      return noContentResponse(listEtag(updateList(context.site, list, context.body)));
    },
    delete: (context) => {
      const list = lookup(context);
      context.require('ManageLists', list);
      assertEtagMatches(context.header('if-match'), listEtag(list));
      deleteList(context.site, list);
      return deletedResponse();
    },
    children: (segment, context) => listChildren(lookup, segment, context),
  });
}

function byId(id: string): ListLookup {
  return (context) => listById(context.site, id);
}

function byTitle(title: string): ListLookup {
  return (context) => listByTitle(context.site, title, context.siteUrl);
}

export function listsResource(): Resource {
  return {
    get: (context) => {
      context.require('Open');
      const visible = context.site.store
        .lists.all()
        .filter((list) => context.permissions.has('ViewListItems', { kind: 'list', list }))
        .map((list) => listEntity(context, list));
      const entities = queryEntities(visible, context.options);
      return collectionResponse(entities.map((entity) => projectEntity(entity, context.options.select)), LISTS_METADATA);
    },
    post: (context) => {
      context.require('ManageLists');
      return entityResponse(listEntity(context, createList(context.site, context.creationBody)), `${LISTS_METADATA}/@Element`, 201);
    },
    child: (segment) => {
      const key = keyArgument(segment);
      switch (segment.name) {
        case 'getbytitle':
          return listResource(byTitle(String(key)));
        case 'getbyid':
        case 'lists':
          return key === undefined ? undefined : listResource(byId(String(key)));
        default:
          return undefined;
      }
    },
  };
}

/** _api/web/lists and _api/web/lists(…), as children of the web. */
export function listsChild(segment: Segment, context: ApiContext): Resource | undefined {
  if (segment.name !== 'lists') return undefined;
  return keyArgument(segment) === undefined ? listsResource() : listsResource().child!(segment, context);
}
