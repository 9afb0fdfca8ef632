import * as React from 'react';
import { Button, Field, Textarea } from '@fluentui/react-components';
import { MAX_NOTE_LENGTH } from '../../domain/validation';
import { useLocalization } from '../loc';
import { useChecklistStyles } from './useChecklistStyles';

export interface CommentEditorProps {
  title: string;
  comment: string;
  onSave: (comment: string) => void;
  onCancel: () => void;
}

/** Writes an item's comment; too long a comment is refused with a message and kept in the box. */
export function CommentEditor({ title, comment, onSave, onCancel }: CommentEditorProps): React.ReactElement {
  const { strings, fill } = useLocalization();
  const styles = useChecklistStyles();
  const [draft, setDraft] = React.useState(comment);
  const tooLong = draft.length > MAX_NOTE_LENGTH;
  return (
    <div className={styles.editor}>
      <Field
        label={fill(strings.checklistCommentLabel, { item: title })}
        validationState={tooLong ? 'error' : 'none'}
        validationMessage={tooLong ? fill(strings.checklistCommentTooLong, { max: MAX_NOTE_LENGTH }) : undefined}
      >
        <Textarea value={draft} resize="vertical" onChange={(_, data) => setDraft(data.value)} autoFocus />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={tooLong} onClick={() => onSave(draft)}>
          {strings.checklistSaveComment}
        </Button>
        <Button onClick={onCancel}>{strings.checklistCancel}</Button>
      </div>
    </div>
  );
}
