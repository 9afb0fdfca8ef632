import type { KeyValueStorage } from '../../app';

/** Where a person's last visit to the updates is kept: per data site and user, as one browser may serve several. */
export function lastVisitKey(siteUrl: string, userId: number): string {
  return `mr-updates-last-visit:${siteUrl}:${userId}`;
}

/** The browser's storage, or none where the host blocks it (then nothing is marked new). */
export function browserStorage(): KeyValueStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Reads the previous visit and records this one; storage that refuses is treated as no memory. */
export function recordVisit(storage: KeyValueStorage, key: string, now: Date): string | undefined {
  try {
    const previous = storage.getItem(key) ?? undefined;
    storage.setItem(key, now.toISOString());
    return previous !== undefined && !Number.isNaN(Date.parse(previous)) ? previous : undefined;
  } catch {
    return undefined;
  }
}
