import { SPFI } from '@pnp/sp';
import { applyIntentTo, reflectsIntent, Tick, TickIntent } from '../../domain/checklist';
import { Period } from '../../domain/period';
import { Person } from '../../domain/person';
import { translated } from '../translateErrors';
import { readActionPlan, ACTION_PLAN_QUERY } from '../mapping/actionPlans';
import { ASSESSMENT_QUERY, readAssessment } from '../mapping/assessments';
import { CHECKLIST_ITEM_QUERY, readChecklistItem } from '../mapping/checklistItems';
import { Mapped, readRows, SpRow } from '../mapping/rowReader';
import { newTickFields, readTick, TICK_QUERY, tickChangeFields } from '../mapping/ticks';
import { readUnit, UNIT_QUERY } from '../mapping/units';
import { readUnitSummary, SUMMARY_QUERY } from '../mapping/unitSummaries';
import { inOneBatch, listOf, MAX_BATCH_REQUESTS, readAll, rowsOf, unitPeriodFilter } from '../queries';
import { unitFolderPath } from '../rights/unitFolders';
import { jitter, ListRows, RowVersion } from './listRows';
import { SummaryChange, UnitSummaryRows } from './unitSummaryRows';
import { emptySummary, repairedFrom, sameCounts, versionOfEtag, withEntry } from '../../domain/unitSummary';
import { isTransient } from '../../app/failures';
import { ChangeToken, ChecklistRepository, ConflictError, Loaded, TickChanges, UnitPlanView, ValidationError } from '../../app/contracts';

/** How often one intent is re-applied after meeting newer versions before it is left for a later try. */
const MAX_WRITE_ATTEMPTS = 8;

/** SharePoint's change types (SP.ChangeType) that the checklist follows. */
const CHANGE_DELETE = 3;

/** The rows a unit's view of one plan is made of: the plan's items and the unit's ticks for it in the period. */
export interface PlanViewRows {
  changeToken: ChangeToken;
  summaryRows: SpRow[];
  unitRow: SpRow;
  planRow: SpRow;
  itemRows: SpRow[];
  tickRows: SpRow[];
  assessmentRows: SpRow[];
}

interface ListChange {
  ChangeToken: { StringValue: string };
  ChangeType: number;
  ItemId: number;
}

function valueOrInvalid<T>(mapped: Mapped<T>): T {
  if (!mapped.ok) throw new ValidationError(mapped.problem.issues);
  return mapped.value;
}

/** The summary change a stored tick makes: its item done or not, as the tick row's version `version` says. */
function tickEntry(intent: TickIntent, version: number): SummaryChange {
  return (summary) => withEntry(summary, { itemId: intent.itemId, done: intent.done, version });
}

/**
 * A summary that could not follow a stored tick for a lasting reason (its row unreadable, written by
 * hand, or closed to this person) does not undo the tick: the tick rows are the truth, and the unit's
 * view and the report's recount find and repair the difference. A passing failure is raised, so the
 * intent is sent again and the summary with it.
 */
function raiseIfPassing(error: unknown): void {
  if (isTransient(error) || error instanceof ConflictError) throw error;
}

export class SpChecklistRepository implements ChecklistRepository {
  private readonly ticks: ListRows<Tick>;
  private readonly summaries: UnitSummaryRows;

  public constructor(
    private readonly sp: SPFI,
    private readonly currentUser: () => Promise<Person>,
    private readonly now: () => Date = () => new Date()
  ) {
    this.ticks = new ListRows(sp, 'checklistTicks', TICK_QUERY, readTick);
    this.summaries = new UnitSummaryRows(sp);
  }

  public loadUnitPlanView(unitId: number, planId: number, period: Period): Promise<Loaded<UnitPlanView>> {
    return translated(async () => {
      const [list, summaryRows, unitRow, planRow, itemRows, tickRows, assessmentRows] = await inOneBatch<
        [{ CurrentChangeToken: { StringValue: string } }, SpRow[], SpRow, SpRow, SpRow[], SpRow[], SpRow[]]
      >(this.sp, (b) => [
        // The token comes first: the batch runs in order, so no change after the reads can be missed.
        listOf(b, 'checklistTicks').select('CurrentChangeToken')(),
        // The summary before the ticks: a tick stored in between is then in the rows read, and its own
        // summary write makes the repair below meet a newer version rather than undo it.
        rowsOf(b, 'unitSummaries', SUMMARY_QUERY, unitPeriodFilter(unitId, period))(),
        listOf(b, 'units').items.getById(unitId).select(...UNIT_QUERY.select)(),
        listOf(b, 'actionPlans').items.getById(planId).select(...ACTION_PLAN_QUERY.select)(),
        rowsOf(b, 'checklistItems', CHECKLIST_ITEM_QUERY, `ActionPlanId eq ${planId}`)(),
        rowsOf(b, 'checklistTicks', TICK_QUERY, `${unitPeriodFilter(unitId, period)} and ActionPlanId eq ${planId}`)(),
        rowsOf(b, 'staircaseAssessments', ASSESSMENT_QUERY, unitPeriodFilter(unitId, period))()
      ]);
      const view = this.planViewOf({ changeToken: list.CurrentChangeToken.StringValue, summaryRows, unitRow, planRow, itemRows, tickRows, assessmentRows }, period);
      await view.repair();
      return view.loaded;
    });
  }

  /**
   * The unit's view of a plan from rows read in some batch (this repository's own, or the start's), and
   * the summary repair those rows call for (it never fails; a reader's attempt is simply dropped).
   */
  public planViewOf(rows: PlanViewRows, period: Period): { loaded: Loaded<UnitPlanView>; repair: () => Promise<void> } {
    const unit = valueOrInvalid(readUnit(rows.unitRow));
    const items = readRows(rows.itemRows, readChecklistItem);
    const ticks = readRows(rows.tickRows, readTick);
    const assessments = readRows(rows.assessmentRows, readAssessment);
    // A tick whose item is gone (deleted, or moved to another plan) belongs to nothing shown: reported, not counted.
    const itemIds = new Set(items.value.map((item) => item.id));
    const dangling = ticks.value.filter((tick) => !itemIds.has(tick.itemId));
    // Only when every row could be read: a summary repaired from rows left aside would be wrong.
    const repairable = items.problems.length === 0 && ticks.problems.length === 0;
    return {
      loaded: {
        value: {
          unit,
          plan: valueOrInvalid(readActionPlan(rows.planRow)),
          items: items.value,
          ticks: ticks.value.filter((tick) => itemIds.has(tick.itemId)),
          assessments: assessments.value,
          changeToken: rows.changeToken
        },
        problems: [
          ...items.problems,
          ...ticks.problems,
          ...dangling.map((tick) => ({
            list: 'checklistTicks' as const,
            itemId: tick.id ?? 0,
            issues: [{ field: 'ChecklistItem', code: 'unknownReference' as const, params: { value: tick.itemId } }]
          })),
          ...assessments.problems
        ]
      },
      repair: () => (repairable ? this.repairSummary(unit.id, period, rows.summaryRows, itemIds, ticks.value) : Promise.resolve())
    };
  }

  public applyIntent(intent: TickIntent, known?: Tick): Promise<Tick> {
    return translated(async () => {
      const person = await this.currentUser();
      let current: Tick | undefined = known?.id === undefined ? undefined : known;
      for (let attempt = 1; attempt <= MAX_WRITE_ATTEMPTS; attempt++) {
        if (current === undefined) {
          // Inside the unit's folder: SharePoint lets only the unit's people (and editors) add there.
          const folderPath = unitFolderPath(this.sp, 'checklistTicks', intent.unitId);
          const [outcome, summarised] = await this.withSummary(intent, 1, (via) => this.ticks.createKeyed(newTickFields(intent), { via, folderPath }));
          if ('created' in outcome) {
            await this.settleSummary(intent, 1, outcome.created.etag, summarised);
            return this.stored(undefined, intent, person, outcome.created);
          }
          current = outcome.existing;
          continue;
        }
        // Re-read or found by its key: already as the intent says, so the tick is not written twice. An earlier
        // try may have stored it with its answer lost, and the summary beside it not: the summary follows now.
        if (current !== known && reflectsIntent(current, intent, person.id)) {
          if (current.etag !== undefined) await this.settleSummary(intent, versionOfEtag(current.etag), current.etag, false);
          return current;
        }
        const version: RowVersion = { id: current.id as number, etag: current.etag };
        // SharePoint counts a row's versions up by one per change: the version this write makes, if it lands.
        const expected = versionOfEtag(current.etag) + 1;
        const [merged, summarised] = await this.withSummary(intent, expected, (via) => this.ticks.merge(version, tickChangeFields(intent), via));
        if (merged.kind === 'saved') {
          await this.settleSummary(intent, expected, merged.etag, summarised);
          return this.stored(current, intent, person, { id: version.id, etag: merged.etag });
        }
        // Someone changed the row meanwhile (re-read it, then set the person's intent again), or removed it (create it again).
        current = merged.kind === 'changed' ? await this.ticks.findById(version.id) : undefined;
        await jitter(attempt);
      }
      throw new ConflictError(current);
    });
  }

  public changesSince(token: ChangeToken, unitId: number, period: Period): Promise<TickChanges> {
    return translated(async () => {
      const changes = (await listOf(this.sp, 'checklistTicks').getChanges({
        ChangeTokenStart: { StringValue: token },
        Item: true,
        Add: true,
        Update: true,
        DeleteObject: true,
        Restore: true
      })) as ListChange[];
      if (changes.length === 0) return { changed: [], deletedRowIds: [], nextToken: token, problems: [] };
      const nextToken = changes[changes.length - 1].ChangeToken.StringValue;
      const deletedRowIds = changes.filter((c) => c.ChangeType === CHANGE_DELETE).map((c) => c.ItemId);
      const touched = new Set(changes.filter((c) => c.ChangeType !== CHANGE_DELETE).map((c) => c.ItemId));
      if (touched.size === 0) return { changed: [], deletedRowIds, nextToken, problems: [] };
      // One read of this unit's ticks for the period, whichever rows changed: bounded by the checklist's size.
      const rows = readRows(await readAll(this.sp, 'checklistTicks', TICK_QUERY, unitPeriodFilter(unitId, period)), readTick);
      return {
        changed: rows.value.filter((tick) => touched.has(tick.id as number)),
        deletedRowIds,
        nextToken,
        problems: rows.problems.filter((problem) => touched.has(problem.itemId))
      };
    });
  }

  /**
   * The tick's write and its unit's summary write in one $batch (one round trip). SharePoint runs a
   * batch's requests one by one, not as a transaction, so each settles on its own: the tick's outcome is
   * returned (or raised) and whether the summary landed, for `settleSummary` to finish.
   */
  private async withSummary<T>(intent: TickIntent, expectedVersion: number, writeTick: (via: SPFI) => Promise<T>): Promise<[T, boolean]> {
    const [batched, execute] = this.sp.batched({ maxRequests: MAX_BATCH_REQUESTS });
    const tick = writeTick(batched);
    const summary = this.summaries.tryChange(intent.unitId, intent.period, tickEntry(intent, expectedVersion), batched);
    const outcomes = Promise.allSettled([tick, summary]);
    // When the batch itself fails (no connection), PnPjs leaves its requests' promises pending for good:
    // so the batch's own failure is raised, and the requests' outcomes are awaited only once it has answered.
    await execute();
    const [tickOutcome, summaryOutcome] = await outcomes;
    if (tickOutcome.status === 'rejected') throw tickOutcome.reason;
    return [tickOutcome.value, summaryOutcome.status === 'fulfilled' && summaryOutcome.value];
  }

  /** After the tick landed: the summary again, on its own, if the batch's summary write met a newer version or guessed the version wrong. */
  private async settleSummary(intent: TickIntent, expectedVersion: number, etag: string | undefined, summarised: boolean): Promise<void> {
    const version = etag === undefined ? expectedVersion : versionOfEtag(etag);
    if (summarised && version === expectedVersion) return;
    try {
      await this.summaries.change(intent.unitId, intent.period, tickEntry(intent, version));
    } catch (error) {
      raiseIfPassing(error);
    }
  }

  /** The unit's summary brought in line with the plan's tick rows just read, if they differ; flagged as repaired by the view. */
  private async repairSummary(unitId: number, period: Period, summaryRows: SpRow[], itemIds: ReadonlySet<number>, ticks: readonly Tick[]): Promise<void> {
    const [read] = readRows(summaryRows, readUnitSummary).value;
    const summary = read ?? emptySummary(unitId, period);
    if (read !== undefined) this.summaries.remember(read);
    const repaired = repairedFrom(summary, itemIds, ticks);
    if (sameCounts(summary, repaired)) return;
    const flagged = { ...repaired, repairedAt: this.now().toISOString(), repairedBy: 'view' as const };
    try {
      // One attempt: a newer version means a writer is at it, and its own write carries the rows' state.
      await this.summaries.tryChange(unitId, period, () => flagged);
    } catch {
      // A reader may not write, or the connection dropped: the view is loaded either way, and the next
      // load or the report's recount repairs the summary.
    }
  }

  private stored(before: Tick | undefined, intent: TickIntent, person: Person, version: RowVersion): Tick {
    return { ...applyIntentTo(before, intent, person), id: version.id, etag: version.etag };
  }
}
