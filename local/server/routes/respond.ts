/**
 * Turns a REST call into the status, headers and body SharePoint would send, errors included
 * (in the odata.error or verbose error shape matching the request's Accept header).
 */
import { SharePointError } from '../errors.ts';
import { contentTypeOf, metadataLevelOf, renderError, renderPayload } from '../odata/format.ts';
import type { LocalUser } from '../sharepoint/directory.ts';
import { SITE_PATH } from '../sharepoint/site.ts';
import type { Site } from '../sharepoint/site.ts';
import type { ApiRequest } from './context.ts';
import { executeApiRequest } from './dispatch.ts';

export interface RenderedResponse {
  status: number;
  headers: Record<string, string>;
  body?: string;
}

/** A SharePoint error as a response, in the dialect the Accept header asks for. */
export function renderErrorResponse(error: SharePointError, accept: string | undefined): RenderedResponse {
  const level = metadataLevelOf(accept);
  return { status: error.status, headers: { 'Content-Type': contentTypeOf(level) }, body: renderError(error, level) };
}

export function answerApiRequest(site: Site, user: LocalUser, request: ApiRequest, origin: string): RenderedResponse {
  const accept = request.headers.accept;
  const answer = (): RenderedResponse => {
    const response = executeApiRequest(site, user, request, origin);
    const level = metadataLevelOf(accept);
    const body = renderPayload(response.payload, level, `${origin}${SITE_PATH}/_api`);
    const headers: Record<string, string> = { ...response.headers };
    if (body !== undefined) headers['Content-Type'] = contentTypeOf(level);
    return { status: response.status, headers, body };
  };
  try {
    // A call that may write is one transaction (a savepoint inside a $batch): when it fails, none of it stays.
    return request.method === 'GET' ? answer() : site.store.transaction(answer);
  } catch (error) {
    if (error instanceof SharePointError) return renderErrorResponse(error, accept);
    throw error;
  }
}
