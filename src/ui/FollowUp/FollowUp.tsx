import * as React from 'react';
import type { Unit } from '../../domain/unit';
import { useLoad, ViewProps } from '../common';
import { useLocalization } from '../loc';
import { EmptyState } from '../states';
import { ViewSection } from '../ViewSection';
import { unitTypeLabel } from './export/exportStrings';
import { useFollowUpStyles } from './useFollowUpStyles';

/** Uppföljning: how the city follows the programme up, and the units that work with it. */
export function FollowUp({ repositories, siteUrl }: ViewProps): React.ReactElement {
  const { strings } = useLocalization();
  const styles = useFollowUpStyles();
  const loader = useLoad(() => repositories.units.list(), [repositories]);

  return (
    <ViewSection heading={strings.viewFollowUp} intro={strings.followUpIntro} loader={loader} siteUrl={siteUrl} skeletonRows={8}>
      {(value) => {
        const units = [...value].sort((a, b) => a.name.localeCompare(b.name));
        const byId = new Map<number, Unit>(units.map((unit) => [unit.id, unit]));
        return units.length === 0 ? (
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
        );
      }}
    </ViewSection>
  );
}
