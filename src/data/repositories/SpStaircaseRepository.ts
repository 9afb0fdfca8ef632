import { SPFI } from '@pnp/sp';
import { Period } from '../../domain/period';
import { Person } from '../../domain/person';
import { StaircaseAssessment, validateAssessment } from '../../domain/staircase';
import { translated } from '../translateErrors';
import { ASSESSMENT_QUERY, assessmentChangeFields, newAssessmentFields, readAssessment } from '../mapping/assessments';
import { readRows } from '../mapping/rowReader';
import { readAll } from '../queries';
import { ConflictError, Loaded, NotFoundError, StaircaseRepository, ValidationError } from '../../app/contracts';
import { unitFolderPath } from '../rights/unitFolders';
import { ListRows } from './listRows';

export class SpStaircaseRepository implements StaircaseRepository {
  private readonly rows: ListRows<StaircaseAssessment>;

  public constructor(
    private readonly sp: SPFI,
    private readonly currentUser: () => Promise<Person>
  ) {
    this.rows = new ListRows(sp, 'staircaseAssessments', ASSESSMENT_QUERY, readAssessment);
  }

  public forUnit(unitId: number, periods: Period[]): Promise<Loaded<StaircaseAssessment[]>> {
    return translated(async () => {
      if (periods.length === 0) return { value: [], problems: [] };
      const filter = `UnitId eq ${unitId} and (${periods.map((p) => `Period eq ${p}`).join(' or ')})`;
      return readRows(await readAll(this.sp, 'staircaseAssessments', ASSESSMENT_QUERY, filter), readAssessment);
    });
  }

  /**
   * Saves a person's assessment of a step. It is a form, so a newer version saved by someone else
   * (or a row someone created for the same step first) is shown to the person as a conflict.
   */
  public save(assessment: StaircaseAssessment): Promise<StaircaseAssessment> {
    return translated(async () => {
      const issues = validateAssessment(assessment);
      if (issues.length > 0) throw new ValidationError(issues);
      const person = await this.currentUser();
      const at = new Date().toISOString();
      const saved = { ...assessment, assessedBy: person, assessedAt: at };
      if (assessment.id === undefined) {
        const outcome = await this.rows.createKeyed(newAssessmentFields(assessment, at), unitFolderPath(this.sp, 'staircaseAssessments', assessment.unitId));
        if ('existing' in outcome) throw new ConflictError(outcome.existing);
        return { ...saved, ...outcome.created };
      }
      const merged = await this.rows.merge({ id: assessment.id, etag: assessment.etag }, assessmentChangeFields(assessment, at));
      if (merged.kind === 'changed') throw new ConflictError(await this.rows.findById(assessment.id));
      if (merged.kind === 'gone') throw new NotFoundError();
      return { ...saved, etag: merged.etag };
    });
  }
}
