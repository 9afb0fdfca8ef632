import * as React from 'react';
import { CheckmarkCircleFilled, CircleHalfFillRegular, CircleRegular } from '@fluentui/react-icons';
import { mergeClasses } from '@fluentui/react-components';
import { programmeEntryKey, ProgrammeEntry, STAIRCASE_STEPS } from '../../domain/programme';
import { StaircaseAssessment, staircaseLevel, StepStatus } from '../../domain/staircase';
import type { Unit } from '../../domain/unit';
import { useLocalization } from '../loc';
import { useStaircaseStepsStyles } from './useStaircaseStepsStyles';

export interface StaircaseStepsProps {
  steps: readonly ProgrammeEntry[];
  /** The unit's assessments for the period; statuses and the level are shown only with a unit. */
  assessments: readonly StaircaseAssessment[];
  unit?: Unit;
  /** Show each step's description too (the staircase view), not only its name (the overview). */
  showText?: boolean;
  /** What stands in place of the unit's level without a unit; by default a sentence asking for one. */
  noUnit?: React.ReactNode;
}

const STATUS_ICON: Record<StepStatus, typeof CircleRegular> = {
  notStarted: CircleRegular,
  inProgress: CircleHalfFillRegular,
  fulfilled: CheckmarkCircleFilled
};

/** The six steps in order, with the unit's level in words and each step's status as icon and text. */
export function StaircaseSteps({ steps, assessments, unit, showText = false, noUnit }: StaircaseStepsProps): React.ReactElement {
  const { strings, fill, text } = useLocalization();
  const styles = useStaircaseStepsStyles();
  const statusText: Record<StepStatus, string> = {
    notStarted: strings.stepNotStarted,
    inProgress: strings.stepInProgress,
    fulfilled: strings.stepFulfilled
  };
  const statusOfStep = new Map(assessments.map((a) => [programmeEntryKey('staircaseStep', a.step), a.status]));
  const level = staircaseLevel(assessments);

  return (
    <div className={styles.root}>
      {unit === undefined && noUnit !== undefined ? (
        noUnit
      ) : (
        <p className={styles.level}>
          {unit ? fill(strings.staircaseUnitLevel, { unit: unit.name, level, total: STAIRCASE_STEPS.length }) : strings.staircaseNoUnit}
        </p>
      )}
      <ol className={styles.steps}>
        {steps.map((step) => {
          const status = statusOfStep.get(step.key) ?? 'notStarted';
          const StatusIcon = STATUS_ICON[status];
          return (
            <li key={step.key} className={styles.step}>
              <span className={styles.stepTitle}>{text(step.title)}</span>
              {showText && <span className={styles.stepText}>{text(step.text)}</span>}
              {unit && (
                <span className={styles.status}>
                  <StatusIcon aria-hidden className={mergeClasses(styles.icon, status === 'fulfilled' && styles.fulfilledIcon)} />
                  {statusText[status]}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
