import * as React from 'react';
import { Button, Field, MessageBar, MessageBarBody, Textarea, useId } from '@fluentui/react-components';
import { EditRegular, QuestionCircleRegular } from '@fluentui/react-icons';
import { isHelpContactEmpty } from '../../domain/helpContact';
import { useLocalization } from '../loc';
import { Heading } from '../shared';
import { saveProblemText } from '../shared/Editors/saveProblemText';
import { useFieldMessage } from '../shared/Editors/useFieldMessage';
import type { HelpContactProps } from './HelpContact.types';
import { useHelpContact } from './useHelpContact';
import { useHelpContactStyles } from './useHelpContactStyles';

/**
 * "Hjälp och kontakt" (WCAG 3.2.6 Consistent help): in the app's header, so it is in the same place, in the same
 * order, on every view and in every host. It shows what the editors wrote, or says plainly that they have not.
 */
export function HelpContact(props: HelpContactProps): React.ReactElement {
  const { strings, text, langOf } = useLocalization();
  const styles = useHelpContactStyles();
  const state = useHelpContact(props);
  const message = useFieldMessage(state.issues);
  const panelId = useId('mr-help');
  const { help, draft } = state;

  return (
    <div className={styles.root}>
      <Button appearance="subtle" size="small" icon={<QuestionCircleRegular />} aria-expanded={state.open} aria-controls={panelId} onClick={state.toggle}>
        {strings.helpTitle}
      </Button>
      {state.open && (
        <section id={panelId} aria-labelledby={`${panelId}-heading`} className={styles.panel}>
          <Heading level={2} id={`${panelId}-heading`} className={styles.heading}>
            {strings.helpTitle}
          </Heading>
          {draft === undefined && (help === undefined || isHelpContactEmpty(help) ? (
            <p className={styles.empty}>{props.canEdit ? strings.helpEmptyEditor : strings.helpEmpty}</p>
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
          {props.canEdit && draft === undefined && (
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
      )}
    </div>
  );
}
