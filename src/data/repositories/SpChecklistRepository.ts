import { SPFI } from '@pnp/sp';
import { applyIntentTo, Tick, TickIntent } from '../../domain/checklist';
import { Period } from '../../domain/period';
import { Person } from '../../domain/person';
import { translated } from '../translateErrors';
import { readActionPlan, ACTION_PLAN_QUERY } from '../mapping/actionPlans';
import { ASSESSMENT_QUERY, readAssessment } from '../mapping/assessments';
import { CHECKLIST_ITEM_QUERY, readChecklistItem } from '../mapping/checklistItems';
import { Mapped, readRows, SpRow } from '../mapping/rowReader';
import { newTickFields, readTick, TICK_QUERY, tickChangeFields } from '../mapping/ticks';
import { readUnit, UNIT_QUERY } from '../mapping/units';
import { inOneBatch, listOf, readAll, rowsOf, unitPeriodFilter } from '../queries';
import { ListRows, RowVersion } from './listRows';
import { ChangeToken, ChecklistRepository, ConflictError, Loaded, TickChanges, UnitPlanView, ValidationError } from '../../app/contracts';

/** How often one intent is re-applied after meeting newer versions before it is left for a later try. */
const MAX_WRITE_ATTEMPTS = 8;

/** SharePoint's change types (SP.ChangeType) that the checklist follows. */
const CHANGE_DELETE = 3;

interface ListChange {
  ChangeToken: { StringValue: string };
  ChangeType: number;
  ItemId: number;
}

function valueOrInvalid<T>(mapped: Mapped<T>): T {
  if (!mapped.ok) throw new ValidationError(mapped.problem.issues);
  return mapped.value;
}

/** A short random pause so that writers who met each other's versions do not meet again in step. */
function jitter(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * 50 * attempt));
}

export class SpChecklistRepository implements ChecklistRepository {
  private readonly ticks: ListRows<Tick>;

  public constructor(
    private readonly sp: SPFI,
    private readonly currentUser: () => Promise<Person>
  ) {
    this.ticks = new ListRows(sp, 'checklistTicks', TICK_QUERY, readTick);
  }

  public loadUnitPlanView(unitId: number, planId: number, period: Period): Promise<Loaded<UnitPlanView>> {
    return translated(async () => {
      const [list, unitRow, planRow, itemRows, tickRows, assessmentRows] = await inOneBatch<
        [{ CurrentChangeToken: { StringValue: string } }, SpRow, SpRow, SpRow[], SpRow[], SpRow[]]
      >(this.sp, (b) => [
        // The token comes first: the batch runs in order, so no change after the reads can be missed.
        listOf(b, 'checklistTicks').select('CurrentChangeToken')(),
        listOf(b, 'units').items.getById(unitId).select(...UNIT_QUERY.select)(),
        listOf(b, 'actionPlans').items.getById(planId).select(...ACTION_PLAN_QUERY.select)(),
        rowsOf(b, 'checklistItems', CHECKLIST_ITEM_QUERY, `ActionPlanId eq ${planId}`)(),
        rowsOf(b, 'checklistTicks', TICK_QUERY, `${unitPeriodFilter(unitId, period)} and ActionPlanId eq ${planId}`)(),
        rowsOf(b, 'staircaseAssessments', ASSESSMENT_QUERY, unitPeriodFilter(unitId, period))()
      ]);
      const items = readRows(itemRows, readChecklistItem);
      const ticks = readRows(tickRows, readTick);
      const assessments = readRows(assessmentRows, readAssessment);
      // A tick whose item is gone (deleted, or moved to another plan) belongs to nothing shown: reported, not counted.
      const itemIds = new Set(items.value.map((item) => item.id));
      const dangling = ticks.value.filter((tick) => !itemIds.has(tick.itemId));
      return {
        value: {
          unit: valueOrInvalid(readUnit(unitRow)),
          plan: valueOrInvalid(readActionPlan(planRow)),
          items: items.value,
          ticks: ticks.value.filter((tick) => itemIds.has(tick.itemId)),
          assessments: assessments.value,
          changeToken: list.CurrentChangeToken.StringValue
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
      };
    });
  }

  public applyIntent(intent: TickIntent, known?: Tick): Promise<Tick> {
    return translated(async () => {
      const person = await this.currentUser();
      let current: Tick | undefined = known?.id === undefined ? undefined : known;
      for (let attempt = 1; attempt <= MAX_WRITE_ATTEMPTS; attempt++) {
        if (current === undefined) {
          const outcome = await this.ticks.createKeyed(newTickFields(intent, person.id));
          if ('created' in outcome) return this.stored(undefined, intent, person, outcome.created);
          current = outcome.existing;
          continue;
        }
        const version: RowVersion = { id: current.id as number, etag: current.etag };
        const merged = await this.ticks.merge(version, tickChangeFields(intent, person.id));
        if (merged.kind === 'saved') return this.stored(current, intent, person, { id: version.id, etag: merged.etag });
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

  private stored(before: Tick | undefined, intent: TickIntent, person: Person, version: RowVersion): Tick {
    return { ...applyIntentTo(before, intent, person), id: version.id, etag: version.etag };
  }
}
