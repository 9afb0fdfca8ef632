import * as React from 'react';
import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Unit } from '../../domain/unit';
import { useLocalization } from '../loc';
import { errorMessage } from '../shared/states/ErrorState';
import { UnitPicker } from '../shared/UnitPicker';
import { useUnitBarStyles } from './useUnitBarStyles';

export interface TeamMappingProps {
  units: readonly Unit[];
  ownUnitIds: ReadonlySet<number>;
  /** Only an editor may link the team to a unit; others are told whom to ask. */
  canEdit: boolean;
  onMap: (unit: Unit) => Promise<void>;
}

/** Asked once in a team's tab that no unit is linked to yet: an editor searches for the team's unit. Nothing is preselected. */
export function TeamMapping({ units, ownUnitIds, canEdit, onMap }: TeamMappingProps): React.ReactElement {
  const { strings, fill } = useLocalization();
  const styles = useUnitBarStyles();
  const [chosen, setChosen] = React.useState<Unit>();
  const [saving, setSaving] = React.useState(false);
  const [failure, setFailure] = React.useState<unknown>();

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
    onMap(chosen).catch((error: unknown) => {
      setFailure(error);
      setSaving(false);
    });
  };

  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.teamMappingTitle}</MessageBarTitle>
        <div className={styles.mapping}>
          <Field label={strings.unitLabel} hint={strings.teamMappingText}>
            <UnitPicker units={units} ownUnitIds={ownUnitIds} selectedId={chosen?.id} onSelect={setChosen} disabled={saving} />
          </Field>
          <Button appearance="primary" onClick={save} disabled={!chosen || saving}>
            {strings.teamMappingSave}
          </Button>
        </div>
        {failure !== undefined && (
          <p role="alert" className={styles.failure}>
            {fill(strings.teamMappingFailed, { message: errorMessage(failure) })}
          </p>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
