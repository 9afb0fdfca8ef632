import type { ValidationIssue } from '../../domain/validation';

/** The programme's lists by their stable keys; `data` maps each key onto its SharePoint list. */
export type ListKey =
  | 'settings'
  | 'units'
  | 'programme'
  | 'actionPlans'
  | 'checklistItems'
  | 'checklistTicks'
  | 'staircaseAssessments'
  | 'unitSummaries'
  | 'itemAssignments'
  | 'meetingMinutes'
  | 'updates'
  | 'knowledgeLinks';

/**
 * A row that could not be read (a field missing or of the wrong type, e.g. edited by hand in SharePoint).
 * Codes only: the UI words it (ui/shared/states/RowProblems, describeRowProblem).
 */
export interface RowProblem {
  list: ListKey;
  itemId: number;
  issues: ValidationIssue[];
}

/** Loaded data plus the rows that were skipped, so the UI can say what it left out. */
export interface Loaded<T> {
  value: T;
  problems: RowProblem[];
}

/** The skipped rows of several reads, each row once: two reads of the same list report the same row. */
export function mergeRowProblems(...reads: readonly (readonly RowProblem[])[]): RowProblem[] {
  const byRow = new Map<string, RowProblem>();
  for (const problem of reads.flat()) byRow.set(`${problem.list}:${problem.itemId}`, problem);
  return [...byRow.values()];
}

/**
 * The titles SharePoint shows for a list and its columns (Swedish in both languages), so that the UI
 * can name where a skipped row is and which column to correct. `data` answers from its schema.
 */
export interface ListTitles {
  listTitle(list: ListKey): string;
  /** The column's title; the internal name when the list has no such column. */
  columnTitle(list: ListKey, field: string): string;
}
