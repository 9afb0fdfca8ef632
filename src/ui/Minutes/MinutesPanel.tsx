import * as React from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, useId } from '@fluentui/react-components';
import { DismissRegular, SaveRegular } from '@fluentui/react-icons';
import { AccessDeniedError, MinutesRecorder, MinutesRecording } from '../../app';
import type { ValidationIssue } from '../../domain/validation';
import { useLocalization } from '../loc';
import { Heading } from '../shared';
import { useFieldMessage } from '../shared/Editors/useFieldMessage';
import { changeText } from './minutesText';
import { useMinutesStyles } from './useMinutesStyles';

export interface MinutesPanelProps {
  recorder: MinutesRecorder;
  recording: MinutesRecording;
  unitName: string;
}

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'refused' } | { kind: 'failed' };

/**
 * The meeting's minutes while they are being noted: what changed so far, names to add, and the one action that
 * saves them. A failed save keeps everything, so "try again" saves the same minutes.
 */
export function MinutesPanel({ recorder, recording, unitName }: MinutesPanelProps): React.ReactElement {
  const localization = useLocalization();
  const { strings, fill, formatDateTime } = localization;
  const styles = useMinutesStyles();
  const titleId = useId('mr-minutes');
  const [name, setName] = React.useState('');
  const [issues, setIssues] = React.useState<ValidationIssue[]>([]);
  const [save, setSave] = React.useState<SaveState>({ kind: 'idle' });
  const message = useFieldMessage(issues);

  const add = (): void => {
    const refused = recorder.addName(name);
    setIssues(refused);
    // A refused name stays in the box, with the reason beside it.
    if (refused.length === 0) setName('');
  };
  const saveMinutes = (): void => {
    setSave({ kind: 'saving' });
    recorder.save().then(
      () => setSave({ kind: 'saved' }),
      (error: unknown) => setSave({ kind: error instanceof AccessDeniedError ? 'refused' : 'failed' })
    );
  };

  return (
    <section aria-labelledby={titleId} className={styles.panel}>
      <Heading level={4} id={titleId} className={styles.title}>
        {strings.minutesTitle}
      </Heading>
      <p className={styles.text}>{fill(strings.minutesRecording, { time: formatDateTime(recording.startedAt) })}</p>
      {recording.changes.length === 0 ? (
        <p className={styles.text}>{strings.minutesNoChanges}</p>
      ) : (
        <ol className={styles.list} aria-label={strings.minutesChanges}>
          {recording.changes.map((change, index) => (
            <li key={index}>{changeText(change, localization)}</li>
          ))}
        </ol>
      )}
      <form
        className={styles.addRow}
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <Field label={strings.minutesAddName} hint={strings.minutesAddNameHint} validationMessage={message('participant', strings.minutesAddName)}>
          <Input value={name} onChange={(_, data) => setName(data.value)} />
        </Field>
        <Button type="submit">{strings.minutesAddNameButton}</Button>
      </form>
      {recording.added.length > 0 && (
        <ul className={styles.names} aria-label={strings.minutesParticipants}>
          {recording.added.map((added) => (
            <li key={added}>
              <Button size="small" icon={<DismissRegular />} iconPosition="after" aria-label={fill(strings.minutesRemoveName, { name: added })} onClick={() => recorder.removeName(added)}>
                {added}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" icon={<SaveRegular />} disabled={save.kind === 'saving'} onClick={saveMinutes}>
          {recording.saved === undefined ? strings.minutesSave : strings.minutesSaveAgain}
        </Button>
      </div>
      <div aria-live="polite">
        {save.kind === 'saved' && recording.saved !== undefined && (
          <MessageBar intent="success">
            <MessageBarBody>{fill(strings.minutesSaved, { changes: recording.saved.changes.length, people: recording.saved.participants.length })}</MessageBarBody>
          </MessageBar>
        )}
        {save.kind === 'refused' && (
          <MessageBar intent="error">
            <MessageBarBody>{fill(strings.minutesSaveRefused, { unit: unitName })}</MessageBarBody>
          </MessageBar>
        )}
        {save.kind === 'failed' && (
          <MessageBar intent="error">
            <MessageBarBody>{strings.minutesSaveFailed}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
