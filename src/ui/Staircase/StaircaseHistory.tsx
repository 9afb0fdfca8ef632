import * as React from 'react';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { Period } from '../../domain/period';
import { STAIRCASE_STEPS } from '../../domain/programme';
import { StaircaseAssessment, staircaseLevel, StepStatus } from '../../domain/staircase';
import { useLocalization } from '../loc';
import { useStaircaseStyles } from './useStaircaseStyles';

export interface StaircaseHistoryProps {
  periods: readonly Period[];
  assessments: readonly StaircaseAssessment[];
}

/** Each period's status on every step and the level it gave: a table, so it reads row by row. */
export function StaircaseHistory({ periods, assessments }: StaircaseHistoryProps): React.ReactElement {
  const { strings, fill } = useLocalization();
  const styles = useStaircaseStyles();
  const statusText: Record<StepStatus, string> = {
    notStarted: strings.stepNotStarted,
    inProgress: strings.stepInProgress,
    fulfilled: strings.stepFulfilled
  };
  return (
    // The table may be wider than a meeting side panel: a keyboard user must be able to scroll it too.
    <div className={styles.history} role="region" aria-label={strings.staircaseHistory} tabIndex={0}>
      <Table size="small" aria-label={strings.staircaseHistory}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{strings.staircaseHistoryPeriod}</TableHeaderCell>
            {STAIRCASE_STEPS.map((step) => (
              <TableHeaderCell key={step}>{fill(strings.staircaseHistoryStep, { step })}</TableHeaderCell>
            ))}
            <TableHeaderCell>{strings.staircaseHistoryLevel}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {periods.map((period) => {
            const ofPeriod = assessments.filter((a) => a.period === period);
            const status = new Map(ofPeriod.map((a) => [a.step, a.status]));
            return (
              <TableRow key={period}>
                <TableCell>{String(period)}</TableCell>
                {STAIRCASE_STEPS.map((step) => (
                  <TableCell key={step}>{statusText[status.get(step) ?? 'notStarted']}</TableCell>
                ))}
                <TableCell>{fill(strings.staircaseLevel, { level: staircaseLevel(ofPeriod), total: STAIRCASE_STEPS.length })}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
