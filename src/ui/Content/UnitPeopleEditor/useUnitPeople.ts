import * as React from 'react';
import { changeUnitPeople, PeopleChange, SaveProblem, UnitPeople, UnitPeopleRepository } from '../../../app';
import type { ValidationIssue } from '../../../domain/validation';
import { Loader, useLoad } from '../../shared';

export interface UnitPeopleState {
  loader: Loader<UnitPeople>;
  /** The record as SharePoint last answered it: after a change, the change's answer. */
  people?: UnitPeople;
  busy: boolean;
  /** What the last change did, in words, for the polite status. */
  notice?: string;
  /** Why the last change was refused (the fields say which); nothing was changed. */
  issues: ValidationIssue[];
  problem?: SaveProblem;
  /** Sends one change; resolves true when it was saved, so a form can clear its input. */
  apply: (change: PeopleChange, saved: (people: UnitPeople) => string) => Promise<boolean>;
}

/**
 * One unit's named people and linked team while an editor changes them: each change is one call that also
 * sets the folders' rights. For another unit, mount it afresh (a key), so nothing of this one carries over.
 */
export function useUnitPeople(repository: UnitPeopleRepository, unitId: number): UnitPeopleState {
  const loader = useLoad(() => repository.forUnit(unitId), [repository, unitId]);
  const [changed, setChanged] = React.useState<UnitPeople>();
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<string>();
  const [issues, setIssues] = React.useState<ValidationIssue[]>([]);
  const [problem, setProblem] = React.useState<SaveProblem>();

  const loaded = loader.state.status === 'loaded' ? loader.state.value : undefined;
  const people = changed?.unitId === unitId ? changed : loaded;

  const apply = async (change: PeopleChange, saved: (people: UnitPeople) => string): Promise<boolean> => {
    setBusy(true);
    setNotice(undefined);
    setIssues([]);
    setProblem(undefined);
    const outcome = await changeUnitPeople(repository, unitId, change);
    setBusy(false);
    if (outcome.kind === 'saved') {
      setChanged(outcome.people);
      setNotice(saved(outcome.people));
      return true;
    }
    if (outcome.kind === 'invalid') setIssues(outcome.issues);
    else setProblem(outcome.problem);
    return false;
  };

  return { loader, people, busy, notice, issues, problem, apply };
}
