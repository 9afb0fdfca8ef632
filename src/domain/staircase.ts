import { ChecklistItem, Tick } from './checklist';
import { MAX_PERIOD, MIN_PERIOD, Period } from './period';
import { Person } from './person';
import { STAIRCASE_STEPS, StaircaseStepNumber } from './programme';
import { keyIssue, linkIssue, MAX_NOTE_LENGTH, ValidationIssue, Validator } from './validation';

export type StepStatus = 'notStarted' | 'inProgress' | 'fulfilled';

export const STEP_STATUSES: readonly StepStatus[] = ['notStarted', 'inProgress', 'fulfilled'];

/** A unit's own judgement of one staircase step in one period. */
export interface StaircaseAssessment {
  id?: number;
  key: string;
  unitId: number;
  step: StaircaseStepNumber;
  period: Period;
  status: StepStatus;
  evidence: string;
  evidenceLink?: string;
  assessedBy?: Person;
  assessedAt?: string;
  etag?: string;
}

export function isStepStatus(value: unknown): value is StepStatus {
  return typeof value === 'string' && (STEP_STATUSES as readonly string[]).includes(value);
}

export function assessmentKey(unitId: number, step: StaircaseStepNumber, period: Period): string {
  return `${unitId}:${step}:${period}`;
}

/**
 * A unit's level: the highest step that is fulfilled together with every step below it.
 * 0 means not even step 1 is fulfilled.
 */
export function staircaseLevel(assessments: readonly Pick<StaircaseAssessment, 'step' | 'status'>[]): number {
  const fulfilled = new Set(assessments.filter((a) => a.status === 'fulfilled').map((a) => a.step));
  let level = 0;
  for (const step of STAIRCASE_STEPS) {
    if (!fulfilled.has(step)) break;
    level = step;
  }
  return level;
}

/**
 * Steps whose tied checklist items are all done while the step itself is not marked fulfilled:
 * the unit probably can mark the step, so the staircase shows a hint.
 */
export function stepsReadyToFulfil(
  items: readonly ChecklistItem[],
  ticks: readonly Pick<Tick, 'itemId' | 'done'>[],
  assessments: readonly Pick<StaircaseAssessment, 'step' | 'status'>[]
): StaircaseStepNumber[] {
  const done = new Set(ticks.filter((t) => t.done).map((t) => t.itemId));
  const statusOf = new Map(assessments.map((a) => [a.step, a.status]));
  return STAIRCASE_STEPS.filter((step) => {
    const tied = items.filter((i) => i.active && i.staircaseStep === step);
    return tied.length > 0 && tied.every((i) => done.has(i.id)) && statusOf.get(step) !== 'fulfilled';
  });
}

export function validateAssessment(assessment: StaircaseAssessment): ValidationIssue[] {
  return new Validator()
    .integerBetween('step', assessment.step, 1, STAIRCASE_STEPS.length)
    .integerBetween('period', assessment.period, MIN_PERIOD, MAX_PERIOD)
    .oneOf('status', assessment.status, STEP_STATUSES)
    .maxLength('evidence', assessment.evidence, MAX_NOTE_LENGTH)
    .add(linkIssue('evidenceLink', assessment.evidenceLink))
    .isoTimestamp('assessedAt', assessment.assessedAt)
    .add(keyIssue(assessment.key, assessmentKey(assessment.unitId, assessment.step, assessment.period))).issues;
}
