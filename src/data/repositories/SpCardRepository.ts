import { SPFI } from '@pnp/sp';
import { IBasePermissions } from '@pnp/sp/security';
import { CardRepository, CardSnapshot, Loaded, mergeRowProblems, UnitPeriodRows } from '../../app/contracts';
import { Period } from '../../domain/period';
import { assembleProgramme } from '../../domain/programme';
import { translated } from '../translateErrors';
import { ACTION_PLAN_QUERY, readActionPlan } from '../mapping/actionPlans';
import { ASSESSMENT_QUERY, readAssessment } from '../mapping/assessments';
import { CHECKLIST_ITEM_QUERY, readChecklistItem } from '../mapping/checklistItems';
import { PROGRAMME_QUERY, readProgrammeEntry } from '../mapping/programme';
import { readRows, RowQuery, SpRow } from '../mapping/rowReader';
import { readTick, TICK_QUERY } from '../mapping/ticks';
import { readUnit, UNIT_QUERY } from '../mapping/units';
import { UPDATE_QUERY } from '../mapping/updates';
import { inOneBatch, odataText, rowsOf, unitPeriodFilter } from '../queries';
import { EXAMPLE_DATA_SETTING } from '../schema';
import { unitRightsOf, unitRightsRequests } from '../rights/unitFolders';
import { recentUpdateRows, recentUpdates } from './SpUpdateRepository';

/** The card lists titles and dates and counts what is new: no bodies, no authors. */
const CARD_UPDATE_QUERY: RowQuery = {
  select: UPDATE_QUERY.select.filter((field) => field !== 'Body' && !field.startsWith('Author/')),
  expand: []
};

/** The card links no documents; leaving their column out, it also reads a site not yet upgraded to it (schema step 5). */
const withoutDocumentLink = (query: RowQuery): RowQuery => ({ select: query.select.filter((field) => field !== 'DocumentLink'), expand: query.expand });

const SETTING_QUERY: RowQuery = { select: ['Id'], expand: [] };

/** Every visible update counts towards "new since your last visit"; the updates view reads as many. */
const VISIBLE_UPDATES = Number.POSITIVE_INFINITY;

interface CurrentUserRow {
  Id: number;
  Title: string;
  Email?: string;
}

/** Requests for one unit's rows, added to a batch. */
function unitRowRequests(sp: SPFI, unitId: number, period: Period): [Promise<SpRow[]>, Promise<SpRow[]>] {
  const filter = unitPeriodFilter(unitId, period);
  return [rowsOf(sp, 'checklistTicks', TICK_QUERY, filter)(), rowsOf(sp, 'staircaseAssessments', ASSESSMENT_QUERY, filter)()];
}

const NO_UNIT_ROWS = (): [Promise<SpRow[]>, Promise<SpRow[]>] => [Promise.resolve([]), Promise.resolve([])];

function readUnitRows(unitId: number, tickRows: SpRow[], assessmentRows: SpRow[]): Loaded<UnitPeriodRows> {
  const ticks = readRows(tickRows, readTick);
  const assessments = readRows(assessmentRows, readAssessment);
  return { value: { unitId, ticks: ticks.value, assessments: assessments.value }, problems: [...ticks.problems, ...assessments.problems] };
}

/**
 * The card's reads. Lists other than ticks and assessments are small (units, programme, plans, items)
 * and are read as one page each, within the list view threshold; ticks and assessments go through the
 * indexed Unit column, updates through the newest ids, as everywhere else in the data layer.
 */
export class SpCardRepository implements CardRepository {
  public constructor(private readonly sp: SPFI) {}

  public loadSnapshot(period: Period, now: Date, unitId?: number): Promise<Loaded<CardSnapshot>> {
    return translated(async () => {
      const [user, rootRights, folderRights, exampleRows, unitRows, entryRows, planRows, itemRows, updateRows, tickRows, assessmentRows] = await inOneBatch<
        [CurrentUserRow, IBasePermissions, unknown[], SpRow[], SpRow[], SpRow[], SpRow[], SpRow[], SpRow[], SpRow[], SpRow[]]
      >(this.sp, (b) => {
        const [rights, folders] = unitRightsRequests(b);
        return [
          b.web.currentUser.select('Id', 'Title', 'Email')(),
          rights,
          folders,
          rowsOf(b, 'settings', SETTING_QUERY, `Title eq ${odataText(EXAMPLE_DATA_SETTING)}`)(),
          rowsOf(b, 'units', UNIT_QUERY)(),
          rowsOf(b, 'programme', withoutDocumentLink(PROGRAMME_QUERY))(),
          rowsOf(b, 'actionPlans', withoutDocumentLink(ACTION_PLAN_QUERY))(),
          rowsOf(b, 'checklistItems', CHECKLIST_ITEM_QUERY)(),
          recentUpdateRows(b, CARD_UPDATE_QUERY)(),
          ...(unitId === undefined ? NO_UNIT_ROWS() : unitRowRequests(b, unitId, period))
        ];
      });
      const units = readRows(unitRows, (row) => readUnit(row));
      // The person's units are their own as SharePoint's rights say: named, or through a linked team.
      const named = (): number[] => units.value.filter((unit) => unit.memberIds.includes(user.Id)).map((unit) => unit.id);
      const own = new Set(unitRightsOf(this.sp, { root: rootRights, folders: folderRights }, named).own);
      const entries = readRows(entryRows, readProgrammeEntry);
      const plans = readRows(planRows, readActionPlan);
      const items = readRows(itemRows, readChecklistItem);
      const updates = recentUpdates(updateRows, now, VISIBLE_UPDATES);
      const ownRows = unitId === undefined ? undefined : readUnitRows(unitId, tickRows, assessmentRows);
      return {
        value: {
          user: { id: user.Id, name: user.Title, email: user.Email || undefined },
          units: units.value.filter((unit) => own.has(unit.id)),
          programme: assembleProgramme(entries.value),
          actionPlans: plans.value.sort((a, b) => a.order - b.order),
          items: items.value,
          updates: updates.value,
          unitRows: ownRows?.value,
          exampleData: exampleRows.length > 0
        },
        problems: mergeRowProblems(units.problems, entries.problems, plans.problems, items.problems, updates.problems, ownRows?.problems ?? [])
      };
    });
  }

  public loadUnitRows(unitId: number, period: Period): Promise<Loaded<UnitPeriodRows>> {
    return translated(async () => {
      const [tickRows, assessmentRows] = await inOneBatch<[SpRow[], SpRow[]]>(this.sp, (b) => unitRowRequests(b, unitId, period));
      return readUnitRows(unitId, tickRows, assessmentRows);
    });
  }
}
