import * as React from 'react';
import { Link, useId } from '@fluentui/react-components';
import type { ActionPlan } from '../../domain/actionPlan';
import type { ChecklistItem } from '../../domain/checklist';
import type { NextStepGaps } from '../../domain/nextStep';
import type { Route } from '../routing';
import { Heading } from '../shared';
import { RouteLink } from '../shared/RouteLink';
import { useLocalization } from '../loc';
import { useStaircaseStyles } from './useStaircaseStyles';

export interface StaircaseNextStepProps {
  /** Undefined when every step is fulfilled. */
  gaps?: NextStepGaps;
  unitId: number;
  plans: readonly ActionPlan[];
  navigate: (route: Route) => void;
  /** The id of the step's assessment on this page, where it is made. */
  assessmentAnchor: (step: number) => string;
}

/** What the unit's next step still needs, each part linking to where it is done: an item's checklist, the step's assessment. */
export function StaircaseNextStep({ gaps, unitId, plans, navigate, assessmentAnchor }: StaircaseNextStepProps): React.ReactElement {
  const { strings, fill, text, langOf } = useLocalization();
  const styles = useStaircaseStyles();
  const headingId = useId('mr-next-step');
  if (gaps === undefined) return <p className={styles.hints}>{strings.staircaseNextAllFulfilled}</p>;
  const planKey = new Map(plans.map((plan) => [plan.id, plan.key]));
  const itemLinks = (items: readonly ChecklistItem[]): React.ReactElement => (
    <ul className={styles.tied}>
      {items.map((item) => (
        <li key={item.id} className={styles.tiedItem}>
          <RouteLink route={{ view: 'plans', item: planKey.get(item.planId), unit: unitId }} navigate={navigate}>
            <span lang={langOf(item.title)}>{text(item.title)}</span>
          </RouteLink>
        </li>
      ))}
    </ul>
  );
  const assessLink = (
    <Link href={`#${assessmentAnchor(gaps.step)}`}>{fill(strings.staircaseNextAssess, { step: gaps.step })}</Link>
  );
  return (
     <section aria-labelledby={headingId} className={styles.step}>
      <Heading level={3} id={headingId} className={styles.stepTitle}>
        {fill(strings.staircaseNextHeading, { step: gaps.step })}
      </Heading>
      {gaps.itemsNotDone.length > 0 ? (
        <>
          <p className={styles.muted}>{strings.staircaseNextItemsNotDone}</p>
          {itemLinks(gaps.itemsNotDone)}
        </>
      ) : (
        <p className={styles.muted}>{strings.staircaseNextOnlyAssessment}</p>
      )}
      <p className={styles.muted}>{gaps.assessment === 'notAssessed' ? strings.staircaseNextNotAssessed : strings.staircaseNextNotFulfilled}</p>
      <p className={styles.hints}>{assessLink}</p>
      {gaps.itemsWithoutEvidence.length > 0 && (
        <>
          <p className={styles.muted}>{strings.staircaseNextWithoutEvidence}</p>
          {itemLinks(gaps.itemsWithoutEvidence)}
        </>
      )}
      {gaps.assessment === 'notFulfilled' && gaps.assessmentWithoutEvidence && (
        <p className={styles.muted}>{fill(strings.staircaseNextAssessmentWithoutEvidence, { step: gaps.step })}</p>
      )}
    </section>
  );
}
