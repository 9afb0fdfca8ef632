/**
 * What stands between a unit and its next staircase step, from the programme's own rules only: the level
 * is the highest step assessed as fulfilled with every step below it (staircaseLevel), so the next step
 * needs its own assessment as fulfilled; the checklist items tied to the step are its work (as
 * stepsReadyToFulfil reads them). The source documents ask for no particular evidence, so evidence
 * not linked is reported as such, apart from what the step requires.
 */
import { ChecklistItem, Tick } from './checklist';
import { ItemAssignment } from './itemAssignment';
import { STAIRCASE_STEPS, StaircaseStepNumber } from './programme';
import { StaircaseAssessment, staircaseLevel } from './staircase';

export interface NextStepGaps {
  step: StaircaseStepNumber;
  /** Active items tied to the step, not ticked in the period. */
  itemsNotDone: ChecklistItem[];
  /** How the step stands: not assessed at all, or assessed but not (yet) as fulfilled. */
  assessment: 'notAssessed' | 'notFulfilled';
  /** Done items tied to the step with no evidence link. */
  itemsWithoutEvidence: ChecklistItem[];
  /** The step's assessment holds no evidence (neither text nor link). */
  assessmentWithoutEvidence: boolean;
}

/** The next step's gaps; undefined when every step is fulfilled. */
export function nextStepGaps(
  items: readonly ChecklistItem[],
  ticks: readonly Pick<Tick, 'itemId' | 'done'>[],
  assessments: readonly StaircaseAssessment[],
  assignments: readonly Pick<ItemAssignment, 'itemId' | 'evidence'>[]
): NextStepGaps | undefined {
  const step = STAIRCASE_STEPS.find((s) => s === staircaseLevel(assessments) + 1);
  if (step === undefined) return undefined;
  const done = new Set(ticks.filter((tick) => tick.done).map((tick) => tick.itemId));
  const evidenced = new Set(assignments.filter((a) => a.evidence.length > 0).map((a) => a.itemId));
  const tied = items.filter((item) => item.active && item.staircaseStep === step).sort((a, b) => a.order - b.order || a.id - b.id);
  const assessment = assessments.find((a) => a.step === step);
  return {
    step,
    itemsNotDone: tied.filter((item) => !done.has(item.id)),
    assessment: assessment === undefined ? 'notAssessed' : 'notFulfilled',
    itemsWithoutEvidence: tied.filter((item) => done.has(item.id) && !evidenced.has(item.id)),
    assessmentWithoutEvidence: assessment === undefined || (assessment.evidence.trim() === '' && (assessment.evidenceLink ?? '') === '')
  };
}
