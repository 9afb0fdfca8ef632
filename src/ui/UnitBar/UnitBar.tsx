import * as React from 'react';
import { Field, MessageBar, MessageBarBody, SkeletonItem } from '@fluentui/react-components';
import { LockClosedRegular } from '@fluentui/react-icons';
import type { PeopleChangeOutcome } from '../../app';
import type { Period } from '../../domain/period';
import type { Unit } from '../../domain/unit';
import { useLocalization } from '../loc';
import { LazyPart } from '../shared/LazyPart';
import { ErrorState } from '../shared/states/ErrorState';
import type { TeamMappingProps } from './TeamMapping';
import { UnitChooser } from './UnitChooser';
import { UnitResolution } from './useUnitResolution';
import { useUnitBarStyles } from './useUnitBarStyles';

/** Linking a team to a unit is asked once per team, so it loads then, in a chunk of its own. */
const loadTeamMapping = (): Promise<React.ComponentType<TeamMappingProps>> =>
  import(/* webpackChunkName: 'mr-team-mapping' */ './TeamMapping').then(({ TeamMapping }) => TeamMapping);

export interface UnitBarProps {
  resolution: UnitResolution;
  period: Period;
  canEdit: boolean;
  /** Whether the person may change the shown unit's record; when not, the bar says it is read only. */
  canChangeUnit: boolean;
  /** The person picked a unit: it goes into the link, so the link opens the same unit. */
  onSelect: (unitId: number) => void;
  siteUrl: string;
}

/**
 * Which unit and period the app shows. Anyone can pick any unit here, their own first; a team tab that
 * no unit is linked to asks an editor once.
 */
export function UnitBar({ resolution, period, canEdit, canChangeUnit, onSelect, siteUrl }: UnitBarProps): React.ReactElement {
  const { strings, fill } = useLocalization();
  const styles = useUnitBarStyles();
  const [mappedTo, setMappedTo] = React.useState<string>();

  if (resolution.status === 'resolving') return <SkeletonItem className={styles.skeleton} aria-label={strings.loadingLabel} />;
  if (resolution.status === 'failed') return <ErrorState error={resolution.error} siteUrl={siteUrl} onRetry={resolution.retry} />;

  const { unit, units, ownUnitIds, unmappedGroupId, missingUnitId, linkMissingId } = resolution;
  const mapTeam = async (chosen: Unit): Promise<PeopleChangeOutcome> => {
    const outcome = await resolution.mapTeam(chosen);
    if (outcome.kind === 'saved') setMappedTo(chosen.name);
    return outcome;
  };

  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <Field label={strings.unitLabel} orientation="horizontal" className={styles.picker}>
          <UnitChooser units={units} ownUnitIds={ownUnitIds} selectedId={unit?.id} onSelect={(chosen) => onSelect(chosen.id)} siteUrl={siteUrl} />
        </Field>
        {unit !== undefined && !canChangeUnit && (
          <span className={styles.readOnly}>
            <LockClosedRegular aria-hidden className={styles.icon} />
            {strings.unitReadOnly}
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
      {linkMissingId !== undefined && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{fill(strings.unitLinkMissing, { id: String(linkMissingId) })}</MessageBarBody>
        </MessageBar>
      )}
      {unmappedGroupId !== undefined && (
        <LazyPart load={loadTeamMapping} props={{ units, ownUnitIds, canEdit, onMap: mapTeam, siteUrl }} fallback={<></>} siteUrl={siteUrl} />
      )}
      {ownUnitIds.size === 0 && unit === undefined && missingUnitId === undefined && unmappedGroupId === undefined && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{strings.unitNoneOfYours}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
