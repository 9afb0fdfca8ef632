import * as React from 'react';
import { Heading, ViewProps } from '../shared';
import { periodsUpTo } from '../../domain/period';
import { programmeEntryKey, STAIRCASE_STEPS } from '../../domain/programme';
import { staircaseLevel, stepsReadyToFulfil } from '../../domain/staircase';
import { useLocalization } from '../loc';
import { StaircaseSteps } from './StaircaseSteps';
import { EmptyState } from '../shared/states';
import { ViewSection } from '../shared/ViewSection';
import { ChooseUnit } from '../shared/UnitPicker';
import { ReadOnlyNotice } from '../shared/ReadOnlyNotice';
import { StaircaseHistory } from './StaircaseHistory';
import { StaircaseLevel } from './StaircaseLevel';
import { StepAssessment } from './StepAssessment';
import { useStaircase } from './useStaircase';
import { useStaircaseStyles } from './useStaircaseStyles';

/**
 * Trappan: the unit's level for the period, each of the six steps to assess (status, evidence, the
 * checklist items tied to it), a hint where the items say a step is reached, and the history.
 */
export function Staircase({ repositories, unit, unitChoice, canChangeUnit, period, siteUrl }: ViewProps): React.ReactElement {
  const { strings, fill } = useLocalization();
  const styles = useStaircaseStyles();
  const loader = useStaircase(repositories, unit?.id, period);

  return (
    <ViewSection heading={strings.viewStaircase} intro={strings.staircaseIntro} loader={loader} siteUrl={siteUrl} skeletonRows={6}>
      {({ programme, assessments, items, ticks }) => {
        if (!programme) return <EmptyState>{strings.programmeMissing}</EmptyState>;
        if (!unit) {
          return (
            <StaircaseSteps
              steps={programme.staircaseSteps}
              assessments={[]}
              showText
              noUnit={<ChooseUnit prompt={strings.staircaseNoUnit} choice={unitChoice} />}
            />
          );
        }
        const current = assessments.filter((a) => a.period === period);
        const active = items.filter((item) => item.active);
        const done = new Set(ticks.filter((tick) => tick.done).map((tick) => tick.itemId));
        const ready = new Set(stepsReadyToFulfil(active, ticks, current));
        const entries = new Map(programme.staircaseSteps.map((entry) => [entry.key, entry]));
        return (
          <>
            <StaircaseLevel level={staircaseLevel(current)} />
            {!canChangeUnit && <ReadOnlyNotice>{fill(strings.staircaseReadOnly, { unit: unit.name })}</ReadOnlyNotice>}
            {ready.size > 0 && (
              <p className={styles.hints}>{fill(strings.staircaseReadySummary, { steps: [...ready].join(', ') })}</p>
            )}
            <ol className={styles.steps}>
              {STAIRCASE_STEPS.map((step) => (
                <StepAssessment
                  key={`${unit.id}:${period}:${step}`}
                  repositories={repositories}
                  unitId={unit.id}
                  period={period}
                  step={step}
                  entry={entries.get(programmeEntryKey('staircaseStep', step))}
                  assessment={current.find((a) => a.step === step)}
                  items={active.filter((item) => item.staircaseStep === step)}
                  doneItemIds={done}
                  ready={ready.has(step)}
                  canContribute={canChangeUnit}
                />
              ))}
            </ol>
            <Heading level={3} className={styles.stepTitle}>
              {strings.staircaseHistory}
            </Heading>
            <StaircaseHistory periods={periodsUpTo(period)} assessments={assessments} />
          </>
        );
      }}
    </ViewSection>
  );
}
