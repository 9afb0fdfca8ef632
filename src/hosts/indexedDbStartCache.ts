/**
 * The start cache in the browser's IndexedDB: one database per origin, one record per site, person and
 * unit. What the person last saw is kept until another person signs in on the same browser (then all of
 * it goes) or the site's data is read afresh; IndexedDB's structured clone keeps dates as dates. Which
 * records there are is also noted in localStorage, which answers at once: a first start need not wait for
 * the database to open (slow while the page is busy starting) before it asks SharePoint.
 */
import { KeyValueStorage, StartCache, startCacheKeyText } from '../app';
import type { StartCacheKey, StartData } from '../app';
import { browserStorage } from './browserPorts';

const DATABASE = 'mr-programmet-start';
const STORE = 'starts';
/** The localStorage entry that lists the records' keys (as startCacheKeyText writes them). */
const HELD = 'mr-programmet-start:held';

interface Entry {
  key: string;
  person: string;
  data: StartData;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function open(factory: IDBFactory): Promise<IDBDatabase> {
  const opening = factory.open(DATABASE, 1);
  opening.onupgradeneeded = () => {
    opening.result.createObjectStore(STORE, { keyPath: 'key' }).createIndex('person', 'person');
  };
  return request(opening);
}

/** The records the database holds, as noted beside it; a note that cannot be read or written counts as none. */
function heldKeys(markers: KeyValueStorage): { has(key: string): boolean; add(key: string): void; keep(which: (key: string) => boolean): void } {
  const read = (): string[] => {
    try {
      const value = JSON.parse(markers.getItem(HELD) ?? '[]') as unknown;
      return Array.isArray(value) ? value.filter((key): key is string => typeof key === 'string') : [];
    } catch {
      return [];
    }
  };
  const save = (keys: string[]): void => {
    try {
      markers.setItem(HELD, JSON.stringify(keys));
    } catch {
      // Without the note the next start asks SharePoint first, as a start with nothing cached does.
    }
  };
  return {
    has: (key) => read().includes(key),
    add: (key) => save([...read().filter((held) => held !== key), key]),
    keep: (which) => save(read().filter(which))
  };
}

function personOf(keyText: string): string | undefined {
  try {
    return (JSON.parse(keyText) as unknown[])[1] as string;
  } catch {
    return undefined;
  }
}

/** The IndexedDB start cache; undefined where the browser has no IndexedDB (the app then starts cold each time). */
export function indexedDbStartCache(factory: IDBFactory | undefined = globalThis.indexedDB, markers: KeyValueStorage = browserStorage()): StartCache | undefined {
  if (factory === undefined) return undefined;
  let database: Promise<IDBDatabase> | undefined;
  const store = async (mode: IDBTransactionMode): Promise<IDBObjectStore> => {
    database ??= open(factory);
    database.catch(() => (database = undefined));
    return (await database).transaction(STORE, mode).objectStore(STORE);
  };
  const held = heldKeys(markers);
  return {
    holds: (key: StartCacheKey) => held.has(startCacheKeyText(key)),
    read: async (key) => {
      const text = startCacheKeyText(key);
      const entry = (await request((await store('readonly')).get(text))) as Entry | undefined;
      if (entry === undefined) held.keep((other) => other !== text);
      return entry?.data;
    },
    write: async (key, data) => {
      await request((await store('readwrite')).put({ key: startCacheKeyText(key), person: key.person, data } satisfies Entry));
      held.add(startCacheKeyText(key));
    },
    forgetOthers: async (person) => {
      held.keep((key) => personOf(key) === person);
      const starts = await store('readwrite');
      const entries = (await request(starts.getAll())) as Entry[];
      await Promise.all(entries.filter((entry) => entry.person !== person).map((entry) => request(starts.delete(entry.key))));
    }
  };
}
