/**
 * The local-only admin endpoints, for the process's own tools (server.ts checks the secret, origin and size first):
 *   GET  /_local/faults        current fault settings
 *   POST /_local/faults        change them (JSON FaultUpdate); 400 with {"error"} when invalid
 *   GET  /_local/stats         request counters
 *   POST /_local/stats/reset   zero the counters
 *   GET  /_local/users         the directory's people (key = mailbox, alias, site role)
 *   POST /_local/fixtures      JSON {"list", "rows", "folder"?}: test/benchmark rows added in one transaction → {"ids"}
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SharePointError } from '../errors.ts';
import { parseJson } from '../json.ts';
import { LOCAL_USERS } from '../sharepoint/directory.ts';
import { loadFixtureRows } from '../sharepoint/fixtures.ts';
import { SITE_PATH } from '../sharepoint/site.ts';
import type { Site } from '../sharepoint/site.ts';
import type { FaultInjector, FaultUpdate } from './faults.ts';
import type { RequestStats } from './stats.ts';

export interface AdminParts {
  site: Site;
  faults: FaultInjector;
  stats: RequestStats;
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

function isRow(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function addFixtures(req: IncomingMessage, res: ServerResponse, body: string, site: Site): void {
  let request: unknown;
  try {
    request = parseJson(body);
  } catch {
    return sendJson(res, 400, { error: 'The body must be JSON: {"list": "<title>", "rows": [{…}, …], "folder"?: "<folder URL>"}.' });
  }
  const shape = 'The body must be {"list": "<title>", "rows": [{…}, …], "folder"?: "<folder URL>"}.';
  if (!isRow(request) || typeof request.list !== 'string' || !Array.isArray(request.rows) || !request.rows.every(isRow)) return sendJson(res, 400, { error: shape });
  if (request.folder !== undefined && typeof request.folder !== 'string') return sendJson(res, 400, { error: shape });
  try {
    const ids = loadFixtureRows(site, `http://${req.headers.host ?? 'localhost'}${SITE_PATH}`, request.list, request.rows, request.folder);
    return sendJson(res, 200, { ids });
  } catch (error) {
    if (!(error instanceof SharePointError)) throw error;
    return sendJson(res, error.status, { error: error.message, code: error.code });
  }
}

export function handleAdminRequest(req: IncomingMessage, res: ServerResponse, pathname: string, body: string, parts: AdminParts): void {
  const { faults, stats } = parts;
  const route = `${req.method} ${pathname}`;
  switch (route) {
    case 'GET /_local/faults':
      return sendJson(res, 200, faults.settings());
    case 'POST /_local/faults':
      try {
        faults.update(parseJson(body || '{}') as FaultUpdate);
        return sendJson(res, 200, faults.settings());
      } catch (error) {
        return sendJson(res, 400, { error: error instanceof Error ? error.message : String(error) });
      }
    case 'GET /_local/stats':
      return sendJson(res, 200, stats.snapshot());
    case 'POST /_local/stats/reset':
      stats.reset();
      return sendJson(res, 200, stats.snapshot());
    case 'GET /_local/users':
      return sendJson(res, 200, LOCAL_USERS.map(({ key, alias, id, title, email, loginName, siteRole }) => ({ key, alias, id, title, email, loginName, siteRole })));
    case 'POST /_local/fixtures':
      return addFixtures(req, res, body, parts.site);
    default:
      return sendJson(res, 404, { error: `No admin endpoint ${route}.` });
  }
}
