import * as React from 'react';
import { Field, MessageBar, MessageBarBody, SkeletonItem } from '@fluentui/react-components';
import type { MrRepositories } from '../../app';
import type { Period } from '../../domain/period';
import type { Unit } from '../../domain/unit';
import { useLocalization } from '../loc';
import { ErrorState } from '../shared/states/ErrorState';
import { TeamMapping } from './TeamMapping';
import { UnitSelect } from './UnitSelect';
import { UnitResolution } from './useUnitResolution';
import { useUnitBarStyles } from './useUnitBarStyles';

export interface UnitBarProps {
  resolution: UnitResolution;
  period: Period;
  repositories: MrRepositories;
  canEdit: boolean;
  siteUrl: string;
}

/**
 * Which unit and period the app shows. A person with several units switches between them here; a team
 * tab that no unit is mapped to asks an editor once.
 */
export function UnitBar({ resolution, period, repositories, canEdit, siteUrl }: UnitBarProps): React.ReactElement {
  const { strings, fill } = useLocalization();
  const styles = useUnitBarStyles();
  const [mappedTo, setMappedTo] = React.useState<string>();

  if (resolution.status === 'resolving') return <SkeletonItem className={styles.skeleton} aria-label={strings.loadingLabel} />;
  if (resolution.status === 'failed') return <ErrorState error={resolution.error} siteUrl={siteUrl} onRetry={resolution.retry} />;

  const { unit, choices, unmappedGroupId, missingUnitId } = resolution;
  const mapTeam = async (chosen: Unit): Promise<void> => {
    await resolution.mapTeam(chosen);
    setMappedTo(chosen.name);
  };

  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        {choices.length > 1 ? (
          <Field label={strings.unitLabel} orientation="horizontal" className={styles.picker}>
            <UnitSelect units={choices} selected={unit} onSelect={resolution.select} />
          </Field>
        ) : (
          <span className={styles.fact}>
            <span className={styles.factLabel}>{strings.unitLabel}</span>
            <span className={styles.factValue}>{unit ? unit.name : strings.unitNone}</span>
          </span>
        )}
        <span className={styles.period}>{fill(strings.periodLabel, { period: String(period) })}</span>
      </div>
      {mappedTo !== undefined && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{fill(strings.teamMappingSaved, { unit: mappedTo })}</MessageBarBody>
        </MessageBar>
      )}
      {missingUnitId !== undefined && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{fill(strings.unitConfiguredMissing, { id: String(missingUnitId) })}</MessageBarBody>
        </MessageBar>
      )}
      {unmappedGroupId !== undefined && <TeamMapping repositories={repositories} canEdit={canEdit} siteUrl={siteUrl} onMap={mapTeam} />}
      {unit === undefined && missingUnitId === undefined && unmappedGroupId === undefined && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{strings.unitNoneOfYours}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
