/** Where pending ticks and the last visit are kept; the hosts supply `window.localStorage` in browsers. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Storage for tests and for browsers that refuse localStorage (it lasts as long as the page). */
export function memoryStorage(): KeyValueStorage {
  const values = new Map<string, string>();
  return {
    // Storage's own contract: null for a missing key.
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => {
      values.set(key, value);
    },
    removeItem: (key) => {
      values.delete(key);
    }
  };
}
