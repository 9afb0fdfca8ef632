/**
 * Whether the person can see the page: a hidden tab (another tab in front, the window minimised) hardly
 * needs live updates. Browsers: the Page Visibility API (hosts/browserPorts.ts).
 */
export interface PageVisibility {
  isVisible(): boolean;
  /** Called on every change; returns the function that stops listening. */
  onChange(listener: () => void): () => void;
}

/** Visibility the caller sets: for tests, and where nothing tells (always visible until told otherwise). */
export interface SettableVisibility extends PageVisibility {
  set(visible: boolean): void;
}

export function settableVisibility(visible: boolean = true): SettableVisibility {
  const listeners = new Set<() => void>();
  let current = visible;
  return {
    isVisible: () => current,
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set: (value) => {
      if (value === current) return;
      current = value;
      for (const listener of [...listeners]) listener();
    }
  };
}
