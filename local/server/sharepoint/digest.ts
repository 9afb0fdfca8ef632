/**
 * Form digests, as _api/contextinfo issues them: `0x<hex>,<dd Mon yyyy HH:mm:ss -0000>`. The hex part is an
 * HMAC of the timestamp with the site's secret, so a digest is valid on this site until it expires, across restarts.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { FORM_DIGEST_TIMEOUT_SECONDS } from '../limits.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function digestTimestamp(date: Date): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  return `${pad(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${time} -0000`;
}

function parseDigestTimestamp(stamp: string): number {
  const match = /^(\d\d) ([A-Z][a-z]{2}) (\d{4}) (\d\d):(\d\d):(\d\d) -0000$/.exec(stamp);
  if (!match) return Number.NaN;
  const [, day, month, year, hours, minutes, seconds] = match;
  return Date.UTC(Number(year), MONTHS.indexOf(month), Number(day), Number(hours), Number(minutes), Number(seconds));
}

function signature(secret: string, stamp: string): Buffer {
  return createHmac('sha512', secret).update(stamp).digest();
}

export function issueFormDigest(secret: string, now: Date = new Date()): string {
  const stamp = digestTimestamp(now);
  return `0x${signature(secret, stamp).toString('hex').toUpperCase()},${stamp}`;
}

export function isValidFormDigest(secret: string, digest: string | undefined, now: Date = new Date()): boolean {
  const match = /^0x([0-9A-Fa-f]+),(.+)$/.exec(digest?.trim() ?? '');
  if (!match) return false;
  const [, hex, stamp] = match;
  const expected = signature(secret, stamp);
  const given = Buffer.from(hex, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
  const ageMs = now.getTime() - parseDigestTimestamp(stamp);
  return ageMs >= -60_000 && ageMs < FORM_DIGEST_TIMEOUT_SECONDS * 1000;
}
