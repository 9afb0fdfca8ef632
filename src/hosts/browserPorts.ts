/** The application layer's ports as a browser supplies them, for every host that runs in one. */
import { AppPorts, KeyValueStorage, memoryStorage, NetworkSignal } from '../app';

/** window.localStorage, or memory where the browser blocks it (some embedded frames, strict privacy settings). */
function browserStorage(): KeyValueStorage {
  try {
    // Reading localStorage throws where the browser blocks it.
    if (typeof window !== 'undefined' && window.localStorage) return window.localStorage;
  } catch {
    // fall through to memory
  }
  return memoryStorage();
}

/** The browser's `online` event. */
function browserNetwork(): NetworkSignal {
  return {
    onOnline: (listener) => {
      window.addEventListener('online', listener);
      return () => window.removeEventListener('online', listener);
    }
  };
}

export function browserPorts(): AppPorts {
  return { storage: browserStorage(), network: browserNetwork() };
}
