import * as React from 'react';
import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { MrRepositories } from '../../app';
import { compareSwedish } from '../../domain/language';
import type { Unit } from '../../domain/unit';
import { useLoad } from '../shared';
import { useLocalization } from '../loc';
import { errorMessage, ErrorState } from '../shared/states/ErrorState';
import { UnitSelect } from './UnitSelect';
import { useUnitBarStyles } from './useUnitBarStyles';

export interface TeamMappingProps {
  repositories: MrRepositories;
  /** Only an editor may save the mapping on the unit; others are told whom to ask. */
  canEdit: boolean;
  siteUrl: string;
  onMap: (unit: Unit) => Promise<void>;
}

/** Asked once in a team's tab that no unit is mapped to yet: an editor picks the team's unit. */
export function TeamMapping({ repositories, canEdit, siteUrl, onMap }: TeamMappingProps): React.ReactElement {
  const { strings, fill } = useLocalization();
  const styles = useUnitBarStyles();
  const units = useLoad(() => (canEdit ? repositories.units.list() : Promise.resolve(undefined)), [repositories, canEdit]);
  const [chosenId, setChosenId] = React.useState<number>();
  const [saving, setSaving] = React.useState(false);
  const [failure, setFailure] = React.useState<unknown>();

  if (!canEdit) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{strings.teamMappingNeedsEditor}</MessageBarBody>
      </MessageBar>
    );
  }
  if (units.state.status === 'failed') return <ErrorState error={units.state.error} siteUrl={siteUrl} onRetry={units.reload} />;

  const options = units.state.status === 'loaded' ? [...(units.state.value?.value ?? [])].sort((a, b) => compareSwedish(a.name, b.name)) : [];
  const chosen = options.find((unit) => unit.id === chosenId) ?? options[0];

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
            <UnitSelect units={options} selected={chosen} onSelect={setChosenId} disabled={options.length === 0 || saving} />
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
