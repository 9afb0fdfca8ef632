/**
 * Serves the built local host page (.local/page/<hash>, or a test's folder) next to the local SharePoint: `/` is the page, the rest
 * its scripts. Only files inside the folder are ever answered.
 */
import { readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml'
};

/**
 * While the site is being set up, `/` answers this page instead of the app, which would find the lists missing
 * and say "not configured": it says that MR-programmet is starting and checks again every second.
 */
const STARTING_PAGE = `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><meta http-equiv="refresh" content="1"><title>Startar MR-programmet…</title></head>
<body><main><h1>Startar MR-programmet…</h1><p>Listorna skapas. Sidan laddas om av sig själv när allt är klart.</p>
<p lang="en">Starting MR-programmet: the lists are being set up. This page reloads itself when everything is ready.</p></main></body></html>
`;

/** The host page's routes: the starting page at `/` until `isReady()`, then the built page. */
export function servePageWhenReady(files: (req: IncomingMessage, res: ServerResponse) => boolean, isReady: () => boolean) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    if (isReady() || new URL(req.url ?? '/', 'http://localhost').pathname !== '/') return files(req, res);
    res.writeHead(503, { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': '1', 'Cache-Control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : STARTING_PAGE);
    return true;
  };
}

/** Answers GET `path` with `value` as JSON (the local page's data that is not SharePoint's, such as its user menu). */
export function serveJson(path: string, value: unknown): (req: IncomingMessage, res: ServerResponse) => boolean {
  // A function is asked on every request (the page context's fresh digest); anything else is sent as it is.
  const body = typeof value === 'function' ? undefined : JSON.stringify(value);
  return (req, res) => {
    if (req.method !== 'GET' || new URL(req.url ?? '/', 'http://localhost').pathname !== path) return false;
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(body ?? JSON.stringify((value as () => unknown)()));
    return true;
  };
}

export function serveStaticFiles(root: string): (req: IncomingMessage, res: ServerResponse) => boolean {
  const base = normalize(root) + sep;
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return false;
    }
    const file = normalize(join(base, path === '/' ? 'index.html' : path));
    if (!file.startsWith(base) || !isFile(file)) return false;
    res.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      // The page is rebuilt at every start; never let a browser keep an old build.
      'Cache-Control': 'no-store'
    });
    res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
    return true;
  };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
