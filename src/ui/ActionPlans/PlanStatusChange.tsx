import * as React from 'react';
import { Button, Field, Input, MessageBar, MessageBarActions, MessageBarBody, Radio, RadioGroup } from '@fluentui/react-components';
import { EditRegular } from '@fluentui/react-icons';
import type { ActionPlanRepository } from '../../app';
import { ACTION_PLAN_STATUSES, ActionPlan, ActionPlanStatus } from '../../domain/actionPlan';
import { useLocalization } from '../loc';
import { useFieldMessage } from '../shared/Editors/useFieldMessage';
import { useActionPlansStyles } from './useActionPlansStyles';
import { usePlanStatusChange } from './usePlanStatusChange';

export interface PlanStatusChangeProps {
  plan: ActionPlan;
  repository: Pick<ActionPlanRepository, 'save'>;
  /** The stored plan: the editor's, or another editor's who saved first. */
  onStored: (plan: ActionPlan) => void;
  /** The offer after a save: write an update about the new status. */
  onWriteUpdate: (plan: ActionPlan) => void;
}

/** Editors only: "Ändra status", choose the new status (and the adoption date), save, and be offered an update. */
export function PlanStatusChange({ plan, repository, onStored, onWriteUpdate }: PlanStatusChangeProps): React.ReactElement {
  const { strings, fill, text } = useLocalization();
  const styles = useActionPlansStyles();
  const state = usePlanStatusChange(plan, repository, onStored);
  const message = useFieldMessage(state.issues);
  const label: Record<ActionPlanStatus, string> = {
    draft: strings.planStatusDraft,
    consultation: strings.planStatusConsultation,
    adopted: strings.planStatusAdopted
  };
  const problemText = {
    conflict: strings.planStatusConflict,
    accessDenied: strings.editAccessDenied,
    unreachable: strings.editUnreachable,
    notFound: strings.editNotFound,
    unexpected: strings.editUnexpected
  };

  if (state.step === 'choosing') {
    return (
      <form
        // The app checks the date and says what is missing in words; the browser's own bubble would not.
        noValidate
        className={styles.statusForm}
        onSubmit={(event) => {
          event.preventDefault();
          state.save();
        }}
      >
        <Field label={fill(strings.planStatusChoose, { plan: text(plan.title) })} validationMessage={message('status', strings.contentPlanStatus)}>
          <RadioGroup value={state.status} className={styles.statusChoices} onChange={(_, data) => state.choose(data.value as ActionPlanStatus)}>
            {ACTION_PLAN_STATUSES.map((status) => (
              <Radio key={status} value={status} label={label[status]} />
            ))}
          </RadioGroup>
        </Field>
        {state.status === 'adopted' && (
          <Field
            label={strings.contentPlanAdoptionDate}
            hint={strings.contentPlanAdoptionDateHint}
            required
            validationMessage={message('adoptionDate', strings.contentPlanAdoptionDate)}
          >
            <Input type="date" value={state.adoptionDate} onChange={(_, data) => state.setAdoptionDate(data.value)} />
          </Field>
        )}
        {state.problem && (
          <MessageBar intent={state.problem === 'conflict' ? 'warning' : 'error'} layout="multiline">
            <MessageBarBody>{problemText[state.problem]}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.statusActions}>
          <Button type="submit" appearance="primary" disabled={state.saving}>
            {state.saving ? strings.editSaving : strings.planStatusSave}
          </Button>
          <Button onClick={state.cancel}>{strings.editCancel}</Button>
        </div>
      </form>
    );
  }
  return (
    <div className={styles.statusForm}>
      {state.step === 'saved' && (
        <MessageBar intent="success" layout="multiline" role="status">
          <MessageBarBody>{fill(strings.planStatusSaved, { status: label[plan.status] })}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => onWriteUpdate(plan)}>{strings.planStatusWriteUpdate}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <div className={styles.statusActions}>
        <Button icon={<EditRegular />} onClick={state.start}>
          {strings.planStatusChange}
        </Button>
      </div>
    </div>
  );
}
