import * as React from 'react';
import { ProgressBar, useId } from '@fluentui/react-components';
import type { PlanProgressAcrossUnits } from '../../domain/planProgress';
import { percent } from '../../domain/progress';
import { Heading } from '../shared';
import { useLocalization } from '../loc';
import { usePlanProgressStyles } from './usePlanProgressStyles';

export interface PlanProgressProps {
  progress: PlanProgressAcrossUnits;
  period: number;
}

/**
 * The plan's progress across the city's units: how many have started and finished, then each unit that has
 * started with its count and share in words (the bar beside it only repeats them, so it is hidden from
 * assistive technology and never carries the figure alone).
 */
export function PlanProgress({ progress, period }: PlanProgressProps): React.ReactElement {
  const { strings, fill } = useLocalization();
  const styles = usePlanProgressStyles();
  const headingId = useId('mr-plan-progress');
  const summary =
    progress.itemCount === 0
      ? strings.planProgressNoItems
      : progress.started.length === 0
        ? fill(strings.planProgressNone, { period: String(period) })
        : fill(strings.planProgressSummary, { started: progress.started.length, units: progress.unitCount, complete: progress.complete, period: String(period) });
  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <Heading level={3} id={headingId} className={styles.heading}>
        {strings.planProgressHeading}
      </Heading>
      <p className={styles.summary}>{summary}</p>
      {progress.itemCount > 0 && progress.started.length > 0 && (
        <ul className={styles.list} aria-labelledby={headingId}>
          {progress.started.map(({ unit, progress: unitProgress }) => (
            <li key={unit.id} className={styles.unit}>
              <span className={styles.name}>{unit.name}</span>
              <ProgressBar className={styles.bar} value={percent(unitProgress) / 100} aria-hidden />
              <span className={styles.count}>{fill(strings.planProgressCount, { done: unitProgress.done, total: unitProgress.total, percent: percent(unitProgress) })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
