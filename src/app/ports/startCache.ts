import type { StartData } from '../contracts/start';

/** Whose start data an entry is: one data site, one person (as the host knows them), one unit (or how the host finds it). */
export interface StartCacheKey {
  siteUrl: string;
  /** The person's login as the host knows it before any request (SPFx pageContext, the local page). */
  person: string;
  unit: string;
}

/**
 * The last start data each person saw, kept in the browser so that the next start paints at once (the
 * hosts supply IndexedDB; tests the memory one). A failed read is the same as an empty cache.
 */
export interface StartCache {
  /**
   * Whether an entry for `key` may be there, known at once without waiting for the store: a start with
   * nothing cached sends its batch first, as reading would only delay it.
   */
  holds(key: StartCacheKey): boolean;
  read(key: StartCacheKey): Promise<StartData | undefined>;
  write(key: StartCacheKey, data: StartData): Promise<void>;
  /** Forgets every entry of anyone but `person`: a browser another person used keeps nothing of theirs. */
  forgetOthers(person: string): Promise<void>;
}

export function startCacheKeyText({ siteUrl, person, unit }: StartCacheKey): string {
  return JSON.stringify([siteUrl, person, unit]);
}

/** For tests, and where IndexedDB is refused: it lasts as long as the page. */
export function memoryStartCache(): StartCache {
  const entries = new Map<string, { person: string; data: StartData }>();
  return {
    holds: (key) => entries.has(startCacheKeyText(key)),
    read: async (key) => entries.get(startCacheKeyText(key))?.data,
    write: async (key, data) => {
      entries.set(startCacheKeyText(key), { person: key.person, data });
    },
    forgetOthers: async (person) => {
      for (const [text, entry] of entries) if (entry.person !== person) entries.delete(text);
    }
  };
}
