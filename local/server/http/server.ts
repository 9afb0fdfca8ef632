/**
 * The HTTP front of the local SharePoint: the Host allow-list, IIS-style URL limits, body size limits, injected
 * faults, identity, the form-digest check, then the REST API (or $batch); plus the admin endpoints (per-start
 * secret, own origin only) and whatever static routes the host adds.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { executeBatch, parseBatch } from '../batch.ts';
import { invalidFormDigest, notAuthenticated, requestBodyTimedOut, requestBodyTooLarge, SharePointError } from '../errors.ts';
import { MAX_ADMIN_BODY_BYTES, MAX_API_BODY_BYTES, MAX_FIXTURE_BODY_BYTES, MAX_QUERY_STRING_BYTES, MAX_URL_PATH_BYTES } from '../limits.ts';
import type { ApiRequest } from '../routes/context.ts';
import { answerApiRequest, renderErrorResponse } from '../routes/respond.ts';
import type { RenderedResponse } from '../routes/respond.ts';
import { isValidFormDigest } from '../sharepoint/digest.ts';
import { userByKey } from '../sharepoint/directory.ts';
import type { LocalUser } from '../sharepoint/directory.ts';
import { SITE_PATH } from '../sharepoint/site.ts';
import { handleAdminRequest } from './admin.ts';
import type { AdminParts } from './admin.ts';
import { adminRefusal, hasAllowedHost } from './guard.ts';
import { BodyRefused, declaredTooLarge, readBody } from './requestBody.ts';

export type StaticRoutes = (req: IncomingMessage, res: ServerResponse) => boolean;

export interface ServerParts extends AdminParts {
  staticRoutes?: StaticRoutes;
  /** The secret the admin endpoints require (header x-mr-local-admin). */
  adminSecret: string;
  /** The Host header values answered; anything else gets 421. Known once the server listens. */
  allowedHosts: () => ReadonlySet<string>;
  /** How long a request body may take to arrive. */
  bodyTimeoutMs: number;
}

export const USER_COOKIE = 'mrLocalUser';
export const USER_HEADER = 'x-mr-local-user';

const API_PREFIX = `${SITE_PATH}/_api/`;
const SHAREPOINT_HEADERS = { 'X-SharePointHealthScore': '0', MicrosoftSharePointTeamServices: '16.0.0.25409' };

function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const pair of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = pair.trim().split('=');
    if (key !== name) continue;
    try {
      return decodeURIComponent(value.join('='));
    } catch {
      return value.join('=');
    }
  }
  return undefined;
}

/**
 * The acting user: the X-MR-Local-User header, else the mrLocalUser cookie, naming a person by the mailbox part of
 * their e-mail address or by an old alias (editor, member, reader). A request with neither is anonymous,
 * and an unknown name is no user: both → undefined, answered as SharePoint answers a call without credentials.
 */
function actingUser(req: IncomingMessage): LocalUser | undefined {
  const header = req.headers[USER_HEADER];
  const key = (Array.isArray(header) ? header[0] : header) ?? cookie(req, USER_COOKIE);
  return key === undefined ? undefined : userByKey(key);
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

/** How long the unread rest of a refused request's body is read and dropped before its connection is cut. */
const LINGER_MS = 2000;

/**
 * Answers a request without reading (the rest of) its body: too large, too slow, or not wanted. What the client
 * still sends is read and dropped, never kept; if it has not ended within LINGER_MS the connection is cut.
 * Cutting at once would reset it and could lose the answer before the client reads it.
 */
function sendUnread(req: IncomingMessage, res: ServerResponse, response: RenderedResponse): void {
  res.once('finish', () => {
    if (req.complete) return;
    const timer = setTimeout(() => req.socket.destroy(), LINGER_MS);
    timer.unref();
    req.once('end', () => clearTimeout(timer));
    req.resume();
  });
  send(res, response);
}

function bodyRefusalResponse(refused: BodyRefused, limit: number, accept: string | undefined): RenderedResponse {
  return renderErrorResponse(refused.reason === 'tooLarge' ? requestBodyTooLarge(refused.bytes, limit) : requestBodyTimedOut(), accept);
}

function refusal(kind: 'throttle' | 'unavailable', retryAfterSeconds: number): RenderedResponse {
  return { status: kind === 'throttle' ? 429 : 503, headers: { 'Retry-After': String(retryAfterSeconds) } };
}

async function handleApiRequest(req: IncomingMessage, res: ServerResponse, url: URL, parts: ServerParts): Promise<void> {
  const { site, faults, stats } = parts;
  stats.recordRequest(url.pathname);
  const tooLong = urlTooLong(req.url ?? '');
  if (tooLong) return sendUnread(req, res, tooLong);
  const accept = req.headers.accept;
  const declared = declaredTooLarge(req, MAX_API_BODY_BYTES);
  if (declared) return sendUnread(req, res, bodyRefusalResponse(declared, MAX_API_BODY_BYTES, accept));

  const settings = faults.settings();
  if (settings.latencyMs > 0) await delay(settings.latencyMs);
  const refused = faults.refusalFor();
  if (refused) {
    stats.recordFault(refused);
    if (refused === 'drop') return void req.socket.destroy();
    return sendUnread(req, res, refusal(refused, settings.retryAfterSeconds));
  }

  const user = actingUser(req);
  if (!user) return sendUnread(req, res, renderErrorResponse(notAuthenticated(), accept));
  let body: string;
  try {
    body = await readBody(req, MAX_API_BODY_BYTES, parts.bodyTimeoutMs);
  } catch (error) {
    if (!(error instanceof BodyRefused)) throw error;
    return sendUnread(req, res, bodyRefusalResponse(error, MAX_API_BODY_BYTES, accept));
  }
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

function plainText(status: number, text: string): RenderedResponse {
  return { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: text };
}

function json(status: number, value: unknown): RenderedResponse {
  return { status, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: JSON.stringify(value) };
}

async function handleAdmin(req: IncomingMessage, res: ServerResponse, pathname: string, parts: ServerParts): Promise<void> {
  const refused = adminRefusal(req, parts.adminSecret);
  if (refused) return sendUnread(req, res, json(403, { error: refused }));
  const limit = pathname === '/_local/fixtures' ? MAX_FIXTURE_BODY_BYTES : MAX_ADMIN_BODY_BYTES;
  let body: string;
  try {
    body = await readBody(req, limit, parts.bodyTimeoutMs);
  } catch (error) {
    if (!(error instanceof BodyRefused)) throw error;
    return sendUnread(req, res, json(error.reason === 'tooLarge' ? 413 : 408, { error: error.message, limit }));
  }
  return handleAdminRequest(req, res, pathname, body, parts);
}

export function createRequestListener(parts: ServerParts): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const work = async (): Promise<void> => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      // DNS rebinding: a page that resolved another name to this machine is not answered.
      if (!hasAllowedHost(req, parts.allowedHosts())) return sendUnread(req, res, plainText(421, 'Misdirected Request: this server answers localhost only.'));
      if (url.pathname.startsWith('/_local/')) return handleAdmin(req, res, url.pathname, parts);
      if (url.pathname.toLowerCase().startsWith(API_PREFIX.toLowerCase())) return handleApiRequest(req, res, url, parts);
      if (parts.staticRoutes?.(req, res)) return;
      sendUnread(req, res, plainText(404, 'Not found'));
    };
    work().catch((error: unknown) => {
      console.error('local SharePoint: unexpected error', error);
      if (res.headersSent) return void res.destroy();
      const failure = new SharePointError(500, '-2146232832, Microsoft.SharePoint.SPException', error instanceof Error ? error.message : String(error));
      send(res, renderErrorResponse(failure, req.headers.accept));
    });
  };
}
