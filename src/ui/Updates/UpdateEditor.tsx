import * as React from 'react';
import { Button, Checkbox, Field, Input, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import { EyeRegular } from '@fluentui/react-icons';
import type { UpdateRepository } from '../../app';
import type { ActionPlan } from '../../domain/actionPlan';
import { MAX_SUMMARY_LENGTH, Update, UpdateStatus } from '../../domain/update';
import { ActionPlanPicker, ComparedField, EditorForm, useFieldMessage, useRichTextStrings } from '../shared/Editors';
import { useLocalization } from '../loc';
import { RichTextEditor } from '../RichText/RichTextEditor';
import { RichTextView } from '../RichText/RichTextView';
import type { Route } from '../routing';
import { UpdateBody } from './UpdateBody';
import { UpdateList } from './UpdateList';
import { fromLocalInput, toLocalInput } from './localTime';
import { useUpdateEditor } from './useUpdateEditor';
import { useUpdateEditorStyles } from './useUpdateEditorStyles';

export interface UpdateEditorProps {
  /** The update to edit; id 0 for a new one. */
  update: Update;
  plans: readonly ActionPlan[];
  repository: UpdateRepository;
  navigate: (route: Route) => void;
  /** Called with the stored version: the person's saved one, or another editor's they chose to keep. */
  onDone: (stored: Update) => void;
  onCancel: () => void;
}

/** Writes, previews, publishes (now or later), unpublishes and pins an update. */
export function UpdateEditor({ update, plans, repository, navigate, onDone, onCancel }: UpdateEditorProps): React.ReactElement {
  const { strings, fill, locale, text } = useLocalization();
  const richText = useRichTextStrings();
  const styles = useUpdateEditorStyles();
  const { form, previewing, togglePreview, setStatus } = useUpdateEditor(update, repository, onDone);
  const message = useFieldMessage(form.issues);
  const { value, change } = form;
  const planOf = (planId: number | undefined): ActionPlan | undefined => plans.find((plan) => plan.id === planId);
  const moment = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' });

  const compare = (theirs: Update, mine: Update): ComparedField[] => {
    const status = (u: Update): string => (u.status === 'draft' ? strings.updateStatusDraft : strings.updateStatusPublished);
    const publishAt = (u: Update): string => (u.publishAt ? moment.format(new Date(u.publishAt)) : '');
    const plan = (u: Update): string => {
      const linked = planOf(u.planId);
      return linked ? text(linked.title) : '';
    };
    const pinned = (u: Update): string => (u.pinned ? strings.editYes : strings.editNo);
    const rich = (html: string): React.ReactNode => <RichTextView html={html} strings={richText.view} />;
    return [
      { label: strings.updateFieldTitle, theirs: theirs.title, mine: mine.title },
      { label: strings.updateFieldSummary, theirs: theirs.summary, mine: mine.summary },
      { label: strings.updateFieldBody, theirs: theirs.body, mine: mine.body, render: rich },
      { label: strings.updateFieldPlan, theirs: plan(theirs), mine: plan(mine) },
      { label: strings.updateFieldStatus, theirs: status(theirs), mine: status(mine) },
      { label: strings.updateFieldPublishAt, theirs: publishAt(theirs), mine: publishAt(mine) },
      { label: strings.updatePinOption, theirs: pinned(theirs), mine: pinned(mine) }
    ];
  };

  return (
    <EditorForm
      heading={update.id === 0 ? strings.updateNew : strings.updateEditHeading}
      form={form}
      compare={compare}
      onCancel={onCancel}
      actions={
        <Button icon={<EyeRegular />} onClick={togglePreview} aria-expanded={previewing}>
          {strings.updatePreview}
        </Button>
      }
    >
      {previewing && (
        <section aria-label={strings.updatePreview} className={styles.preview}>
          <p className={styles.previewLabel}>{strings.updatePreviewIntro}</p>
          <UpdateList
            updates={[value]}
            details={(shown) => <UpdateBody update={shown} plan={planOf(shown.planId)} navigate={navigate} open />}
          />
        </section>
      )}
      <Field label={strings.updateFieldTitle} required validationMessage={message('title', strings.updateFieldTitle)}>
        <Input value={value.title} onChange={(_event, data) => change({ title: data.value })} />
      </Field>
      <Field
        label={strings.updateFieldSummary}
        hint={fill(strings.updateSummaryHint, { max: MAX_SUMMARY_LENGTH })}
        validationMessage={message('summary', strings.updateFieldSummary)}
      >
        <Textarea value={value.summary} resize="vertical" onChange={(_event, data) => change({ summary: data.value })} />
      </Field>
      <RichTextEditor
        label={strings.updateFieldBody}
        value={value.body}
        onChange={(body) => change({ body })}
        strings={richText.editor}
        validationMessage={message('body', strings.updateFieldBody)}
      />
      <ActionPlanPicker
        label={strings.updateFieldPlan}
        hint={strings.updatePlanHint}
        plans={plans}
        planId={value.planId}
        onChange={(planId) => change({ planId })}
        noneLabel={strings.updatePlanNone}
      />
      <Field label={strings.updateFieldStatus} validationMessage={message('status', strings.updateFieldStatus)}>
        <RadioGroup value={value.status} onChange={(_event, data) => setStatus(data.value as UpdateStatus)}>
          <Radio value="draft" label={strings.updateStatusDraft} />
          <Radio value="published" label={strings.updateStatusPublished} />
        </RadioGroup>
      </Field>
      {value.status === 'published' && (
        <Field
          label={strings.updateFieldPublishAt}
          hint={strings.updatePublishAtHint}
          validationMessage={message('publishAt', strings.updateFieldPublishAt)}
        >
          <Input type="datetime-local" value={toLocalInput(value.publishAt)} onChange={(_event, data) => change({ publishAt: fromLocalInput(data.value) })} />
        </Field>
      )}
      <Checkbox label={strings.updatePinOption} checked={value.pinned} onChange={(_event, data) => change({ pinned: data.checked === true })} />
    </EditorForm>
  );
}
