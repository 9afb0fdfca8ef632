import * as React from 'react';
import { Button, Field, MessageBar, MessageBarBody, Textarea } from '@fluentui/react-components';
import { EditRegular } from '@fluentui/react-icons';
import { isHelpContactEmpty } from '../../domain/helpContact';
import { useLocalization } from '../loc';
import { Heading } from '../shared';
import { saveProblemText } from '../shared/Editors/saveProblemText';
import { useFieldMessage } from '../shared/Editors/useFieldMessage';
import type { HelpPanelProps } from './HelpContact.types';
import { useHelpPanelStyles } from './useHelpContactStyles';

/** The open "Hjälp och kontakt": the editors' text, and for editors the form that writes it. */
export function HelpPanel({ canEdit, id, state }: HelpPanelProps): React.ReactElement {
  const { strings, text, langOf } = useLocalization();
  const styles = useHelpPanelStyles();
  const message = useFieldMessage(state.issues);
  const { help, draft } = state;

  return (
    <section id={id} aria-labelledby={`${id}-heading`} className={styles.panel}>
      <Heading level={2} id={`${id}-heading`} className={styles.heading}>
        {strings.helpTitle}
      </Heading>
      {draft === undefined && (help === undefined || isHelpContactEmpty(help) ? (
        <p className={styles.empty}>{canEdit ? strings.helpEmptyEditor : strings.helpEmpty}</p>
      ) : (
        <p className={styles.text} lang={langOf(help)}>
          {text(help)}
        </p>
      ))}
      {state.saved && draft === undefined && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{strings.helpSaved}</MessageBarBody>
        </MessageBar>
      )}
      {canEdit && draft === undefined && (
        <div className={styles.actions}>
          <Button size="small" icon={<EditRegular />} onClick={state.edit}>
            {strings.helpEdit}
          </Button>
        </div>
      )}
      {draft !== undefined && (
        <form
          noValidate
          className={styles.panel}
          onSubmit={(event) => {
            event.preventDefault();
            state.save();
          }}
        >
          <Field label={strings.helpTextSv} hint={strings.helpTextHint} validationMessage={message('sv', strings.helpTextSv)}>
            <Textarea value={draft.sv} resize="vertical" lang="sv" onChange={(_, data) => state.change({ sv: data.value })} />
          </Field>
          <Field label={strings.helpTextEn} validationMessage={message('en', strings.helpTextEn)}>
            <Textarea value={draft.en} resize="vertical" lang="en" onChange={(_, data) => state.change({ en: data.value })} />
          </Field>
          {state.problem && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{saveProblemText(state.problem, strings)}</MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" disabled={state.saving}>
              {state.saving ? strings.editSaving : strings.editSave}
            </Button>
            <Button onClick={state.cancel}>{strings.editCancel}</Button>
          </div>
        </form>
      )}
    </section>
  );
}
