import * as React from 'react';
import { Heading, ViewProps } from '../shared';
import { periodsUpTo } from '../../domain/period';
import type { Unit } from '../../domain/unit';
import { Programme, programmeEntryKey, STAIRCASE_STEPS, StaircaseStepNumber } from '../../domain/programme';
import { StaircaseAssessment, staircaseLevel, stepsReadyToFulfil } from '../../domain/staircase';
import { useLocalization } from '../loc';
import { StaircaseSteps } from './StaircaseSteps';
import { EmptyState } from '../shared/states';
import { ViewSection } from '../shared/ViewSection';
import { ChooseUnit } from '../shared/UnitPicker';
import { ReadOnlyNotice } from '../shared/ReadOnlyNotice';
import { StaircaseHistory } from './StaircaseHistory';
import { StaircaseLevel } from './StaircaseLevel';
import { StaircaseNextStep } from './StaircaseNextStep';
import { nextStepGaps } from '../../domain/nextStep';
import { useId } from '@fluentui/react-components';
import { StepAssessment } from './StepAssessment';
import { StaircaseData, useStaircase } from './useStaircase';
import { useStaircaseStyles } from './useStaircaseStyles';

interface UnitStaircaseProps extends Pick<ViewProps, 'repositories' | 'period' | 'canChangeUnit' | 'navigate'> {
  unit: Unit;
  data: StaircaseData & { programme: Programme };
}

/**
 * One unit's staircase: the level, the steps to assess and the history. The level, its drawing and the hints
 * follow each save at once, from the versions the steps report as stored.
 */
function UnitStaircase({ repositories, unit, period, canChangeUnit, navigate, data }: UnitStaircaseProps): React.ReactElement {
  const { strings, fill } = useLocalization();
  const styles = useStaircaseStyles();
  const { programme, assessments, items, ticks, plans, assignments } = data;
  const anchorPrefix = useId('mr-step-');
  const anchorOf = (step: number): string => `${anchorPrefix}${step}`;
  const [stored, setStored] = React.useState<ReadonlyMap<StaircaseStepNumber, StaircaseAssessment>>(
    () => new Map(assessments.filter((a) => a.period === period).map((a) => [a.step, a]))
  );
  const current = [...stored.values()];
  const onStored = React.useCallback((assessment: StaircaseAssessment) => setStored((map) => new Map(map).set(assessment.step, assessment)), []);
  const history = [...assessments.filter((a) => a.period !== period), ...current];
  const active = items.filter((item) => item.active);
  const done = new Set(ticks.filter((tick) => tick.done).map((tick) => tick.itemId));
  const ready = new Set(stepsReadyToFulfil(active, ticks, current));
  const unitId = unit.id;
  const entries = new Map(programme.staircaseSteps.map((entry) => [entry.key, entry]));
  return (
    <>
      <StaircaseLevel level={staircaseLevel(current)} />
      {!canChangeUnit && <ReadOnlyNotice>{fill(strings.staircaseReadOnly, { unit: unit.name })}</ReadOnlyNotice>}
      {ready.size > 0 && <p className={styles.hints}>{fill(strings.staircaseReadySummary, { steps: [...ready].join(', ') })}</p>}
      <StaircaseNextStep
        gaps={nextStepGaps(active, ticks, current, assignments)}
        unitId={unitId}
        plans={plans}
        navigate={navigate}
        assessmentAnchor={anchorOf}
      />
      <ol className={styles.steps}>
        {STAIRCASE_STEPS.map((step) => (
          <StepAssessment
            key={`${unitId}:${period}:${step}`}
            repositories={repositories}
            unitId={unitId}
            period={period}
            step={step}
            entry={entries.get(programmeEntryKey('staircaseStep', step))}
            assessment={stored.get(step)}
            items={active.filter((item) => item.staircaseStep === step)}
            doneItemIds={done}
            ready={ready.has(step)}
            canContribute={canChangeUnit}
            onStored={onStored}
            anchorId={anchorOf(step)}
          />
        ))}
      </ol>
      <Heading level={3} className={styles.stepTitle}>
        {strings.staircaseHistory}
      </Heading>
      <StaircaseHistory periods={periodsUpTo(period)} assessments={history} />
    </>
  );
}

/**
 * Trappan: the unit's level for the period, each of the six steps to assess (status, evidence, the
 * checklist items tied to it), a hint where the items say a step is reached, and the history.
 */
export function Staircase({ repositories, unit, unitChoice, canChangeUnit, period, siteUrl, navigate }: ViewProps): React.ReactElement {
  const { strings } = useLocalization();
  const loader = useStaircase(repositories, unit?.id, period);

  return (
    <ViewSection heading={strings.viewStaircase} intro={strings.staircaseIntro} loader={loader} siteUrl={siteUrl} skeletonRows={6}>
      {(data) => {
        const { programme } = data;
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
        return (
          <UnitStaircase
            key={`${unit.id}:${period}`}
            repositories={repositories}
            unit={unit}
            period={period}
            canChangeUnit={canChangeUnit}
            navigate={navigate}
            data={{ ...data, programme }}
          />
        );
      }}
    </ViewSection>
  );
}
