import * as React from 'react';

/** A list whose rows open in an editor one at a time, with "saved" shown after a save until the next action. */
export interface ListEditing<T> {
  /** The row being edited (a blank one for a new row), or undefined while the list shows. */
  editing: T | undefined;
  saved: boolean;
  /** Opens a row in the editor. */
  start: (row: T) => void;
  /** Back to the list without saving. */
  cancel: () => void;
  /** After a save: back to the list, "saved" shown, and `onSaved` (e.g. reading the list again). */
  done: () => void;
  /** Hides "saved", e.g. when the person moves on to something else. */
  clearSaved: () => void;
}

export function useListEditing<T>(onSaved: () => void): ListEditing<T> {
  const [editing, setEditing] = React.useState<T>();
  const [saved, setSaved] = React.useState(false);
  return {
    editing,
    saved,
    start: (row) => {
      setSaved(false);
      setEditing(row);
    },
    cancel: () => setEditing(undefined),
    done: () => {
      setEditing(undefined);
      setSaved(true);
      onSaved();
    },
    clearSaved: () => setSaved(false)
  };
}
