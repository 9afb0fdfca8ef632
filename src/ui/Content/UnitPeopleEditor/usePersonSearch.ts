import * as React from 'react';
import type { PersonCandidate, UnitPeopleRepository } from '../../../app';

/** How long typing must pause before the site's users are asked: one request per pause, not per key. */
const PAUSE_MS = 250;

export interface PersonSearch {
  query: string;
  setQuery: (query: string) => void;
  /** The site's users that match the query, once SharePoint answered; undefined while nothing is typed or the answer is on its way. */
  candidates?: PersonCandidate[];
  /** The last search did not reach SharePoint. */
  failed: boolean;
  chosen?: PersonCandidate;
  choose: (loginName: string | undefined) => void;
  clear: () => void;
}

/** The people picker's search over the data site's users: the newest answer wins, a late one is dropped. */
export function usePersonSearch(repository: UnitPeopleRepository): PersonSearch {
  const [query, setQueryState] = React.useState('');
  const [candidates, setCandidates] = React.useState<PersonCandidate[]>();
  const [failed, setFailed] = React.useState(false);
  const [chosen, setChosen] = React.useState<PersonCandidate>();

  React.useEffect(() => {
    setCandidates(undefined);
    setFailed(false);
    const text = query.trim();
    if (text === '' || text === chosen?.name) return undefined;
    let current = true;
    const timer = window.setTimeout(() => {
      repository.findPeople(text, 20).then(
        (found) => {
          if (current) setCandidates(found);
        },
        () => {
          if (current) setFailed(true);
        }
      );
    }, PAUSE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [repository, query]);

  return {
    query,
    setQuery: (text) => {
      setQueryState(text);
      if (text !== chosen?.name) setChosen(undefined);
    },
    candidates,
    failed,
    chosen,
    choose: (loginName) => {
      const candidate = candidates?.find((person) => person.loginName === loginName);
      if (candidate === undefined) return;
      setChosen(candidate);
      setQueryState(candidate.name);
    },
    clear: () => {
      setChosen(undefined);
      setQueryState('');
    }
  };
}
