/** The application layer's ports as a browser supplies them, for every host that runs in one. */
// Narrow imports: the Viva Connections card takes browserStorage from here and must not bundle the whole app.
import { AppPorts, KeyValueStorage, memoryStorage, NetworkSignal, PageVisibility, TabPorts } from '../app/ports';

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

/** The Page Visibility API: hidden when another tab is in front or the window is minimised. */
function browserVisibility(): PageVisibility {
  return {
    isVisible: () => document.visibilityState !== 'hidden',
    onChange: (listener) => {
      document.addEventListener('visibilitychange', listener);
      return () => document.removeEventListener('visibilitychange', listener);
    }
  };
}

/**
 * BroadcastChannel and Web Locks, where the browser has both (every browser Microsoft 365 supports; an
 * old one, or a frame that refuses them, leaves each tab to work alone, as it would without sharing).
 */
export function browserTabs(): TabPorts | undefined {
  if (typeof BroadcastChannel === 'undefined' || typeof navigator === 'undefined' || navigator.locks === undefined) return undefined;
  try {
    // A frame without storage access refuses both; asking once tells.
    new BroadcastChannel('mr-programmet:probe').close();
  } catch {
    return undefined;
  }
  return {
    channel: (name) => {
      const channel = new BroadcastChannel(name);
      return {
        post: (message) => channel.postMessage(message),
        listen: (listener) => {
          const onMessage = (event: MessageEvent): void => listener(event.data);
          channel.addEventListener('message', onMessage);
          return () => channel.removeEventListener('message', onMessage);
        },
        close: () => channel.close()
      };
    },
    hold: (name, onHeld) => {
      const controller = new AbortController();
      let release: () => void = () => undefined;
      const released = new Promise<void>((resolve) => (release = resolve));
      navigator.locks
        .request(name, { signal: controller.signal }, () => {
          onHeld();
          // Held until let go, or until the tab closes (the browser then passes it on).
          return released;
        })
        // Stopped waiting (aborted); or the browser refused locks: then this tab works as if alone.
        .catch(() => {
          if (!controller.signal.aborted) onHeld();
        });
      return () => {
        controller.abort();
        release();
      };
    }
  };
}

export function browserPorts(): AppPorts {
  return { storage: browserStorage(), network: browserNetwork(), visibility: browserVisibility(), tabs: browserTabs() };
}
