import * as React from 'react';
import { Button, Field, Input, Textarea } from '@fluentui/react-components';
import { EditRegular } from '@fluentui/react-icons';
import type { ProgrammeRepository } from '../../../app';
import { Programme, ProgrammeContentKind, ProgrammeEntry, validateProgrammeEntry } from '../../../domain/programme';
import { ComparedField, EditorForm, useEditForm, useFieldMessage, useListEditing } from '../../shared/Editors';
import { useLocalization } from '../../loc';
import { SavedNotice } from '../SavedNotice';
import { useContentStyles } from '../useContentStyles';

export interface ProgrammeTextEditorProps {
  programme?: Programme;
  repository: ProgrammeRepository;
  /** Called after a save (or after keeping another editor's version), so the texts are read again. */
  onChanged: () => void;
}

interface EntryFormProps {
  entry: ProgrammeEntry;
  repository: ProgrammeRepository;
  onDone: () => void;
  onCancel: () => void;
}

/** One piece of programme text: its title and text in Swedish and English; the goal's also the link to the programme's document. */
export function EntryForm({ entry, repository, onDone, onCancel }: EntryFormProps): React.ReactElement {
  const { strings, text } = useLocalization();
  const form = useEditForm<ProgrammeEntry>({ initial: entry, validate: validateProgrammeEntry, save: (value) => repository.saveEntry(value), onSaved: onDone });
  const message = useFieldMessage(form.issues);
  const { value, change } = form;
  const compare = (theirs: ProgrammeEntry, mine: ProgrammeEntry): ComparedField[] => [
    { label: strings.contentTitleSv, theirs: theirs.title.sv, mine: mine.title.sv },
    { label: strings.contentTitleEn, theirs: theirs.title.en, mine: mine.title.en },
    { label: strings.contentTextSv, theirs: theirs.text.sv, mine: mine.text.sv },
    { label: strings.contentTextEn, theirs: theirs.text.en, mine: mine.text.en },
    { label: strings.contentDocumentLink, theirs: theirs.documentUrl ?? '', mine: mine.documentUrl ?? '' }
  ];
  return (
    <EditorForm heading={text(entry.title)} form={form} compare={compare} onCancel={onCancel}>
      <Field label={strings.contentTitleSv} required validationMessage={message('title.sv', strings.contentTitleSv)}>
        <Input lang="sv" value={value.title.sv} onChange={(_event, data) => change({ title: { ...value.title, sv: data.value } })} />
      </Field>
      <Field label={strings.contentTitleEn} validationMessage={message('title.en', strings.contentTitleEn)}>
        <Input lang="en" value={value.title.en} onChange={(_event, data) => change({ title: { ...value.title, en: data.value } })} />
      </Field>
      <Field label={strings.contentTextSv} validationMessage={message('text.sv', strings.contentTextSv)}>
        <Textarea lang="sv" resize="vertical" value={value.text.sv} onChange={(_event, data) => change({ text: { ...value.text, sv: data.value } })} />
      </Field>
      <Field label={strings.contentTextEn} validationMessage={message('text.en', strings.contentTextEn)}>
        <Textarea lang="en" resize="vertical" value={value.text.en} onChange={(_event, data) => change({ text: { ...value.text, en: data.value } })} />
      </Field>
      {entry.kind === 'goal' && (
        <Field label={strings.contentDocumentLink} hint={strings.contentDocumentLinkHint} validationMessage={message('documentUrl', strings.contentDocumentLink)}>
          <Input
            type="url"
            value={value.documentUrl ?? ''}
            onChange={(_event, data) => change({ documentUrl: data.value.trim() === '' ? undefined : data.value })}
          />
        </Field>
      )}
    </EditorForm>
  );
}

/** The programme's goal, focus areas, method steps and staircase steps, each editable in both languages. */
export function ProgrammeTextEditor({ programme, repository, onChanged }: ProgrammeTextEditorProps): React.ReactElement {
  const { strings, fill, text } = useLocalization();
  const styles = useContentStyles();
  const list = useListEditing<ProgrammeEntry>(onChanged);

  if (programme === undefined) return <p>{strings.contentProgrammeMissing}</p>;
  if (list.editing) return <EntryForm entry={list.editing} repository={repository} onCancel={list.cancel} onDone={list.done} />;
  const kindLabel: Record<ProgrammeContentKind, string> = {
    goal: strings.contentKindGoal,
    focusArea: strings.contentKindFocusArea,
    methodStep: strings.contentKindMethodStep,
    staircaseStep: strings.contentKindStaircaseStep
  };
  const entries = [programme.goal, ...programme.focusAreas, ...programme.methodSteps, ...programme.staircaseSteps];
  return (
    <>
      <SavedNotice shown={list.saved} />
      <ul className={styles.list} aria-label={strings.contentSectionProgramme}>
        {entries.map((entry) => {
          const title = text(entry.title);
          return (
            <li key={entry.id} className={styles.row}>
              <span className={styles.rowText}>
                <span className={styles.rowName}>{title}</span>
                <span className={styles.rowMeta}>{kindLabel[entry.kind]}</span>
              </span>
              <Button
                size="small"
                icon={<EditRegular />}
                aria-label={fill(strings.contentEditNamed, { name: title })}
                onClick={() => list.start(entry)}
              >
                {strings.contentEdit}
              </Button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
