import * as React from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  MessageBarTitle
} from '@fluentui/react-components';
import { Heading } from '..';
import { useLocalization } from '../../loc';
import { ComparedField, ConflictComparison } from './ConflictComparison';
import { saveProblemText } from './saveProblemText';
import type { EditForm } from './useEditForm';
import { useEditorStyles } from './useEditorStyles';

export interface EditorFormProps<T> {
  heading: string;
  form: EditForm<T>;
  /** The fields as their version and the person's have them, for the conflict comparison. */
  compare: (theirs: T, mine: T) => ComparedField[];
  onCancel: () => void;
  /** Buttons beside Save and Cancel, e.g. Preview. */
  actions?: React.ReactNode;
  children: React.ReactNode;
}

/** The frame every editor shares: fields, why a save failed, Save and Cancel, and the conflict choice. */
export function EditorForm<T>({ heading, form, compare, onCancel, actions, children }: EditorFormProps<T>): React.ReactElement {
  const { strings } = useLocalization();
  const styles = useEditorStyles();
  const problemText = form.problem && saveProblemText(form.problem, strings);

  return (
    <form
      noValidate
      className={styles.form}
      aria-busy={form.saving}
      onSubmit={(event) => {
        event.preventDefault();
        form.submit();
      }}
    >
      <Heading level={3} className={styles.heading}>
        {heading}
      </Heading>
      {form.reference !== undefined && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.conflictTitle}</MessageBarTitle>
            {strings.conflictMerging}
            <ConflictComparison fields={compare(form.reference, form.value)} />
          </MessageBarBody>
        </MessageBar>
      )}
      {children}
      {form.issues.length > 0 && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{strings.editFixErrors}</MessageBarBody>
        </MessageBar>
      )}
      {problemText && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{problemText}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={form.saving}>
          {form.saving ? strings.editSaving : strings.editSave}
        </Button>
        {actions}
        <Button onClick={onCancel} disabled={form.saving}>
          {strings.editCancel}
        </Button>
      </div>
      <Dialog open={form.conflict !== undefined} modalType="alert">
        <DialogSurface className={styles.dialog}>
          <DialogBody>
            <DialogTitle>{strings.conflictTitle}</DialogTitle>
            <DialogContent>
              <p>{strings.conflictIntro}</p>
              {form.conflict !== undefined && <ConflictComparison fields={compare(form.conflict, form.value)} />}
            </DialogContent>
            <DialogActions fluid>
              <Button onClick={form.editFurther}>{strings.conflictEditFurther}</Button>
              <Button onClick={form.useMine}>{strings.conflictUseMine}</Button>
              <Button appearance="primary" onClick={form.keepTheirs}>
                {strings.conflictKeepTheirs}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </form>
  );
}
