import * as React from 'react';
import { Button, Field, Input, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import { CheckmarkCircleFilled, CircleRegular, LightbulbRegular } from '@fluentui/react-icons';
import type { MrRepositories } from '../../app';
import type { ChecklistItem } from '../../domain/checklist';
import type { Period } from '../../domain/period';
import type { ProgrammeEntry, StaircaseStepNumber } from '../../domain/programme';
import { STEP_STATUSES, StaircaseAssessment, StepStatus } from '../../domain/staircase';
import { Heading } from '../shared';
import { useLocalization } from '../loc';
import { useStaircaseStyles } from './useStaircaseStyles';
import { useStepAssessment } from './useStepAssessment';

export interface StepAssessmentProps {
  repositories: MrRepositories;
  unitId: number;
  period: Period;
  step: StaircaseStepNumber;
  entry?: ProgrammeEntry;
  assessment?: StaircaseAssessment;
  /** The active checklist items tied to the step, and which of them are done. */
  items: readonly ChecklistItem[];
  doneItemIds: ReadonlySet<number>;
  /** Every tied item is done but the step is not marked fulfilled. */
  ready: boolean;
  canContribute: boolean;
  /** A version became the stored one: the staircase's level and drawing follow at once. */
  onStored: (assessment: StaircaseAssessment) => void;
  /** The step's id on the page, where the next step's summary links to. */
  anchorId: string;
}

/** One step: its status, evidence and link, who assessed it and when, and the checklist items tied to it. */
export function StepAssessment(props: StepAssessmentProps): React.ReactElement {
  const { repositories, unitId, period, step, entry, assessment, items, doneItemIds, ready, canContribute, onStored, anchorId } = props;
  const { strings, fill, text, formatDateTime } = useLocalization();
  const styles = useStaircaseStyles();
  const state = useStepAssessment(repositories, unitId, step, period, assessment, onStored);
  const statusText: Record<StepStatus, string> = {
    notStarted: strings.stepNotStarted,
    inProgress: strings.stepInProgress,
    fulfilled: strings.stepFulfilled
  };
  const title = fill(strings.staircaseStepTitle, { step, title: entry ? text(entry.title) : '' });
  const { saved } = state;
  const failureText = { accessDenied: strings.staircaseSaveDenied, unreachable: strings.staircaseSaveUnreachable, unexpected: strings.staircaseSaveFailed };

  return (
    <li className={styles.step} id={anchorId}>
      <Heading level={3} className={styles.stepTitle}>
        {title}
      </Heading>
      {entry && <p className={styles.muted}>{text(entry.text)}</p>}
      <p className={styles.muted}>
        {saved?.assessedBy !== undefined && saved.assessedAt !== undefined
          ? fill(strings.staircaseAssessedBy, { name: saved.assessedBy.name, time: formatDateTime(saved.assessedAt) })
          : strings.staircaseNotAssessed}
      </p>
      {ready && (
        <p className={styles.hint}>
          <LightbulbRegular aria-hidden className={styles.icon} />
          {strings.staircaseReadyHint}
        </p>
      )}
      <RadioGroup
        aria-label={fill(strings.staircaseStatusFor, { step })}
        layout="horizontal"
        className={styles.statusChoices}
        value={state.draft.status}
        disabled={!canContribute}
        onChange={(_, data) => state.change({ status: data.value as StepStatus })}
      >
        {STEP_STATUSES.map((status) => (
          <Radio key={status} value={status} label={statusText[status]} />
        ))}
      </RadioGroup>
      <Field label={strings.staircaseEvidence}>
        <Textarea value={state.draft.evidence} readOnly={!canContribute} resize="vertical" onChange={(_, data) => state.change({ evidence: data.value })} />
      </Field>
      <Field
        label={strings.staircaseEvidenceLink}
        validationState={state.linkInvalid ? 'error' : 'none'}
        validationMessage={state.linkInvalid ? strings.staircaseEvidenceLinkInvalid : undefined}
      >
        <Input type="url" value={state.draft.evidenceLink} readOnly={!canContribute} onChange={(_, data) => state.change({ evidenceLink: data.value })} />
      </Field>
      {items.length > 0 && (
        <>
          <p className={styles.muted}>{fill(strings.staircaseTiedItems, { done: items.filter((i) => doneItemIds.has(i.id)).length, total: items.length })}</p>
          <ul className={styles.tied}>
            {items.map((item) => {
              const done = doneItemIds.has(item.id);
              const Icon = done ? CheckmarkCircleFilled : CircleRegular;
              return (
                <li key={item.id} className={styles.tiedItem}>
                  <Icon aria-hidden className={styles.icon} />
                  <span>
                    {text(item.title)} – {done ? strings.checklistDone : strings.checklistNotDone}
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {state.theirs && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.staircaseConflictTitle}</MessageBarTitle>
            {fill(strings.staircaseConflictText, {
              name: state.theirs.assessedBy?.name ?? strings.checklistSomeone,
              status: statusText[state.theirs.status],
              evidence: state.theirs.evidence
            })}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={state.useTheirs}>{strings.staircaseConflictUseTheirs}</Button>
            <Button onClick={state.save}>{strings.staircaseConflictKeepMine}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.failure && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{failureText[state.failure]}</MessageBarBody>
        </MessageBar>
      )}
      {canContribute && (
        <div className={styles.saveRow}>
          <Button appearance="primary" disabled={!state.dirty || state.linkInvalid || state.saving || state.theirs !== undefined} onClick={state.save}>
            {state.saving ? strings.staircaseSaving : fill(strings.staircaseSave, { step })}
          </Button>
          <span role="status" className={styles.saved}>
            {state.justSaved && (
              <>
                <CheckmarkCircleFilled aria-hidden className={styles.icon} />
                {fill(strings.staircaseSaved, { step })}
              </>
            )}
          </span>
        </div>
      )}
    </li>
  );
}
