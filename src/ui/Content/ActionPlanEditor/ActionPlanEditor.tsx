import * as React from 'react';
import { Button, Field, Input, Radio, RadioGroup } from '@fluentui/react-components';
import { EditRegular } from '@fluentui/react-icons';
import type { ActionPlanRepository } from '../../../app';
import { ACTION_PLAN_STATUSES, ActionPlan, ActionPlanStatus, validateActionPlan } from '../../../domain/actionPlan';
import { ActionPlanPicker, ComparedField, EditorForm, useEditForm, useFieldMessage, useListEditing, useRichTextStrings } from '../../shared/Editors';
import { useLocalization } from '../../loc';
import { RichTextEditor } from '../../RichText/RichTextEditor';
import { RichTextView } from '../../RichText/RichTextView';
import { SavedNotice } from '../SavedNotice';
import { useContentStyles } from '../useContentStyles';

export interface ActionPlanEditorProps {
  plans: readonly ActionPlan[];
  repository: ActionPlanRepository;
  /** Called after a save (or after keeping another editor's version), so the plans are read again. */
  onChanged: () => void;
}

function useStatusLabel(): (status: ActionPlanStatus) => string {
  const { strings } = useLocalization();
  const labels: Record<ActionPlanStatus, string> = {
    draft: strings.planStatusDraft,
    consultation: strings.planStatusConsultation,
    adopted: strings.planStatusAdopted
  };
  return (status) => labels[status];
}

/** An optional date: empty means none. */
const optional = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());

interface PlanFormProps {
  plan: ActionPlan;
  repository: ActionPlanRepository;
  onDone: () => void;
  onCancel: () => void;
}

/** One plan's status, adoption date, what it replaces and when that ceased, the link to its document, and its description in both languages. */
export function PlanForm({ plan, repository, onDone, onCancel }: PlanFormProps): React.ReactElement {
  const { strings, text } = useLocalization();
  const richText = useRichTextStrings();
  const statusLabel = useStatusLabel();
  const form = useEditForm<ActionPlan>({ initial: plan, validate: validateActionPlan, save: (value) => repository.save(value), onSaved: onDone });
  const message = useFieldMessage(form.issues);
  const { value, change } = form;
  const rich = (html: string): React.ReactNode => <RichTextView html={html} strings={richText.view} />;
  const compare = (theirs: ActionPlan, mine: ActionPlan): ComparedField[] => [
    { label: strings.contentPlanStatus, theirs: statusLabel(theirs.status), mine: statusLabel(mine.status) },
    { label: strings.contentPlanAdoptionDate, theirs: theirs.adoptionDate ?? '', mine: mine.adoptionDate ?? '' },
    { label: strings.contentPlanReplaces, theirs: theirs.replaces ?? '', mine: mine.replaces ?? '' },
    { label: strings.contentPlanCeasedOn, theirs: theirs.replacedCeasedOn ?? '', mine: mine.replacedCeasedOn ?? '' },
    { label: strings.contentDocumentLink, theirs: theirs.documentUrl ?? '', mine: mine.documentUrl ?? '' },
    { label: strings.contentDescriptionSv, theirs: theirs.description.sv, mine: mine.description.sv, render: rich },
    { label: strings.contentDescriptionEn, theirs: theirs.description.en, mine: mine.description.en, render: rich }
  ];
  return (
    <EditorForm heading={text(plan.title)} form={form} compare={compare} onCancel={onCancel}>
      <Field label={strings.contentPlanStatus} validationMessage={message('status', strings.contentPlanStatus)}>
        <RadioGroup value={value.status} onChange={(_event, data) => change({ status: data.value as ActionPlanStatus })}>
          {ACTION_PLAN_STATUSES.map((status) => (
            <Radio key={status} value={status} label={statusLabel(status)} />
          ))}
        </RadioGroup>
      </Field>
      <Field
        label={strings.contentPlanAdoptionDate}
        required={value.status === 'adopted'}
        hint={strings.contentPlanAdoptionDateHint}
        validationMessage={message('adoptionDate', strings.contentPlanAdoptionDate)}
      >
        <Input type="date" value={value.adoptionDate ?? ''} onChange={(_event, data) => change({ adoptionDate: optional(data.value) })} />
      </Field>
      <Field label={strings.contentPlanReplaces} validationMessage={message('replaces', strings.contentPlanReplaces)}>
        <Input value={value.replaces ?? ''} onChange={(_event, data) => change({ replaces: data.value === '' ? undefined : data.value })} />
      </Field>
      <Field
        label={strings.contentPlanCeasedOn}
        hint={strings.contentPlanCeasedOnHint}
        validationMessage={message('replacedCeasedOn', strings.contentPlanCeasedOn)}
      >
        <Input type="date" value={value.replacedCeasedOn ?? ''} onChange={(_event, data) => change({ replacedCeasedOn: optional(data.value) })} />
      </Field>
      <Field label={strings.contentDocumentLink} hint={strings.contentDocumentLinkHint} validationMessage={message('documentUrl', strings.contentDocumentLink)}>
        <Input type="url" value={value.documentUrl ?? ''} onChange={(_event, data) => change({ documentUrl: data.value.trim() === '' ? undefined : data.value })} />
      </Field>
      <RichTextEditor
        label={strings.contentDescriptionSv}
        value={value.description.sv}
        onChange={(sv) => change({ description: { ...value.description, sv } })}
        strings={richText.editor}
        validationMessage={message('description.sv', strings.contentDescriptionSv)}
      />
      <RichTextEditor
        label={strings.contentDescriptionEn}
        value={value.description.en}
        onChange={(en) => change({ description: { ...value.description, en } })}
        strings={richText.editor}
        validationMessage={message('description.en', strings.contentDescriptionEn)}
      />
    </EditorForm>
  );
}

/** The action plans: pick one and edit it. */
export function ActionPlanEditor({ plans, repository, onChanged }: ActionPlanEditorProps): React.ReactElement {
  const { strings } = useLocalization();
  const styles = useContentStyles();
  const [planId, setPlanId] = React.useState<number | undefined>(plans[0]?.id);
  const list = useListEditing<ActionPlan>(onChanged);
  const plan = plans.find((p) => p.id === planId);

  if (list.editing) return <PlanForm plan={list.editing} repository={repository} onCancel={list.cancel} onDone={list.done} />;
  return (
    <>
      <SavedNotice shown={list.saved} />
      <div className={styles.toolbar}>
        <ActionPlanPicker
          label={strings.contentItemsPlan}
          plans={plans}
          planId={planId}
          onChange={(id) => {
            list.clearSaved();
            setPlanId(id);
          }}
        />
        {plan && (
          <Button icon={<EditRegular />} onClick={() => list.start(plan)}>
            {strings.contentPlanEdit}
          </Button>
        )}
      </div>
    </>
  );
}
