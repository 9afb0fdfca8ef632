/**
 * A list item's file (`<folder>/<id>_.000`), the one file-level operation the app needs on list items: moving
 * the item to another folder of its list, with `getFileByServerRelativePath(…)` / `getFileByServerRelativeUrl(…)`
 * and `moveTo(newurl, flags)`, or `SP.MoveCopyUtil.MoveFileByPath` (what PnPjs's file.moveByPath sends). The
 * item keeps its id, values, Author and Created. It needs the right to delete the item where it is and to add
 * items in the folder it goes to.
 */
import { ComplexValue, entityResponse, voidResponse } from '../odata/model.ts';
import type { Segment } from '../odata/segments.ts';
import { keyArgument } from '../odata/segments.ts';
import { itemFileAnywhere, serverRelativePath } from '../sharepoint/folders.ts';
import { moveItem } from '../sharepoint/items.ts';
import type { ItemRecord, ListRecord } from '../store/records.ts';
import type { ApiContext } from './context.ts';
import type { Resource } from './resource.ts';

function fileEntity(context: ApiContext, item: ItemRecord) {
  const path = String(item.values.FileRef);
  return {
    type: 'SP.File',
    ...context.addressOf(`Web/GetFileByServerRelativePath(decodedUrl='${encodeURIComponent(path.replace(/'/g, "''"))}')`),
    props: {
      Exists: true,
      Length: '0',
      Name: String(item.values.FileLeafRef),
      ServerRelativePath: new ComplexValue('SP.ResourcePath', { DecodedUrl: path }),
      ServerRelativeUrl: path,
      TimeCreated: item.values.Created,
      TimeLastModified: item.values.Modified,
      Title: null,
      UIVersion: item.version * 512,
      UIVersionLabel: `${item.version}.0`,
      UniqueId: item.values.GUID,
    },
  };
}

/** Moves an item once the person may take it from where it is and put it where it goes. */
function move(context: ApiContext, list: ListRecord, item: ItemRecord, destination: string, retainEditorAndModified: boolean): void {
  context.permissions.require('DeleteListItems', { kind: 'item', list, item });
  const target = serverRelativePath(destination);
  context.permissions.requireInFolder('AddListItems', list, target.slice(0, target.lastIndexOf('/')));
  moveItem(context.site, list, context.user, item, target, retainEditorAndModified);
}

function located(context: ApiContext, path: string): { list: ListRecord; item: ItemRecord } {
  const { list, item } = itemFileAnywhere(context.site, path);
  context.permissions.require('ViewListItems', { kind: 'item', list, item });
  return { list, item };
}

function fileResource(path: string): Resource {
  return {
    get: (context) => entityResponse(fileEntity(context, located(context, path).item), 'SP.ApiData.Files12/@Element'),
    child: (segment) => {
      if (segment.name === 'moveto') {
        return {
          post: (context) => {
            const { list, item } = located(context, path);
            move(context, list, item, String(segment.named.get('newurl') ?? ''), false);
            return voidResponse('MoveTo');
          },
        };
      }
      return undefined;
    },
  };
}

/** The web's getFileByServerRelativePath(decodedUrl='…') and getFileByServerRelativeUrl('…'). */
export function fileChildren(segment: Segment): Resource | undefined {
  if (segment.name !== 'getfilebyserverrelativepath' && segment.name !== 'getfilebyserverrelativeurl') return undefined;
  return fileResource(String(segment.named.get('decodedurl') ?? keyArgument(segment) ?? ''));
}

/** _api/SP.MoveCopyUtil.MoveFileByPath(overwrite=…): body { srcPath, destPath, options }. */
export const moveFileByPathResource: Resource = {
  post: (context) => {
    const path = (value: unknown): string => String((value as { DecodedUrl?: unknown } | undefined)?.DecodedUrl ?? '');
    const { list, item } = located(context, path(context.body.srcPath));
    const options = (context.body.options ?? {}) as { RetainEditorAndModifiedOnMove?: unknown };
    move(context, list, item, path(context.body.destPath), options.RetainEditorAndModifiedOnMove === true);
    return voidResponse('MoveFileByPath');
  },
};
