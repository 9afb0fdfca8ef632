/**
 * Saving content (a unit, an action plan, a checklist item, a programme text, an update): the one use case
 * every editor runs. It checks the draft against the rules before anything is sent, saves it, and says what
 * happened in the editors' terms, so that a form keeps what the person typed whatever the outcome.
 */
import type { ValidationIssue } from '../../domain/validation';
import { AccessDeniedError, ConflictError, NotFoundError, UnreachableError, ValidationError } from '../contracts/errors';

/** Why a save failed, when it was not the person's input or another editor's change. */
export type SaveProblem = 'accessDenied' | 'unreachable' | 'notFound' | 'unexpected';

export type SaveOutcome<T> =
  | { kind: 'saved'; saved: T }
  /** The draft breaks a rule (found before sending, or by SharePoint): nothing was written. */
  | { kind: 'invalid'; issues: ValidationIssue[]; checkedBeforeSending: boolean }
  /** Another editor saved a newer version first: theirs, for the person to compare with theirs. */
  | { kind: 'conflict'; theirs: T }
  | { kind: 'failed'; problem: SaveProblem };

export interface SaveContentRequest<T> {
  draft: T;
  /** The domain's rules plus the form's own. */
  validate: (value: T) => ValidationIssue[];
  /** The repository's save for this kind of content. */
  save: (value: T) => Promise<T>;
}

/** Why a save failed, for any failure that is not the person's input or another editor's newer version. */
export function saveProblemOf(error: unknown): SaveProblem {
  if (error instanceof AccessDeniedError) return 'accessDenied';
  // A conflict with no current version: someone removed the row meanwhile.
  if (error instanceof NotFoundError || error instanceof ConflictError) return 'notFound';
  if (error instanceof UnreachableError) return 'unreachable';
  return 'unexpected';
}

export async function saveContent<T>({ draft, validate, save }: SaveContentRequest<T>): Promise<SaveOutcome<T>> {
  const issues = validate(draft);
  if (issues.length > 0) return { kind: 'invalid', issues, checkedBeforeSending: true };
  try {
    return { kind: 'saved', saved: await save(draft) };
  } catch (error) {
    if (error instanceof ConflictError && error.current !== undefined) return { kind: 'conflict', theirs: error.current as T };
    if (error instanceof ValidationError) return { kind: 'invalid', issues: error.issues, checkedBeforeSending: false };
    return { kind: 'failed', problem: saveProblemOf(error) };
  }
}
