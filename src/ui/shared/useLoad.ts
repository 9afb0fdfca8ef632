import * as React from 'react';

/** The three states every loaded thing passes through. */
export type LoadState<T> = { status: 'loading' } | { status: 'loaded'; value: T } | { status: 'failed'; error: unknown };

export interface Loader<T> {
  state: LoadState<T>;
  /** Loads again (after an error, or after a change the person made). */
  reload: () => void;
}

/**
 * Runs `load` whenever `deps` change and tracks its state. An answer that arrives after a newer load
 * started, or after unmount, is dropped so that a slow request never overwrites a fresh one.
 */
export function useLoad<T>(load: () => Promise<T>, deps: React.DependencyList): Loader<T> {
  const [state, setState] = React.useState<LoadState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  const latest = React.useRef(0);

  React.useEffect(() => {
    const run = ++latest.current;
    setState({ status: 'loading' });
    load().then(
      (value) => {
        if (run === latest.current) setState({ status: 'loaded', value });
      },
      (error: unknown) => {
        if (run === latest.current) setState({ status: 'failed', error });
      }
    );
    return () => {
      latest.current++;
    };
    // `load` is a fresh closure on every render; `deps` say when it means something new.
  }, [...deps, attempt]);

  const reload = React.useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload };
}
