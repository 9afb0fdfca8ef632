import type { KeyValueStorage } from '../ports/storage';

/**
 * A person's last visit to the updates, remembered in the host's storage: the updates view marks what was
 * published since as new and records the visit; the Viva Connections card only reads it, so that merely
 * seeing the card never clears the marks. Storage that refuses is no memory (everything counts as new).
 */
export interface UpdateVisits {
  /** The last recorded visit, without recording one. */
  last(userId: number): string | undefined;
  /**
   * Records this visit and answers the one before this opening of the app: the view mounting again in the
   * same opening (its data refreshed after a cached start, or the person coming back to it) keeps its marks.
   */
  record(userId: number, now: Date): string | undefined;
}

/** Where a person's last visit to the updates is kept: per data site and user, as one browser may serve several. */
export function lastVisitKey(siteUrl: string, userId: number): string {
  return `mr-updates-last-visit:${siteUrl}:${userId}`;
}

export function updateVisits(storage: KeyValueStorage, siteUrl: string): UpdateVisits {
  const last = (userId: number): string | undefined => {
    try {
      const previous = storage.getItem(lastVisitKey(siteUrl, userId)) ?? undefined;
      return previous !== undefined && !Number.isNaN(Date.parse(previous)) ? previous : undefined;
    } catch {
      return undefined;
    }
  };
  const beforeThisOpening = new Map<number, string | undefined>();
  return {
    last,
    record: (userId, now) => {
      if (!beforeThisOpening.has(userId)) beforeThisOpening.set(userId, last(userId));
      try {
        storage.setItem(lastVisitKey(siteUrl, userId), now.toISOString());
      } catch {
        // Not remembered: the next opening marks the same updates new again.
      }
      return beforeThisOpening.get(userId);
    }
  };
}
