/**
 * The app's start in one $batch: the site's schema state, the person, their rights (the web's, the content
 * lists' and each unit folder's), the units and, when the unit is known, the route's data (the overview
 * and a plan's checklist for the unit). Each request in the batch settles on its own, so a list that is
 * missing (a site not set up) or a part that fails leaves the rest standing.
 */
import { SPFI } from '@pnp/sp';
import { IBasePermissions } from '@pnp/sp/security';
import type { Person } from '../../domain/person';
import type { Unit } from '../../domain/unit';
import { httpStatusOf } from '../../app/failures';
import { Loaded, StartData, StartRepository, StartRouteData, StartRouteRequest } from '../../app/contracts';
import { translated } from '../translateErrors';
import { ACTION_PLAN_QUERY, readActionPlan } from '../mapping/actionPlans';
import { ASSESSMENT_QUERY } from '../mapping/assessments';
import { CHECKLIST_ITEM_QUERY } from '../mapping/checklistItems';
import { PROGRAMME_QUERY } from '../mapping/programme';
import { readRows, SpRow } from '../mapping/rowReader';
import { ASSIGNMENT_QUERY, readAssignment } from '../mapping/assignments';
import { TICK_QUERY } from '../mapping/ticks';
import { readUnits, UNIT_QUERY } from '../mapping/units';
import { SUMMARY_QUERY } from '../mapping/unitSummaries';
import { inOneBatch, listOf, PAGE_SIZE, rowsOf, unitPeriodFilter } from '../queries';
import { unitRightsOf } from '../rights/unitFolders';
import { KNOWLEDGE_LINK_ROWS, overviewOf } from './SpProgrammeRepository';
import { KNOWLEDGE_LINK_QUERY } from '../mapping/knowledgeLinks';
import { currentUserRequest, permissionRequests, permissionsOf, personOf, SettingRow, siteStatusOf, SpSiteRepository, statusRequest, UserRow } from './SpSiteRepository';
import { SpChecklistRepository } from './SpChecklistRepository';
import { followUpBasisOf } from './SpFollowUpRepository';
import { savedMinutesFilter, savedMinutesOf } from './SpMinutesRepository';
import { MINUTES_QUERY } from '../mapping/minutes';
import { PeopleRow, unitPeopleOf, unitPeopleRequest } from './SpUnitPeopleRepository';
import { recentUpdateRows } from './SpUpdateRepository';

/** One request's outcome inside the batch: its value, or why it failed. */
type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

function settle<T>(request: Promise<T>): Promise<Settled<T>> {
  return request.then(
    (value): Settled<T> => ({ ok: true, value }),
    (error: unknown): Settled<T> => ({ ok: false, error })
  );
}

function valueOf<T>(settled: Settled<T>): T {
  if (!settled.ok) throw settled.error;
  return settled.value;
}

type RouteRequests = [
  Settled<SpRow[]>, Settled<SpRow[]>, Settled<SpRow[]>, Settled<SpRow[]>, Settled<SpRow[]>, Settled<{ CurrentChangeToken: { StringValue: string } }>,
  Settled<SpRow[]>, Settled<SpRow[]>, Settled<SpRow[]>, Settled<SpRow[]>, Settled<PeopleRow | undefined>, Settled<SpRow[]>
];

/** Rows of the unit alone, from a read of every unit's. */
function unitsOwn(rows: SpRow[], unitId: number): SpRow[] {
  return rows.filter((row) => Number(row.UnitId) === unitId);
}

/** A page that came back full: the view reads the rest on its own (the start hands over only what it has whole). */
const whole = (rows: SpRow[]): boolean => rows.length < PAGE_SIZE;

export class SpStartRepository implements StartRepository {
  public constructor(
    private readonly sp: SPFI,
    private readonly site: SpSiteRepository,
    private readonly checklist: SpChecklistRepository
  ) {}

  public load(route?: StartRouteRequest): Promise<StartData> {
    return translated(async () => {
      const [settings, user, web, content, root, folders, units, ...routeRows] = await inOneBatch<[
        Settled<SettingRow[]>, Settled<UserRow>, Settled<IBasePermissions>, Settled<IBasePermissions>, Settled<IBasePermissions>, Settled<unknown[]>, Settled<SpRow[]>, ...RouteRequests | []
      ]>(this.sp, (b) => [
        settle(statusRequest(b)),
        settle(currentUserRequest(b)),
        ...permissionRequests(b).map((request: Promise<unknown>) => settle(request)),
        settle(rowsOf(b, 'units', UNIT_QUERY)()),
        ...(route === undefined ? [] : this.routeRequests(b, route))
      ] as never);
      if (!settings.ok && httpStatusOf(settings.error) !== 404) throw settings.error;
      const status = settings.ok ? siteStatusOf(settings.value) : { state: 'notProvisioned' as const };
      const person: Person = personOf(valueOf(user));
      this.site.remember(person);
      const permissions = permissionsOf(this.sp, { web: valueOf(web), content: valueOf(content), root: valueOf(root), folders: valueOf(folders) });
      // A site not set up has no units list yet: nothing to choose from.
      const unitList: Loaded<Unit[]> =
        status.state === 'notProvisioned' ? { value: [], problems: [] } : readUnits(valueOf(units));
      const rights = unitRightsOf(this.sp, { root: valueOf(root), folders: valueOf(folders) }, () =>
        unitList.value.filter((unit) => unit.memberIds.includes(person.id)).map((unit) => unit.id)
      );
      const data: StartData = { status, permissions, user: person, units: unitList, rights };
      if (route === undefined || status.state === 'notProvisioned') return data;
      const routeData = this.routeOf(route, valueOf(units), routeRows as RouteRequests);
      return routeData === undefined ? data : { ...data, route: routeData };
    });
  }

  public remember(person: Person): void {
    this.site.remember(person);
  }

  public loadRoute(route: StartRouteRequest): Promise<StartRouteData> {
    return translated(async () => {
      const [units, ...routeRows] = await inOneBatch<[Settled<SpRow[]>, ...RouteRequests]>(
        this.sp,
        (b) => [settle(rowsOf(b, 'units', UNIT_QUERY)()), ...this.routeRequests(b, route)] as never
      );
      const routeData = this.routeOf(route, valueOf(units), routeRows as RouteRequests);
      if (routeData === undefined) {
        const failed = (routeRows as Settled<unknown>[]).find((settled): settled is { ok: false; error: unknown } => !settled.ok);
        throw failed?.error ?? new Error(`Unit ${route.unitId} is not there.`);
      }
      return routeData;
    });
  }

  /**
   * The overview's rows and, for a plan's page, the checklist's: every plan's items (a small list) and the
   * unit's ticks for the period, so that no request waits to learn the plan's id from its key. A plan's
   * page also shows the plan's progress across units and each item's owner: so there the summaries and
   * assessments are every unit's of the period (the follow-up's basis; the unit's are among them), with the
   * unit's item assignments of the period and its people.
   */
  private routeRequests(b: SPFI, { unitId, period, planKey, savedMinutes }: StartRouteRequest): Promise<Settled<unknown>>[] {
    const unitPeriod = unitPeriodFilter(unitId, period);
    const checklist = planKey !== undefined;
    const perUnit = checklist ? `Period eq ${period}` : unitPeriod;
    const none = Promise.resolve<Settled<unknown>>({ ok: true, value: [] });
    return [
      settle(rowsOf(b, 'programme', PROGRAMME_QUERY)()),
      settle(rowsOf(b, 'actionPlans', ACTION_PLAN_QUERY)()),
      settle(rowsOf(b, 'staircaseAssessments', ASSESSMENT_QUERY, perUnit)()),
      settle(recentUpdateRows(b)()),
      settle(rowsOf(b, 'knowledgeLinks', KNOWLEDGE_LINK_QUERY).top(KNOWLEDGE_LINK_ROWS)()),
      // The token before the ticks: the batch runs in order, so no change after the reads can be missed.
      checklist ? settle(listOf(b, 'checklistTicks').select('CurrentChangeToken')()) : none,
      // The summaries before the ticks, as the checklist's own load reads them (SpChecklistRepository).
      checklist ? settle(rowsOf(b, 'unitSummaries', SUMMARY_QUERY, perUnit)()) : none,
      checklist ? settle(rowsOf(b, 'checklistItems', CHECKLIST_ITEM_QUERY)()) : none,
      checklist ? settle(rowsOf(b, 'checklistTicks', TICK_QUERY, unitPeriod)()) : none,
      checklist ? settle(rowsOf(b, 'itemAssignments', ASSIGNMENT_QUERY, unitPeriod)()) : none,
      checklist ? settle(unitPeopleRequest(b, unitId)) : none,
      savedMinutes === true ? settle(rowsOf(b, 'meetingMinutes', MINUTES_QUERY, savedMinutesFilter(unitId))()) : none
    ];
  }

  /** The route's data from its rows; undefined when the unit is not there or a part failed (the views then ask again). */
  private routeOf(route: StartRouteRequest, unitRows: SpRow[], rows: RouteRequests): StartRouteData | undefined {
    const [entries, plans, assessments, updates, knowledge, token, summaries, items, ticks, assignments, people, minutes] = rows;
    const unitRow = unitRows.find((row) => row.Id === route.unitId);
    if (unitRow === undefined || !entries.ok || !plans.ok || !assessments.ok || !updates.ok || !knowledge.ok) return undefined;
    const unitAssessments = unitsOwn(assessments.value, route.unitId);
    const overview = overviewOf({ entryRows: entries.value, planRows: plans.value, assessmentRows: unitAssessments, updateRows: updates.value, knowledgeRows: knowledge.value }, route.now);
    const routeData: StartRouteData = {
      unitId: route.unitId,
      period: route.period,
      overview,
      ...(route.savedMinutes === true && minutes.ok && whole(minutes.value) ? { savedMinutes: savedMinutesOf(minutes.value) } : {})
    };
    const planRow = plans.value.find((row) => {
      const plan = readActionPlan(row);
      return plan.ok && plan.value.key === route.planKey;
    });
    if (planRow === undefined || !token.ok || !summaries.ok || !items.ok || !ticks.ok) return routeData;
    const ofPlan = (row: SpRow): boolean => row.ActionPlanId === planRow.Id;
    let view: ReturnType<SpChecklistRepository['planViewOf']>;
    try {
      view = this.checklist.planViewOf(
      {
        changeToken: token.value.CurrentChangeToken.StringValue,
        summaryRows: unitsOwn(summaries.value, route.unitId),
        unitRow,
        planRow,
        itemRows: items.value.filter(ofPlan),
        tickRows: ticks.value.filter(ofPlan),
        assessmentRows: unitAssessments
      },
      route.period
    );
    } catch {
      // The unit's or the plan's row cannot be read: the checklist asks on its own and says so.
      return routeData;
    }
    // The repair writes only when the summary lags the rows; the first view does not wait for it.
    void view.repair();
    const basisRows = [summaries.value, assessments.value, unitRows, entries.value, plans.value, items.value];
    return {
      ...routeData,
      planView: view.loaded,
      ...(assignments.ok && whole(assignments.value) ? { assignments: readRows(assignments.value.filter(ofPlan), readAssignment) } : {}),
      ...(people.ok && people.value !== undefined ? { unitPeople: unitPeopleOf(route.unitId, people.value) } : {}),
      ...(basisRows.every(whole)
        ? {
            basis: followUpBasisOf({
              summaryRows: summaries.value,
              assessmentRows: assessments.value,
              unitRows,
              entryRows: entries.value,
              planRows: plans.value,
              itemRows: items.value,
              pastDueRows: []
            })
          }
        : {})
    };
  }
}
