/**
 * What the tabs of one browser share, so that one of them polls a checklist and sends the person's
 * queued ticks for all of them: a message channel (BroadcastChannel in browsers) and locks that one tab
 * holds at a time and that let go when the tab closes (Web Locks). Hosts/browserPorts.ts supplies them
 * where the browser has both; without them each tab works alone.
 */
export interface TabChannel {
  /** Delivers to every other open end of the same channel (not to this one), asynchronously. */
  post(message: unknown): void;
  listen(listener: (message: unknown) => void): () => void;
  close(): void;
}

export interface TabPorts {
  channel(name: string): TabChannel;
  /**
   * Asks for the lock `name`: `onHeld` runs once this tab holds it (at once when it is free, else once
   * every tab before it has let go or closed). The returned function lets go, or stops waiting.
   */
  hold(name: string, onHeld: () => void): () => void;
}

/** A browser in memory for tests: its tabs share channels and locks; closing a tab lets go of its locks and closes its channels. */
export interface MemoryBrowser {
  openTab(): MemoryTab;
}

export interface MemoryTab extends TabPorts {
  close(): void;
}

interface LockRequest {
  tab: object;
  onHeld: () => void;
}

export function memoryBrowser(): MemoryBrowser {
  const channels = new Map<string, Set<{ tab: object; deliver: (message: unknown) => void }>>();
  const locks = new Map<string, LockRequest[]>();

  const grantNext = (name: string): void => {
    const queue = locks.get(name);
    const first = queue?.[0];
    // Web Locks call back asynchronously too.
    if (first !== undefined) void Promise.resolve().then(() => locks.get(name)?.[0] === first && first.onHeld());
  };
  const drop = (name: string, request: LockRequest): void => {
    const queue = locks.get(name) ?? [];
    const wasHolder = queue[0] === request;
    locks.set(name, queue.filter((r) => r !== request));
    if (wasHolder) grantNext(name);
  };

  return {
    openTab: () => {
      const tab = {};
      const ends = new Set<() => void>();
      const held = new Map<LockRequest, string>();
      let open = true;
      return {
        channel: (name) => {
          const listeners = new Set<(message: unknown) => void>();
          const end = { tab, deliver: (message: unknown) => listeners.forEach((listener) => listener(message)) };
          const members = channels.get(name) ?? new Set();
          channels.set(name, members);
          members.add(end);
          const close = (): void => {
            members.delete(end);
            listeners.clear();
          };
          ends.add(close);
          return {
            post: (message) => {
              if (!open || !members.has(end)) return;
              // Structured clone, as BroadcastChannel does: no shared objects between tabs.
              const copy = JSON.parse(JSON.stringify(message)) as unknown;
              for (const other of [...members]) if (other !== end) void Promise.resolve().then(() => other.deliver(copy));
            },
            listen: (listener) => {
              listeners.add(listener);
              return () => listeners.delete(listener);
            },
            close
          };
        },
        hold: (name, onHeld) => {
          if (!open) return () => undefined;
          const request: LockRequest = { tab, onHeld };
          const queue = locks.get(name) ?? [];
          locks.set(name, [...queue, request]);
          held.set(request, name);
          if (queue.length === 0) grantNext(name);
          return () => {
            if (!held.delete(request)) return;
            drop(name, request);
          };
        },
        close: () => {
          open = false;
          for (const close of [...ends]) close();
          for (const [request, name] of [...held]) {
            held.delete(request);
            drop(name, request);
          }
        }
      };
    }
  };
}
