/**
 * The HTTP front of the local SharePoint: IIS-style URL limits, injected faults, identity, the form-digest
 * check, then the REST API (or $batch); plus the admin endpoints and whatever static routes the host adds.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { executeBatch, parseBatch } from '../batch.ts';
import { invalidFormDigest, notAuthenticated, SharePointError } from '../errors.ts';
import { MAX_QUERY_STRING_BYTES, MAX_URL_PATH_BYTES } from '../limits.ts';
import type { ApiRequest } from '../routes/context.ts';
import { answerApiRequest, renderErrorResponse } from '../routes/respond.ts';
import type { RenderedResponse } from '../routes/respond.ts';
import { isValidFormDigest } from '../sharepoint/digest.ts';
import { DEFAULT_USER_KEY, userByKey } from '../sharepoint/directory.ts';
import type { LocalUser } from '../sharepoint/directory.ts';
import { SITE_PATH } from '../sharepoint/site.ts';
import { handleAdminRequest } from './admin.ts';
import type { AdminParts } from './admin.ts';

export type StaticRoutes = (req: IncomingMessage, res: ServerResponse) => boolean;

export interface ServerParts extends AdminParts {
  staticRoutes?: StaticRoutes;
}

export const USER_COOKIE = 'mrLocalUser';
export const USER_HEADER = 'x-mr-local-user';

const API_PREFIX = `${SITE_PATH}/_api/`;
const SHAREPOINT_HEADERS = { 'X-SharePointHealthScore': '0', MicrosoftSharePointTeamServices: '16.0.0.25409' };

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const pair of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = pair.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** The acting user: the X-MR-Local-User header, else the mrLocalUser cookie, else the editor. Unknown → undefined. */
function actingUser(req: IncomingMessage): LocalUser | undefined {
  const header = req.headers[USER_HEADER];
  const key = (Array.isArray(header) ? header[0] : header) ?? cookie(req, USER_COOKIE) ?? DEFAULT_USER_KEY;
  return userByKey(key.trim().toLowerCase());
}

function headerMap(req: IncomingMessage): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(req.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]));
}

function send(res: ServerResponse, response: RenderedResponse): void {
  const body = response.body ?? '';
  const requestId = randomUUID();
  res.writeHead(response.status, {
    ...SHAREPOINT_HEADERS,
    SPRequestGuid: requestId,
    'request-id': requestId,
    ...response.headers,
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}

/** What IIS request filtering answers before SharePoint sees an over-long URL (HTTP 404.14 / 404.15). */
function urlTooLong(rawUrl: string): RenderedResponse | undefined {
  const [path, query = ''] = rawUrl.split(/\?(.*)/s);
  const reason =
    Buffer.byteLength(path) > MAX_URL_PATH_BYTES
      ? 'HTTP Error 404.14 - Not Found. The request filtering module is configured to deny a request where the URL is too long.'
      : Buffer.byteLength(query) > MAX_QUERY_STRING_BYTES
        ? 'HTTP Error 404.15 - Not Found. The request filtering module is configured to deny a request where the query string is too long.'
        : undefined;
  return reason && { status: 404, headers: { 'Content-Type': 'text/html' }, body: `<html><body><h1>${reason}</h1></body></html>` };
}

function refusal(kind: 'throttle' | 'unavailable', retryAfterSeconds: number): RenderedResponse {
  return { status: kind === 'throttle' ? 429 : 503, headers: { 'Retry-After': String(retryAfterSeconds) } };
}

async function handleApiRequest(req: IncomingMessage, res: ServerResponse, url: URL, parts: ServerParts): Promise<void> {
  const { site, faults, stats } = parts;
  stats.recordRequest(url.pathname);
  const tooLong = urlTooLong(req.url ?? '');
  if (tooLong) return send(res, tooLong);

  const settings = faults.settings();
  if (settings.latencyMs > 0) await delay(settings.latencyMs);
  const refused = faults.refusalFor();
  if (refused) {
    stats.recordFault(refused);
    if (refused === 'drop') return void req.socket.destroy();
    return send(res, refusal(refused, settings.retryAfterSeconds));
  }

  const accept = req.headers.accept;
  const user = actingUser(req);
  if (!user) return send(res, renderErrorResponse(notAuthenticated(), accept));
  const body = await readBody(req);
  const xHttpMethod = req.headers['x-http-method'];
  const method = req.method === 'POST' && typeof xHttpMethod === 'string' ? xHttpMethod.toUpperCase() : (req.method ?? 'GET');
  const path = url.pathname.slice(API_PREFIX.length);
  // Everything but a GET needs a form digest, except the call that issues one.
  const isWrite = method !== 'GET' && path.toLowerCase() !== 'contextinfo';
  if (isWrite && !isValidFormDigest(site.digestSecret, req.headers['x-requestdigest'] as string | undefined)) {
    return send(res, renderErrorResponse(invalidFormDigest(), accept));
  }

  const origin = `http://${req.headers.host ?? 'localhost'}`;
  const request: ApiRequest = { method, path, query: url.searchParams, headers: headerMap(req), body };
  let response: RenderedResponse;
  if (path.toLowerCase() === '$batch') {
    try {
      const operations = parseBatch(body, req.headers['content-type']);
      stats.recordBatch(operations.length);
      // One commit (one fsync) for the whole batch. Each operation is a savepoint of its own, so one that fails
      // leaves the others standing, as SharePoint's non-transactional changesets do.
      response = site.store.transaction(() => executeBatch(operations, origin, (operation) => answerApiRequest(site, user, operation, origin)));
    } catch (error) {
      if (!(error instanceof SharePointError)) throw error;
      response = renderErrorResponse(error, accept);
    }
  } else {
    response = answerApiRequest(site, user, request, origin);
  }

  if (isWrite && faults.dropAfterCommit()) {
    stats.recordFault('dropAfterCommit');
    return void req.socket.destroy();
  }
  send(res, response);
}

export function createRequestListener(parts: ServerParts): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const work = async (): Promise<void> => {
      if (url.pathname.startsWith('/_local/')) {
        return handleAdminRequest(req, res, url.pathname, await readBody(req), parts);
      }
      if (url.pathname.toLowerCase().startsWith(API_PREFIX.toLowerCase())) return handleApiRequest(req, res, url, parts);
      if (parts.staticRoutes?.(req, res)) return;
      send(res, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Not found' });
    };
    work().catch((error: unknown) => {
      console.error('local SharePoint: unexpected error', error);
      if (res.headersSent) return void res.destroy();
      const failure = new SharePointError(500, '-2146232832, Microsoft.SharePoint.SPException', error instanceof Error ? error.message : String(error));
      send(res, renderErrorResponse(failure, req.headers.accept));
    });
  };
}
