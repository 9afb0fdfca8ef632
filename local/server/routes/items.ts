/**
 * List items: query (with paging links), add, get by id, update by MERGE with IF-Match, delete and recycle.
 */
import { collectionResponse, deletedResponse, entityResponse, noContentResponse, valueResponse } from '../odata/model.ts';
import type { Entity } from '../odata/model.ts';
import { keyArgument } from '../odata/segments.ts';
import type { Segment } from '../odata/segments.ts';
import { itemProjector } from '../sharepoint/itemProjection.ts';
import type { ItemProjector } from '../sharepoint/itemProjection.ts';
import { queryItems } from '../sharepoint/itemQuery.ts';
import { addItem, getItem, itemEtag, itemTypeName, removeItem, updateItem } from '../sharepoint/items.ts';
import { SITE_PATH } from '../sharepoint/site.ts';
import type { ItemRecord, ListRecord } from '../store/records.ts';
import type { ApiContext } from './context.ts';
import type { Resource } from './resource.ts';
import { basePermissionsOf } from './security.ts';

/** Looks the list up again for every request, so a batch sees the effects of its earlier parts. */
export type ListLookup = (context: ApiContext) => ListRecord;

function itemsMetadata(list: ListRecord): string {
  return `SP.ListData.${list.entityTypeName}Items`;
}

function itemEntity(context: ApiContext, list: ListRecord, item: ItemRecord, project: ItemProjector): Entity {
  const path = `Web/Lists(guid'${list.id}')/Items(${item.id})`;
  return {
    type: itemTypeName(list),
    ...context.addressOf(path),
    id: String(item.values.GUID),
    etag: itemEtag(item),
    props: project(item),
  };
}

function projectorFor(context: ApiContext, list: ListRecord): ItemProjector {
  return itemProjector(context.site.store.fields.of(list.id), context.options, context.references);
}

/** The odata.nextLink of a page: the same request with the next $skiptoken. */
function nextLink(context: ApiContext, skipToken: string): string {
  const query = new URLSearchParams(context.request.query);
  query.set('$skiptoken', skipToken);
  return `${context.origin}${SITE_PATH}/_api/${context.request.path}?${query.toString()}`;
}

function itemResource(lookup: ListLookup, id: number): Resource {
  return {
    get: (context) => {
      const list = lookup(context);
      context.require('ViewListItems', list);
      const entity = itemEntity(context, list, getItem(context.site, list, id), projectorFor(context, list));
      return entityResponse(entity, `${itemsMetadata(list)}/@Element`);
    },
    merge: (context) => {
      const list = lookup(context);
      context.require('EditListItems', list);
      const item = updateItem(context.site, list, context.user, id, context.body, context.header('if-match'));
      return noContentResponse(itemEtag(item));
    },
    delete: (context) => {
      const list = lookup(context);
      context.require('DeleteListItems', list);
      removeItem(context.site, list, context.user, id, context.header('if-match'), false);
      return deletedResponse();
    },
    child: (segment) => {
      if (segment.name === 'recycle') {
        return {
          post: (context) => {
            const list = lookup(context);
            context.require('DeleteListItems', list);
            return valueResponse('Recycle', 'Edm.Guid', removeItem(context.site, list, context.user, id, undefined, true));
          },
        };
      }
      if (segment.name === 'effectivebasepermissions') {
        return { get: (context) => valueResponse('EffectiveBasePermissions', 'SP.BasePermissions', basePermissionsOf(context, context.user, lookup(context))) };
      }
      return undefined;
    },
  };
}

export function itemsResource(lookup: ListLookup): Resource {
  return {
    get: (context) => {
      const list = lookup(context);
      context.require('ViewListItems', list);
      const page = queryItems(context.site, list, context.options, context.references);
      const project = projectorFor(context, list);
      const entities = page.items.map((item) => itemEntity(context, list, item, project));
      return collectionResponse(entities, itemsMetadata(list), page.nextSkipToken && nextLink(context, page.nextSkipToken));
    },
    post: (context) => {
      const list = lookup(context);
      context.require('AddListItems', list);
      const item = addItem(context.site, list, context.user, context.creationBody);
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
