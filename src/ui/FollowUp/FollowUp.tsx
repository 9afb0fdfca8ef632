import * as React from 'react';
import type { Unit } from '../../domain/unit';
import { Section, useLoad, useViewStyles, ViewProps } from '../common';
import { useLocalization } from '../loc';
import { EmptyState, ErrorState, LoadingState, RowProblems } from '../states';
import { unitTypeLabel } from './export/exportStrings';
import { useFollowUpStyles } from './useFollowUpStyles';

/** Uppföljning: how the city follows the programme up, and the units that work with it. */
export function FollowUp({ repositories, siteUrl }: ViewProps): React.ReactElement {
  const { strings } = useLocalization();
  const styles = useFollowUpStyles();
  const viewStyles = useViewStyles();
  const { state, reload } = useLoad(() => repositories.units.list(), [repositories]);

  let content: React.ReactNode;
  if (state.status === 'loading') content = <LoadingState rows={8} />;
  else if (state.status === 'failed') content = <ErrorState error={state.error} siteUrl={siteUrl} onRetry={reload} />;
  else {
    const units = [...state.value.value].sort((a, b) => a.name.localeCompare(b.name));
    const byId = new Map<number, Unit>(units.map((unit) => [unit.id, unit]));
    content = (
      <>
        <RowProblems problems={state.value.problems} />
        {units.length === 0 ? (
          <EmptyState>{strings.followUpUnitsEmpty}</EmptyState>
        ) : (
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col" className={styles.cell}>
                  {strings.followUpColumnUnit}
                </th>
                <th scope="col" className={styles.cell}>
                  {strings.followUpColumnType}
                </th>
                <th scope="col" className={styles.cell}>
                  {strings.followUpColumnParent}
                </th>
              </tr>
            </thead>
            <tbody>
              {units.map((unit) => (
                <tr key={unit.id}>
                  <th scope="row" className={styles.rowHeader}>
                    {unit.name}
                  </th>
                  <td className={styles.cell}>{unitTypeLabel(unit.type, strings)}</td>
                  <td className={styles.cell}>{unit.parentId === undefined ? '' : byId.get(unit.parentId)?.name ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </>
    );
  }

  return (
    <Section heading={strings.viewFollowUp}>
      <div className={viewStyles.root}>
        <p className={viewStyles.intro}>{strings.followUpIntro}</p>
        {content}
      </div>
    </Section>
  );
}
