import { isStepStatus, StaircaseAssessment, validateAssessment } from '../../domain/staircase';
import { StaircaseStepNumber } from '../../domain/programme';
import { LISTS } from '../schema';
import { Mapped, RowQuery, RowReader, SpFields, SpRow } from './rowReader';

const COLUMNS = {
  key: 'Title',
  unitId: 'Unit',
  step: 'Step',
  period: 'Period',
  status: 'StepStatus',
  evidence: 'Evidence',
  evidenceLink: 'EvidenceLink',
  assessedAt: 'AssessedAt'
};

export const ASSESSMENT_QUERY: RowQuery = {
  select: [
    'Id',
    'Title',
    'UnitId',
    'Step',
    'Period',
    'StepStatus',
    'Evidence',
    'EvidenceLink',
    'Editor/Id',
    'Editor/Title',
    'Editor/EMail',
    'AssessedAt'
  ],
  // Who assessed is the row's Editor, which SharePoint sets; the legacy AssessedBy column is the row's history only.
  expand: ['Editor']
};

export function readAssessment(row: SpRow): Mapped<StaircaseAssessment> {
  const r = new RowReader(row, LISTS.staircaseAssessments);
  const assessment: StaircaseAssessment = {
    id: r.id,
    key: r.text('Title') ?? '',
    unitId: r.lookupId('Unit') ?? 0,
    // validateAssessment below refuses any number that is not a step.
    step: (r.number('Step') ?? 0) as StaircaseStepNumber,
    period: r.number('Period') ?? 0,
    status: r.choice('StepStatus', isStepStatus) ?? 'notStarted',
    evidence: r.text('Evidence') ?? '',
    evidenceLink: r.url('EvidenceLink'),
    assessedBy: r.person('Editor'),
    assessedAt: r.date('AssessedAt'),
    etag: r.etag
  };
  return r.result(assessment, validateAssessment(assessment), COLUMNS);
}

/** The fields a person's assessment sets; the unit, step and period stay as the row was created. */
export function assessmentChangeFields(assessment: StaircaseAssessment, at: string): SpFields {
  const link = assessment.evidenceLink?.trim();
  return {
    StepStatus: assessment.status,
    Evidence: assessment.evidence,
    EvidenceLink: link ? { Url: link, Description: link } : null,
    AssessedAt: at
  };
}

export function newAssessmentFields(assessment: StaircaseAssessment, at: string): SpFields {
  return {
    Title: assessment.key,
    UnitId: assessment.unitId,
    Step: assessment.step,
    Period: assessment.period,
    ...assessmentChangeFields(assessment, at)
  };
}
