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

/**
 * The last recorded visit, without recording one: the Viva Connections card counts what is new the way the
 * updates view marks it, and only opening the updates counts as a visit. Storage that refuses is no memory.
 */
export function lastVisit(storage: KeyValueStorage, key: string): string | undefined {
  try {
    const previous = storage.getItem(key) ?? undefined;
    return previous !== undefined && !Number.isNaN(Date.parse(previous)) ? previous : undefined;
  } catch {
    return undefined;
  }
}

/** Reads the previous visit and records this one; storage that refuses is treated as no memory. */
export function recordVisit(storage: KeyValueStorage, key: string, now: Date): string | undefined {
  const previous = lastVisit(storage, key);
  try {
    storage.setItem(key, now.toISOString());
  } catch {
    // Not remembered: the next visit marks the same updates new again.
  }
  return previous;
}
