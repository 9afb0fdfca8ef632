import * as React from 'react';
import { AccessDeniedError, ConflictError, MrRepositories } from '../../../app';
import { toIsoDate } from '../../../domain/dates';
import { AssignmentChange, AssignmentHistoryEntry, emptyAssignment, ItemAssignment } from '../../../domain/itemAssignment';
import type { Period } from '../../../domain/period';
import type { Person } from '../../../domain/person';
import type { AssignmentSaveState } from './ItemAssignment.types';

export interface ItemAssignmentsState {
  /** The item's assignment: the stored one, or an empty one not yet saved. */
  assignmentOf: (itemId: number) => ItemAssignment;
  /** The unit's named people, for the owner picker. */
  people: Person[];
  me?: Person;
  /** Today in the viewer's time zone (yyyy-mm-dd): what overdue and this month are measured from. */
  today: string;
  saveStateOf: (itemId: number) => AssignmentSaveState;
  save: (itemId: number, change: AssignmentChange) => Promise<boolean>;
  history: (itemId: number) => Promise<AssignmentHistoryEntry[]>;
}

/** Owners, due dates and evidence of one unit's checklist for a plan and period, loaded once and changed one save at a time. */
export function useItemAssignments(repositories: MrRepositories, unitId: number, planId: number, period: Period, now: () => Date = () => new Date()): ItemAssignmentsState {
  const [stored, setStored] = React.useState<ReadonlyMap<number, ItemAssignment>>(new Map());
  const [people, setPeople] = React.useState<Person[]>([]);
  const [me, setMe] = React.useState<Person>();
  const [saveStates, setSaveStates] = React.useState<ReadonlyMap<number, AssignmentSaveState>>(new Map());

  React.useEffect(() => {
    let live = true;
    setStored(new Map());
    Promise.all([
      repositories.assignments.forUnitPlan(unitId, planId, period),
      repositories.unitPeople.forUnit(unitId).catch(() => undefined),
      repositories.site.currentUser().catch(() => undefined)
    ])
      .then(([assignments, unitPeople, person]) => {
        if (!live) return;
        setStored(new Map(assignments.value.map((assignment) => [assignment.itemId, assignment])));
        setPeople(unitPeople?.people ?? []);
        setMe(person);
      })
      // Without them the checklist still ticks; the rows show no owner or date until the next load.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [repositories, unitId, planId, period]);

  const assignmentOf = (itemId: number): ItemAssignment => stored.get(itemId) ?? emptyAssignment(unitId, itemId, planId, period);
  const remember = (assignment: ItemAssignment): void => setStored((map) => new Map(map).set(assignment.itemId, assignment));
  const setSaveState = (itemId: number, state: AssignmentSaveState): void => setSaveStates((map) => new Map(map).set(itemId, state));

  const save = async (itemId: number, change: AssignmentChange): Promise<boolean> => {
    setSaveState(itemId, 'saving');
    try {
      remember(await repositories.assignments.save(assignmentOf(itemId), change));
      setSaveState(itemId, 'saved');
      return true;
    } catch (error) {
      if (error instanceof ConflictError) {
        if (error.current !== undefined) remember(error.current as ItemAssignment);
        setSaveState(itemId, 'conflict');
      } else setSaveState(itemId, error instanceof AccessDeniedError ? 'refused' : 'failed');
      return false;
    }
  };

  return {
    assignmentOf,
    people,
    me,
    today: toIsoDate(now()),
    saveStateOf: (itemId) => saveStates.get(itemId) ?? 'idle',
    save,
    history: (itemId) => repositories.assignments.history(assignmentOf(itemId))
  };
}
