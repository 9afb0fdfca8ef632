import * as React from 'react';
import { saveContent, SaveProblem } from '../../../app';
import type { ValidationIssue } from '../../../domain/validation';

export interface EditFormOptions<T> {
  /** The stored version being edited, or a new one (id 0). */
  initial: T;
  /** The domain's rules plus the form's own; shown next to the fields after the first attempt to save. */
  validate: (value: T) => ValidationIssue[];
  save: (value: T) => Promise<T>;
  onSaved: (saved: T) => void;
}

export interface EditForm<T> {
  value: T;
  change: (patch: Partial<T>) => void;
  /** Issues to show: none until the person first tries to save, then kept current as they type. */
  issues: ValidationIssue[];
  saving: boolean;
  problem?: SaveProblem;
  /** Another editor's version, met on save; the dialog asks what to do with it. */
  conflict?: T;
  /** Another editor's version, kept beside the form while the person merges by hand. */
  reference?: T;
  submit: () => void;
  /** Discards the person's changes: their version is what is stored. */
  keepTheirs: () => void;
  /** Saves the person's version over theirs, knowingly. */
  useMine: () => void;
  /** Closes the dialog and keeps editing, with their version shown for reference. */
  editFurther: () => void;
}

/**
 * The state every editor shares: the draft, its validation, and what happens on save. Nothing the
 * person typed is lost on a failed save, and a save that meets a newer version never overwrites it
 * unless the person chooses "use mine".
 */
export function useEditForm<T extends { etag?: string }>({ initial, validate, save, onSaved }: EditFormOptions<T>): EditForm<T> {
  const [value, setValue] = React.useState<T>(initial);
  const [attempted, setAttempted] = React.useState(false);
  const [serverIssues, setServerIssues] = React.useState<ValidationIssue[]>([]);
  const [saving, setSaving] = React.useState(false);
  const [problem, setProblem] = React.useState<SaveProblem>();
  const [conflict, setConflict] = React.useState<T>();
  const [reference, setReference] = React.useState<T>();
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );

  const issues = attempted ? [...validate(value), ...serverIssues] : [];

  const run = (draft: T): void => {
    setAttempted(true);
    setServerIssues([]);
    setProblem(undefined);
    // The draft's own issues show next to the fields as soon as the person tries: no save starts for them.
    if (validate(draft).length > 0) return;
    setSaving(true);
    void saveContent({ draft, validate, save }).then((outcome) => {
      if (!mounted.current) return;
      setSaving(false);
      if (outcome.kind === 'saved') onSaved(outcome.saved);
      else if (outcome.kind === 'conflict') setConflict(outcome.theirs);
      else if (outcome.kind === 'invalid') setServerIssues(outcome.checkedBeforeSending ? [] : outcome.issues);
      else setProblem(outcome.problem);
    });
  };

  // Continuing from their version's etag is what lets the next save through, after the person has seen it.
  const adoptTheirEtag = (theirs: T): T => ({ ...value, etag: theirs.etag });

  return {
    value,
    change: (patch) => setValue((current) => ({ ...current, ...patch })),
    issues,
    saving,
    problem,
    conflict,
    reference,
    submit: () => run(value),
    keepTheirs: () => {
      if (conflict === undefined) return;
      setConflict(undefined);
      onSaved(conflict);
    },
    useMine: () => {
      if (conflict === undefined) return;
      const mine = adoptTheirEtag(conflict);
      setConflict(undefined);
      setReference(undefined);
      setValue(mine);
      run(mine);
    },
    editFurther: () => {
      if (conflict === undefined) return;
      setValue(adoptTheirEtag(conflict));
      setReference(conflict);
      setConflict(undefined);
    }
  };
}
