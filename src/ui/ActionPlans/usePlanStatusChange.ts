import * as React from 'react';
import { ActionPlanRepository, saveContent, SaveProblem } from '../../app';
import { ActionPlan, ActionPlanStatus, validateActionPlan } from '../../domain/actionPlan';
import type { ValidationIssue } from '../../domain/validation';

/** Where the editor is: looking at the plan, choosing its new status, or told that it is saved. */
export type PlanStatusStep = 'viewing' | 'choosing' | 'saved';

export interface PlanStatusChangeState {
  step: PlanStatusStep;
  status: ActionPlanStatus;
  adoptionDate: string;
  saving: boolean;
  issues: ValidationIssue[];
  /** Why the save failed; 'conflict' when another editor saved the plan first (theirs is then shown). */
  problem?: SaveProblem | 'conflict';
  /** Step one: choose. */
  start: () => void;
  choose: (status: ActionPlanStatus) => void;
  setAdoptionDate: (date: string) => void;
  /** Step two: save, checked against the plan's rules first. */
  save: () => void;
  cancel: () => void;
}

/**
 * An editor changes a plan's status from its page in two steps (choose, save) and is told when it is saved.
 * `onStored` gets the stored plan: the person's, or another editor's when they saved first.
 */
export function usePlanStatusChange(plan: ActionPlan, repository: Pick<ActionPlanRepository, 'save'>, onStored: (plan: ActionPlan) => void): PlanStatusChangeState {
  const [step, setStep] = React.useState<PlanStatusStep>('viewing');
  const [status, setStatus] = React.useState(plan.status);
  const [adoptionDate, setAdoptionDate] = React.useState(plan.adoptionDate ?? '');
  const [saving, setSaving] = React.useState(false);
  const [issues, setIssues] = React.useState<ValidationIssue[]>([]);
  const [problem, setProblem] = React.useState<PlanStatusChangeState['problem']>();

  const save = (): void => {
    const draft: ActionPlan = { ...plan, status, adoptionDate: adoptionDate.trim() === '' ? undefined : adoptionDate.trim() };
    setSaving(true);
    setProblem(undefined);
    void saveContent({ draft, validate: validateActionPlan, save: (value) => repository.save(value) }).then((outcome) => {
      setSaving(false);
      if (outcome.kind === 'saved') {
        setIssues([]);
        setStep('saved');
        onStored(outcome.saved);
      } else if (outcome.kind === 'invalid') {
        setIssues(outcome.issues);
      } else if (outcome.kind === 'conflict') {
        setProblem('conflict');
        onStored(outcome.theirs);
        setStatus(outcome.theirs.status);
        setAdoptionDate(outcome.theirs.adoptionDate ?? '');
      } else {
        setProblem(outcome.problem);
      }
    });
  };

  return {
    step,
    status,
    adoptionDate,
    saving,
    issues,
    problem,
    start: () => {
      setStatus(plan.status);
      setAdoptionDate(plan.adoptionDate ?? '');
      setIssues([]);
      setProblem(undefined);
      setStep('choosing');
    },
    choose: setStatus,
    setAdoptionDate,
    save,
    cancel: () => {
      setIssues([]);
      setProblem(undefined);
      setStep('viewing');
    }
  };
}
