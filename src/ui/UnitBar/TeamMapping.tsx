import * as React from 'react';
import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { PeopleChangeOutcome } from '../../app';
import type { Unit } from '../../domain/unit';
import { validationMessage } from '../../domain/validation';
import { useLocalization } from '../loc';
// Narrowly: the Editors barrel brings the editors' form, dialog and tables into the first bundle.
import { saveProblemText } from '../shared/Editors/saveProblemText';
import { UnitChooser } from './UnitChooser';
import { useUnitBarStyles } from './useUnitBarStyles';

export interface TeamMappingProps {
  units: readonly Unit[];
  ownUnitIds: ReadonlySet<number>;
  /** Only an editor may link the team to a unit; others are told whom to ask. */
  canEdit: boolean;
  /** Links the team; a refused or failed link is said here, and the choice stays. */
  onMap: (unit: Unit) => Promise<PeopleChangeOutcome>;
  siteUrl: string;
}

/** Asked once in a team's tab that no unit is linked to yet: an editor searches for the team's unit. Nothing is preselected. */
export function TeamMapping({ units, ownUnitIds, canEdit, onMap, siteUrl }: TeamMappingProps): React.ReactElement {
  const { strings, fill, language } = useLocalization();
  const styles = useUnitBarStyles();
  const [chosen, setChosen] = React.useState<Unit>();
  const [saving, setSaving] = React.useState(false);
  const [failure, setFailure] = React.useState<string>();

  if (!canEdit) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{strings.teamMappingNeedsEditor}</MessageBarBody>
      </MessageBar>
    );
  }

  const save = (): void => {
    if (!chosen) return;
    setSaving(true);
    setFailure(undefined);
    // Never rejects: the use case turns every failure into an outcome, said here.
    void onMap(chosen).then((outcome) => {
      if (outcome.kind === 'saved') return;
      setSaving(false);
      setFailure(
        outcome.kind === 'invalid'
          ? outcome.issues.map((issue) => validationMessage(issue, language, strings.teamMappingTitle)).join(' ')
          : saveProblemText(outcome.problem, strings, strings.peopleAccessDenied)
      );
    });
  };

  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.teamMappingTitle}</MessageBarTitle>
        <div className={styles.mapping}>
          <Field label={strings.teamMappingUnit} hint={strings.teamMappingText}>
            <UnitChooser units={units} ownUnitIds={ownUnitIds} selectedId={chosen?.id} onSelect={setChosen} disabled={saving} siteUrl={siteUrl} />
          </Field>
          <Button appearance="primary" onClick={save} disabled={!chosen || saving}>
            {strings.teamMappingSave}
          </Button>
        </div>
        {failure !== undefined && (
          <p role="alert" className={styles.failure}>
            {fill(strings.teamMappingFailed, { message: failure })}
          </p>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
