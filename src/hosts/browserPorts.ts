/** The application layer's ports as a browser supplies them, for every host that runs in one. */
// Narrow imports: the Viva Connections card takes browserStorage from here and must not bundle the whole app.
import { AppPorts, KeyValueStorage, memoryStorage, NetworkSignal } from '../app/ports';

/** window.localStorage, or memory where the browser blocks it (some embedded frames, strict privacy settings). */
export function browserStorage(): KeyValueStorage {
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
