import * as React from 'react';
import { loadSearchable, MrRepositories, search, Searchable, SearchResults } from '../../app';
import type { Period } from '../../domain/period';

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'loaded'; content: Searchable }
  | { status: 'failed'; error: unknown };

export interface SearchModel {
  query: string;
  setQuery: (query: string) => void;
  clear: () => void;
  state: SearchState;
  /** What matches, once there is something typed and the content is read. */
  results?: SearchResults;
  retry: () => void;
}

/** The search field's state: the content is read the first time something is typed, then matched on every keystroke. */
export function useSearch(repositories: MrRepositories, period: Period): SearchModel {
  const [query, setQuery] = React.useState('');
  const [state, setState] = React.useState<SearchState>({ status: 'idle' });
  const wanted = query.trim() !== '';

  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );
  const idle = state.status === 'idle';
  React.useEffect(() => {
    if (!wanted || !idle) return;
    setState({ status: 'loading' });
    // Finishes even if the person clears the field meanwhile: the content is there for the next search.
    loadSearchable(repositories, period, new Date()).then(
      (loaded) => mounted.current && setState({ status: 'loaded', content: loaded.value }),
      (error: unknown) => mounted.current && setState({ status: 'failed', error })
    );
  }, [wanted, idle, repositories, period]);

  const results = React.useMemo(
    () => (wanted && state.status === 'loaded' ? search(state.content, query) : undefined),
    [wanted, state, query]
  );
  return {
    query,
    setQuery,
    clear: () => setQuery(''),
    state,
    results,
    retry: () => setState({ status: 'idle' })
  };
}
