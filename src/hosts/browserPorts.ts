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

/** The browser's `navigator.onLine` and its `online` and `offline` events. */
function browserNetwork(): NetworkSignal {
  return {
    isOnline: () => navigator.onLine !== false,
    onChange: (listener) => {
      const online = (): void => listener(true);
      const offline = (): void => listener(false);
      window.addEventListener('online', online);
      window.addEventListener('offline', offline);
      return () => {
        window.removeEventListener('online', online);
        window.removeEventListener('offline', offline);
      };
    }
  };
}

export function browserPorts(): AppPorts {
  return { storage: browserStorage(), network: browserNetwork() };
}
