import { SPFI } from '@pnp/sp';
import { Period } from '../../domain/period';
import { assembleProgramme } from '../../domain/programme';
import { ChecklistItem, Tick } from '../../domain/checklist';
import { UnitSummary } from '../../domain/unitSummary';
import { translated } from '../translateErrors';
import { ACTION_PLAN_QUERY, readActionPlan } from '../mapping/actionPlans';
import { ASSESSMENT_QUERY, readAssessment } from '../mapping/assessments';
import { CHECKLIST_ITEM_QUERY, readChecklistItem } from '../mapping/checklistItems';
import { PROGRAMME_QUERY, readProgrammeEntry } from '../mapping/programme';
import { dateOnlyToSharePoint, readRows, RowQuery, SpRow } from '../mapping/rowReader';
import { ASSIGNMENT_QUERY, readAssignment } from '../mapping/assignments';
import { readTick, TICK_QUERY } from '../mapping/ticks';
import { readUnits, UNIT_QUERY } from '../mapping/units';
import { readUnitSummary, SUMMARY_QUERY, unitSummaryFields } from '../mapping/unitSummaries';
import { inOneBatch, PAGE_SIZE, readAll, readWholeList, rowsOf } from '../queries';
import { ListKey } from '../schema';
import { unitFolderPath } from '../rights/unitFolders';
import { ListRows } from './listRows';
import { FollowUpBasis, FollowUpRepository, Loaded, mergeRowProblems, RowProblem, SummaryRepairOutcome } from '../../app/contracts';
import type { ActionPlan } from '../../domain/actionPlan';
import type { Unit } from '../../domain/unit';
import type { ValidationIssue } from '../../domain/validation';

/** One read of the basis: a list, what a mapper needs of it, and the indexed filter that narrows it. */
interface BasisRead {
  list: ListKey;
  query: RowQuery;
  filter?: string;
}

/**
 * The follow-up's lists for some periods. The summaries and assessments are asked for by the indexed
 * Period column, one query per period (an `or` would not narrow through the index), the other lists
 * whole: all in one $batch. A page that comes back full (a city of more than 5,000 units) is read on
 * to its end afterwards, so nothing is cut off.
 */
async function readBasis(sp: SPFI, reads: readonly BasisRead[]): Promise<SpRow[][]> {
  const pages = await inOneBatch<SpRow[][]>(sp, (b) => reads.map((read) => rowsOf(b, read.list, read.query, read.filter)() as Promise<SpRow[]>));
  return Promise.all(pages.map((rows, index) => (rows.length < PAGE_SIZE ? rows : readAll(sp, reads[index].list, reads[index].query, reads[index].filter))));
}

/** Something a row points at: known when it was read, or when its own row could not be read (and is reported as such). */
function knownIds<T extends { id: number }>(rows: Loaded<T[]>): Set<number> {
  return new Set([...rows.value.map((row) => row.id), ...rows.problems.map((problem) => problem.itemId)]);
}

/**
 * Dangling lookups: an item whose action plan is gone belongs to no plan, and a summary's tick on an item or of a unit
 * that is gone belongs to nothing shown. Each is reported on its row; the figures count only what they point at (the
 * report counts the plans' items and the units), and the rest of the follow-up is shown. The summaries stay as stored,
 * so the recount compares them with the tick rows as they are.
 */
function checkedReferences(
  units: Loaded<Unit[]>,
  plans: Loaded<ActionPlan[]>,
  items: Loaded<ChecklistItem[]>,
  summaries: Loaded<UnitSummary[]>
): { items: ChecklistItem[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const planIds = knownIds(plans);
  const withPlan = items.value.filter((item) => planIds.has(item.planId));
  for (const item of items.value.filter((candidate) => !planIds.has(candidate.planId))) {
    problems.push({ list: 'checklistItems', itemId: item.id, issues: [{ field: 'ActionPlan', code: 'unknownReference', params: { value: item.planId } }] });
  }
  const itemIds = knownIds(items);
  const unitIds = knownIds(units);
  for (const summary of summaries.value) {
    const issues: ValidationIssue[] = [];
    if (!unitIds.has(summary.unitId)) issues.push({ field: 'Unit', code: 'unknownReference', params: { value: summary.unitId } });
    for (const entry of summary.entries.filter((candidate) => !itemIds.has(candidate.itemId))) issues.push({ field: 'SummaryItems', code: 'unknownReference', params: { value: entry.itemId } });
    if (issues.length > 0 && summary.id !== undefined) problems.push({ list: 'unitSummaries', itemId: summary.id, issues });
  }
  return { items: withPlan, problems };
}

/** The follow-up's rows, as one read of the basis brings them (the start's batch brings a period's too). */
export interface FollowUpBasisRows {
  summaryRows: SpRow[];
  assessmentRows: SpRow[];
  unitRows: SpRow[];
  entryRows: SpRow[];
  planRows: SpRow[];
  itemRows: SpRow[];
  pastDueRows: SpRow[];
}

export function followUpBasisOf(rows: FollowUpBasisRows): Loaded<FollowUpBasis> {
  const summaries = readRows(rows.summaryRows, readUnitSummary);
  const assessments = readRows(rows.assessmentRows, readAssessment);
  const units = readUnits(rows.unitRows);
  const entries = readRows(rows.entryRows, readProgrammeEntry);
  const plans = readRows(rows.planRows, readActionPlan);
  const items = readRows(rows.itemRows, readChecklistItem);
  const pastDue = readRows(rows.pastDueRows, readAssignment);
  const references = checkedReferences(units, plans, items, summaries);
  return {
    value: {
      units: units.value,
      programme: assembleProgramme(entries.value),
      plans: plans.value.sort((a, b) => a.order - b.order || a.id - b.id),
      items: references.items,
      assessments: assessments.value,
      summaries: summaries.value,
      pastDue: pastDue.value
    },
    problems: mergeRowProblems(summaries.problems, assessments.problems, units.problems, entries.problems, plans.problems, items.problems, pastDue.problems, references.problems)
  };
}

export class SpFollowUpRepository implements FollowUpRepository {
  private readonly summaries: ListRows<UnitSummary>;

  public constructor(private readonly sp: SPFI) {
    this.summaries = new ListRows(sp, 'unitSummaries', SUMMARY_QUERY, readUnitSummary);
  }

  public basisForPeriods(periods: readonly Period[], dueBefore?: string): Promise<Loaded<FollowUpBasis>> {
    return translated(async () => {
      const byPeriod = (list: ListKey, query: RowQuery): BasisRead[] => periods.map((period) => ({ list, query, filter: `Period eq ${period}` }));
      // The summaries first: read before anything else, so a recount that follows sees every tick they count.
      const reads: BasisRead[] = [
        ...byPeriod('unitSummaries', SUMMARY_QUERY),
        ...byPeriod('staircaseAssessments', ASSESSMENT_QUERY),
        { list: 'units', query: UNIT_QUERY },
        { list: 'programme', query: PROGRAMME_QUERY },
        { list: 'actionPlans', query: ACTION_PLAN_QUERY },
        { list: 'checklistItems', query: CHECKLIST_ITEM_QUERY },
        // The indexed due date first: only the rows already past it, not every owner's row of the period.
        ...(dueBefore === undefined ? [] : [{ list: 'itemAssignments', query: ASSIGNMENT_QUERY, filter: `DueDate lt datetime'${dateOnlyToSharePoint(dueBefore)}' and Period eq ${periods[0]}` } as const])
      ];
      const rows = await readBasis(this.sp, reads);
      const n = periods.length;
      const [unitRows, entryRows, planRows, itemRows, pastDueRows] = rows.slice(2 * n);
      return followUpBasisOf({ summaryRows: rows.slice(0, n).flat(), assessmentRows: rows.slice(n, 2 * n).flat(), unitRows, entryRows, planRows, itemRows, pastDueRows: pastDueRows ?? [] });
    });
  }

  /**
   * One period holds more than 5,000 ticks, so SharePoint refuses a query by period; asking unit by unit
   * would cost a query per unit. Instead the list is walked in ID order, all pages at once (see
   * readWholeList): two requests however many units there are, and the rows of other periods are left
   * aside here. A period written as text by hand still counts as that period, so the row is reported rather than lost.
   */
  public ticksForPeriods(periods: readonly Period[]): Promise<Loaded<Tick[]>> {
    return translated(async () => {
      const rows = (await readWholeList(this.sp, 'checklistTicks', TICK_QUERY)).filter((row) => periods.includes(Number(row.Period)));
      return readRows(rows, readTick);
    });
  }

  /** All in one $batch (split only past SharePoint's 100 requests per batch); each summary lands or not on its own. */
  public repairSummaries(summaries: readonly UnitSummary[]): Promise<SummaryRepairOutcome> {
    return translated(async () => {
      const outcomes = await inOneBatch<boolean[]>(this.sp, (b) =>
        summaries.map(async (summary) => {
          const fields = unitSummaryFields(summary);
          try {
            if (summary.id === undefined) {
              const folderPath = unitFolderPath(this.sp, 'unitSummaries', summary.unitId);
              return 'created' in (await this.summaries.createKeyed(fields, { via: b, folderPath }));
            }
            return (await this.summaries.merge({ id: summary.id, etag: summary.etag }, fields, b)).kind === 'saved';
          } catch {
            // Refused (no right to write this unit's summary) or lost on the way: counted, and the report uses the recount.
            return false;
          }
        })
      );
      const repaired = outcomes.filter(Boolean).length;
      return { repaired, failed: outcomes.length - repaired };
    });
  }
}
