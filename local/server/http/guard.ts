/**
 * Who may talk to the local SharePoint. Every request must name the server by a loopback host and its port
 * (or the host `--host` named), which stops DNS rebinding. The admin endpoints also need the per-start secret,
 * and refuse a browser request that another origin started (Origin, Sec-Fetch-Site).
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The header that carries the admin secret. */
export const ADMIN_SECRET_HEADER = 'x-mr-local-admin';

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

export function isLoopbackName(host: string): boolean {
  return LOOPBACK_NAMES.includes(host.toLowerCase()) || host === '::1';
}

export function isLoopbackAddress(address: string | undefined): boolean {
  return address !== undefined && (address.startsWith('127.') || address === '::1' || address.startsWith('::ffff:127.'));
}

/** The Host header values the server answers: the loopback names and `extraHost` (from --host), with the port. */
export function allowedHosts(port: number, extraHost?: string): Set<string> {
  const names = [...LOOPBACK_NAMES];
  if (extraHost && !isLoopbackName(extraHost)) names.push(extraHost.includes(':') ? `[${extraHost}]` : extraHost);
  return new Set(names.map((name) => `${name.toLowerCase()}:${port}`));
}

export function hasAllowedHost(req: IncomingMessage, hosts: ReadonlySet<string>): boolean {
  return hosts.has((req.headers.host ?? '').toLowerCase());
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function secretMatches(given: string | undefined, secret: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Why an admin request is refused, or undefined when it may run. The Host header has been checked already. */
export function adminRefusal(req: IncomingMessage, secret: string): string | undefined {
  if (!isLoopbackAddress(req.socket.remoteAddress)) return 'The admin endpoints answer loopback connections only.';
  const origin = header(req, 'origin');
  if (origin !== undefined && origin !== `http://${req.headers.host}`) return 'The admin endpoints answer the local SharePoint’s own origin only.';
  const fetchSite = header(req, 'sec-fetch-site');
  if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') return 'The admin endpoints answer requests from their own origin only.';
  if (!secretMatches(header(req, ADMIN_SECRET_HEADER), secret)) return `The admin endpoints need the ${ADMIN_SECRET_HEADER} header with this start's secret.`;
  return undefined;
}
