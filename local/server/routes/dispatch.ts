/**
 * Answers one REST call below `_api/`: walks the resource tree along the path and runs the handler for
 * the request's method. Used for top-level requests and for each part of a $batch.
 */
import { methodNotSupported, resourceNotFound } from '../errors.ts';
import type { ApiResponse } from '../odata/model.ts';
import { parseApiPath } from '../odata/segments.ts';
import type { LocalUser } from '../sharepoint/directory.ts';
import type { Site } from '../sharepoint/site.ts';
import { ApiContext } from './context.ts';
import type { ApiRequest } from './context.ts';
import type { Handler, Resource } from './resource.ts';
import { apiRoot } from './web.ts';

function handlerFor(resource: Resource, method: string): Handler | undefined {
  switch (method) {
    case 'GET':
      return resource.get;
    case 'POST':
      return resource.post;
    case 'MERGE':
    case 'PATCH':
    case 'PUT':
      return resource.merge;
    case 'DELETE':
      return resource.delete;
    default:
      return undefined;
  }
}

export function executeApiRequest(site: Site, user: LocalUser, request: ApiRequest, origin: string): ApiResponse {
  const context = new ApiContext(site, user, request, origin);
  let resource = apiRoot;
  for (const segment of parseApiPath(request.path, request.query)) {
    const next = resource.child?.(segment, context);
    if (!next) throw resourceNotFound(segment.text);
    resource = next;
  }
  const handler = handlerFor(resource, request.method);
  if (!handler) throw methodNotSupported(request.method);
  return handler(context);
}
