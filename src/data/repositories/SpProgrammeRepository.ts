import { SPFI } from '@pnp/sp';
import { Period } from '../../domain/period';
import { assembleProgramme, ProgrammeEntry, validateProgrammeEntry } from '../../domain/programme';
import { translated } from '../translateErrors';
import { ACTION_PLAN_QUERY, readActionPlan } from '../mapping/actionPlans';
import { ASSESSMENT_QUERY, readAssessment } from '../mapping/assessments';
import { KNOWLEDGE_LINK_QUERY, readKnowledgeLink } from '../mapping/knowledgeLinks';
import { programmeEntryFields, PROGRAMME_QUERY, readProgrammeEntry } from '../mapping/programme';
import { readRows, SpRow } from '../mapping/rowReader';
import { inOneBatch, rowsOf, unitPeriodFilter } from '../queries';
import { Loaded, Overview, ProgrammeRepository } from '../../app/contracts';
import { ListRows } from './listRows';
import { saveRow } from './saveRow';
import { recentUpdateRows, recentUpdates } from './SpUpdateRepository';

/** Updates on the overview: a few, the way staff read them. */
const OVERVIEW_UPDATES = 5;

/** Kunskap och stöd is a short list kept by hand; the overview reads this many links. */
export const KNOWLEDGE_LINK_ROWS = 500;

/** The rows the overview is made of: the programme, the plans, the unit's assessments for the period the latest updates and Kunskap och stöd. */
export interface OverviewRows {
  entryRows: SpRow[];
  planRows: SpRow[];
  assessmentRows: SpRow[];
  updateRows: SpRow[];
  knowledgeRows: SpRow[];
}

/** The overview from rows read in some batch (the repository's own, or the start's). */
export function overviewOf(rows: OverviewRows, now: Date): Loaded<Overview> {
  const entries = readRows(rows.entryRows, readProgrammeEntry);
  const plans = readRows(rows.planRows, readActionPlan);
  const assessments = readRows(rows.assessmentRows, readAssessment);
  const updates = recentUpdates(rows.updateRows, now, OVERVIEW_UPDATES);
  const knowledgeLinks = readRows(rows.knowledgeRows, readKnowledgeLink);
  return {
    value: {
      programme: assembleProgramme(entries.value),
      actionPlans: plans.value.sort((a, b) => a.order - b.order),
      assessments: assessments.value,
      latestUpdates: updates.value,
      knowledgeLinks: knowledgeLinks.value
    },
    problems: [...entries.problems, ...plans.problems, ...assessments.problems, ...updates.problems, ...knowledgeLinks.problems]
  };
}

export class SpProgrammeRepository implements ProgrammeRepository {
  private readonly entries: ListRows<ProgrammeEntry>;

  public constructor(private readonly sp: SPFI) {
    this.entries = new ListRows(sp, 'programme', PROGRAMME_QUERY, readProgrammeEntry);
  }

  public loadOverview(unitId: number | undefined, period: Period, now: Date): Promise<Loaded<Overview>> {
    return translated(async () => {
      const [entryRows, planRows, assessmentRows, updateRows, knowledgeRows] = await inOneBatch<[SpRow[], SpRow[], SpRow[], SpRow[], SpRow[]]>(this.sp, (b) => [
        rowsOf(b, 'programme', PROGRAMME_QUERY)(),
        rowsOf(b, 'actionPlans', ACTION_PLAN_QUERY)(),
        unitId === undefined ? Promise.resolve([]) : rowsOf(b, 'staircaseAssessments', ASSESSMENT_QUERY, unitPeriodFilter(unitId, period))(),
        recentUpdateRows(b)(),
        rowsOf(b, 'knowledgeLinks', KNOWLEDGE_LINK_QUERY).top(KNOWLEDGE_LINK_ROWS)()
      ]);
      return overviewOf({ entryRows, planRows, assessmentRows, updateRows, knowledgeRows }, now);
    });
  }

  public saveEntry(entry: ProgrammeEntry): Promise<ProgrammeEntry> {
    return translated(async () => ({
      ...entry,
      ...(await saveRow(this.entries, entry, validateProgrammeEntry(entry), programmeEntryFields(entry)))
    }));
  }
}
