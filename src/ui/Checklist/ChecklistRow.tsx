import * as React from 'react';
import { Button, Checkbox, mergeClasses } from '@fluentui/react-components';
import { ClockRegular, CommentRegular } from '@fluentui/react-icons';
import type { ChecklistItem, Tick } from '../../domain/checklist';
import { useLocalization } from '../loc';
import { CommentEditor } from './CommentEditor';
import { useChecklistStyles } from './useChecklistStyles';

export interface ChecklistRowProps {
  item: ChecklistItem;
  tick?: Tick;
  /** The person's tick or comment is not confirmed by SharePoint yet. */
  pending: boolean;
  /** Shown from the browser's cache: a tick there is not confirmed by SharePoint. */
  unconfirmed?: boolean;
  readOnly: boolean;
  meetingMode: boolean;
  editing: boolean;
  onDone: (done: boolean) => void;
  onEdit: (editing: boolean) => void;
  onSaveComment: (comment: string) => void;
  /** What else the row shows under the comment: the item's owner, due date and evidence. */
  children?: React.ReactNode;
}

/**
 * One item: a checkbox named by the item's title, then a line that always takes its place (who and
 * when, or that the tick waits to be saved) so that rows keep their height when anyone ticks, and the comment.
 */
export function ChecklistRow({ item, tick, pending, unconfirmed, readOnly, meetingMode, editing, onDone, onEdit, onSaveComment, children }: ChecklistRowProps): React.ReactElement {
  const { strings, fill, text, langOf, formatDateTime } = useLocalization();
  const styles = useChecklistStyles();
  const title = text(item.title);
  const done = tick?.done === true;
  const comment = tick?.comment ?? '';
  const commentButton = React.useRef<HTMLButtonElement>(null);
  const wasEditing = React.useRef(editing);
  React.useEffect(() => {
    // Closing the editor would drop focus on the page; it goes back to the button that opened it.
    if (wasEditing.current && !editing) commentButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  // An open item with no history says nothing: its checkbox already shows it is open.
  let status = done ? strings.checklistDone : '';
  if (pending) status = strings.checklistPending;
  else if (unconfirmed && done) status = strings.checklistUnconfirmed;
  else if (tick?.doneBy !== undefined && tick.doneAt !== undefined) {
    status = fill(done ? strings.checklistTickedBy : strings.checklistUntickedBy, { name: tick.doneBy.name, time: formatDateTime(tick.doneAt) });
  }

  return (
    <li className={mergeClasses(styles.row, meetingMode && styles.meetingRow)}>
      <Checkbox
        className={mergeClasses(styles.checkbox, meetingMode && styles.meetingCheckbox)}
        size={meetingMode ? 'large' : 'medium'}
        label={<span lang={langOf(item.title)}>{title}</span>}
        checked={done}
        disabled={readOnly}
        onChange={(_, data) => onDone(data.checked === true)}
      />
      <p className={styles.meta}>
        {pending && <ClockRegular aria-hidden className={styles.icon} />}
        <span className={styles.metaText}>{status}</span>
      </p>
      {item.staircaseStep !== undefined && <p className={styles.step}>{fill(strings.checklistStep, { step: item.staircaseStep })}</p>}
      {comment !== '' && !editing && <p className={styles.comment}>{comment}</p>}
      {editing ? (
        <CommentEditor title={title} comment={comment} onSave={onSaveComment} onCancel={() => onEdit(false)} />
      ) : (
        !readOnly && (
          <Button
            appearance="subtle"
            size={meetingMode ? 'large' : 'small'}
            ref={commentButton}
            className={styles.commentButton}
            icon={<CommentRegular />}
            aria-label={fill(comment === '' ? strings.checklistAddCommentFor : strings.checklistEditCommentFor, { item: title })}
            onClick={() => onEdit(true)}
          >
            {comment === '' ? strings.checklistAddComment : strings.checklistEditComment}
          </Button>
        )
      )}
      {children}
    </li>
  );
}
