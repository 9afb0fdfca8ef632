import * as React from 'react';
import { ConflictError, MrRepositories } from '../../app';
import type { Period } from '../../domain/period';
import type { StaircaseStepNumber } from '../../domain/programme';
import { assessmentKey, isStepStatus, StaircaseAssessment, StepStatus } from '../../domain/staircase';
import { linkIssue } from '../../domain/validation';
import { problemKind } from '../shared/states';

export interface StepDraft {
  status: StepStatus;
  evidence: string;
  evidenceLink: string;
}

export interface StepAssessmentState {
  saved?: StaircaseAssessment;
  draft: StepDraft;
  change: (change: Partial<StepDraft>) => void;
  linkInvalid: boolean;
  dirty: boolean;
  saving: boolean;
  /** The last save went through and nothing has changed since: the step says so. */
  justSaved: boolean;
  /** Why the last save failed, when it did. */
  failure?: 'accessDenied' | 'unreachable' | 'unexpected';
  /** The version someone else saved meanwhile; the person chooses theirs or keeps their own. */
  theirs?: StaircaseAssessment;
  save: () => void;
  useTheirs: () => void;
}

const draftOf = (assessment: StaircaseAssessment | undefined): StepDraft => ({
  status: assessment?.status ?? 'notStarted',
  evidence: assessment?.evidence ?? '',
  evidenceLink: assessment?.evidenceLink ?? ''
});

function isAssessment(value: unknown): value is StaircaseAssessment {
  return typeof value === 'object' && value !== null && isStepStatus((value as StaircaseAssessment).status);
}

/** One step's assessment while the person edits it: the draft, its save, and a conflict with someone else's save. */
export function useStepAssessment(
  repositories: MrRepositories,
  unitId: number,
  step: StaircaseStepNumber,
  period: Period,
  initial: StaircaseAssessment | undefined,
  /** Told of every version that becomes the stored one (a save, or someone else's kept), so the level follows at once. */
  onStored: (assessment: StaircaseAssessment) => void
): StepAssessmentState {
  const [saved, setSaved] = React.useState(initial);
  const [draft, setDraft] = React.useState(() => draftOf(initial));
  const [saving, setSaving] = React.useState(false);
  const [justSaved, setJustSaved] = React.useState(false);
  const [failure, setFailure] = React.useState<StepAssessmentState['failure']>();
  const [theirs, setTheirs] = React.useState<StaircaseAssessment>();
  const linkInvalid = linkIssue('evidenceLink', draft.evidenceLink) !== undefined;
  const stored = draftOf(saved);
  const dirty = draft.status !== stored.status || draft.evidence !== stored.evidence || draft.evidenceLink !== stored.evidenceLink;

  const save = (): void => {
    if (linkInvalid) return;
    // Saving over a conflict means keeping one's own text on top of the version seen now.
    const base = theirs ?? saved;
    const assessment: StaircaseAssessment = {
      ...base,
      key: assessmentKey(unitId, step, period),
      unitId,
      step,
      period,
      status: draft.status,
      evidence: draft.evidence,
      evidenceLink: draft.evidenceLink.trim() === '' ? undefined : draft.evidenceLink.trim()
    };
    setSaving(true);
    setJustSaved(false);
    setFailure(undefined);
    repositories.staircase.save(assessment).then(
      (result) => {
        setSaved(result);
        setDraft(draftOf(result));
        setTheirs(undefined);
        setSaving(false);
        setJustSaved(true);
        onStored(result);
      },
      (error: unknown) => {
        setSaving(false);
        if (error instanceof ConflictError && isAssessment(error.current)) setTheirs(error.current);
        else setFailure(problemKind(error));
      }
    );
  };

  return {
    saved,
    draft,
    linkInvalid,
    dirty,
    saving,
    justSaved,
    failure,
    theirs,
    save,
    change: (change) => {
      setJustSaved(false);
      setDraft((current) => ({ ...current, ...change }));
    },
    useTheirs: () => {
      if (theirs === undefined) return;
      setSaved(theirs);
      setDraft(draftOf(theirs));
      setTheirs(undefined);
      onStored(theirs);
    }
  };
}
