/**
 * The start cache in the browser's IndexedDB: one database per origin, one record per site, person and
 * unit. What the person last saw is kept until another person signs in on the same browser (then all of
 * it goes) or the site's data is read afresh; IndexedDB's structured clone keeps dates as dates.
 */
import { StartCache, startCacheKeyText } from '../app';
import type { StartData } from '../app';

const DATABASE = 'mr-programmet-start';
const STORE = 'starts';

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

/** The IndexedDB start cache; undefined where the browser has no IndexedDB (the app then starts cold each time). */
export function indexedDbStartCache(factory: IDBFactory | undefined = globalThis.indexedDB): StartCache | undefined {
  if (factory === undefined) return undefined;
  let database: Promise<IDBDatabase> | undefined;
  const store = async (mode: IDBTransactionMode): Promise<IDBObjectStore> => {
    database ??= open(factory);
    database.catch(() => (database = undefined));
    return (await database).transaction(STORE, mode).objectStore(STORE);
  };
  return {
    read: async (key) => ((await request((await store('readonly')).get(startCacheKeyText(key)))) as Entry | undefined)?.data,
    write: async (key, data) => {
      await request((await store('readwrite')).put({ key: startCacheKeyText(key), person: key.person, data } satisfies Entry));
    },
    forgetOthers: async (person) => {
      const starts = await store('readwrite');
      const entries = (await request(starts.getAll())) as Entry[];
      await Promise.all(entries.filter((entry) => entry.person !== person).map((entry) => request(starts.delete(entry.key))));
    }
  };
}
