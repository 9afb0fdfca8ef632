/**
 * City-wide follow-up (uppföljning): the figures the city executive office reports to the city
 * council, computed from the units' own ticks and staircase assessments. Pure functions; the view
 * and the exports render the `FollowUpReport` built here, so they always show the same figures.
 *
 * Definitions the report rests on:
 * - Possible: one active checklist item for one unit. Completion is done over possible, summed
 *   across the selected units (so a large subtree weighs by its number of units, not as one vote).
 * - Both periods are measured against today's active items, so a change shows work done, not
 *   items added or retired in between. Ticks on retired items do not count (see `progressOf`).
 * - Activity: a unit was active in a period when it recorded anything for that period: at least one
 *   tick row (ticked, or ticked and unticked again, or only commented — a row exists only because
 *   someone acted, also on an item retired since) or at least one staircase assessment (any status).
 *   Rows count by the period they belong to, not by when they were saved, because work for a year is
 *   often recorded early in the next one. "No activity" is thus "nothing reported", the unit the
 *   office would otherwise chase for its spreadsheet; low progress shows in level and completion.
 */
import { ActionPlan } from './actionPlan';
import { ChecklistItem, Tick } from './checklist';
import { compareSwedish, LocalizedText } from './language';
import { isValidPeriod, MAX_PERIOD, MIN_PERIOD, Period, previousPeriod } from './period';
import { FOCUS_AREAS, FocusAreaKey, STAIRCASE_STEPS } from './programme';
import { Progress, progressOf, roundedShare } from './progress';
import { StaircaseAssessment, staircaseLevel } from './staircase';
import { ancestorsOf, Unit, UNIT_TYPES, UnitType } from './unit';
import { ValidationIssue, validationMessage, Validator } from './validation';
import { isOverdue, ItemAssignment } from './itemAssignment';

/** Staircase levels from 0 (not even step 1 fulfilled) to 6. */
export const STAIRCASE_LEVELS: readonly number[] = [0, ...STAIRCASE_STEPS];

export interface FollowUpFilter {
  /** Unit types to include; absent or empty includes every type. */
  types?: readonly UnitType[];
  /** Includes this unit and every unit below it, at any depth; absent includes the whole city. */
  parentId?: number;
}

export interface FollowUpInput {
  period: Period;
  /** The period the change is measured against; the year before `period` unless given (e.g. the previous biennial report). */
  comparedWith?: Period;
  units: readonly Unit[];
  plans: readonly ActionPlan[];
  /** Items of any plan, active or retired; only active items of the given plans count. */
  items: readonly ChecklistItem[];
  /** Tick rows of any periods; only `period` and `comparedWith` are read. */
  ticks: readonly Pick<Tick, 'unitId' | 'itemId' | 'period' | 'done'>[];
  assessments: readonly Pick<StaircaseAssessment, 'unitId' | 'step' | 'period' | 'status'>[];
  /**
   * Owners' due dates of `period`'s items, and today (yyyy-mm-dd): an item is overdue when its due date
   * is before today and the unit has not ticked it in the period. Without them nothing counts as overdue.
   */
  dueDates?: { assignments: readonly Pick<ItemAssignment, 'unitId' | 'itemId' | 'period' | 'dueDate'>[]; today: string };
  /** The focus areas' names as the programme text holds them. */
  focusAreaTitles: Readonly<Record<FocusAreaKey, LocalizedText>>;
  filter?: FollowUpFilter;
}

/** Completion in the period and in the period compared with. */
export interface CompletionChange {
  current: Progress;
  previous: Progress;
  /** Share done in percent with one decimal, rounded half up but never to 100 % before all is done nor to 0 % once anything is. */
  percent: number;
  previousPercent: number;
  /** `percent` − `previousPercent`, in percentage points, so the shown figures always add up. */
  deltaPoints: number;
}

export interface UnitFollowUp {
  unitId: number;
  name: string;
  type: UnitType;
  parentName?: string;
  level: number;
  previousLevel: number;
  levelDelta: number;
  /** Over all active items of the report's plans. */
  completion: CompletionChange;
  /** In the order of `FollowUpReport.plans`. */
  byPlan: CompletionChange[];
  byFocusArea: Record<FocusAreaKey, CompletionChange>;
  /** Active items of the report's plans past their due date and not ticked, in the period. */
  overdue: number;
  /** In the order of `FollowUpReport.plans`. */
  overdueByPlan: number[];
  active: boolean;
  activeInPrevious: boolean;
}

export interface LevelCount {
  level: number;
  units: number;
  previousUnits: number;
  delta: number;
}

export interface PlanFollowUp {
  planId: number;
  key: string;
  title: LocalizedText;
  activeItems: number;
  completion: CompletionChange;
  /** Overdue items of the plan, summed over the selected units. */
  overdue: number;
}

export interface FocusAreaFollowUp {
  key: FocusAreaKey;
  title: LocalizedText;
  activeItems: number;
  completion: CompletionChange;
}

export interface FollowUpTotals {
  units: number;
  activeUnits: number;
  unitsWithoutActivity: number;
  activeItems: number;
  completion: CompletionChange;
  overdue: number;
}

export interface FollowUpReport {
  period: Period;
  /** The day overdue items are counted at (yyyy-mm-dd); empty when no due dates were given. */
  overdueOn: string;
  comparedWith: Period;
  /** The filter as applied: every type listed when none was chosen. */
  filter: { types: UnitType[]; parent?: { id: number; name: string } };
  /** The selected units, each under its parent (ordered by the names from the top of the tree down). */
  units: UnitFollowUp[];
  /** One row per level 0–6, also where no unit stands. */
  levels: LevelCount[];
  /** Ordered as the plans are ordered in the programme. */
  plans: PlanFollowUp[];
  focusAreas: FocusAreaFollowUp[];
  /** The rows of `units` with no activity in the period, in the same order. */
  withoutActivity: UnitFollowUp[];
  totals: FollowUpTotals;
}

/** Why a follow-up cannot be built from the input, as issues a form shows next to its filters. */
export function followUpInputIssues(input: Pick<FollowUpInput, 'period' | 'comparedWith' | 'units' | 'filter'>): ValidationIssue[] {
  const check = new Validator();
  if (!isValidPeriod(input.period)) check.integerBetween('period', input.period, MIN_PERIOD, MAX_PERIOD);
  else check.integerBetween('comparedWith', input.comparedWith, MIN_PERIOD, input.period - 1);
  for (const type of input.filter?.types ?? []) check.oneOf('types', type, UNIT_TYPES);
  const parentId = input.filter?.parentId;
  if (parentId !== undefined && !input.units.some((u) => u.id === parentId)) {
    check.add({ field: 'parentId', code: 'unknownReference', params: { value: parentId } });
  }
  return check.issues;
}

/** Raised by `buildFollowUpReport` for input that `followUpInputIssues` refuses. */
export class FollowUpInputError extends Error {
  public constructor(public readonly issues: ValidationIssue[]) {
    super(issues.map((issue) => validationMessage(issue, 'en')).join(' '));
    this.name = 'FollowUpInputError';
  }
}

/** Share done in tenths of a percent (see roundedShare); whole numbers, so the shares and their difference are exact. */
function tenthsOfPercent(progress: Progress): number {
  return roundedShare(progress, 1000);
}

function completionChange(current: Progress, previous: Progress): CompletionChange {
  const now = tenthsOfPercent(current);
  const before = tenthsOfPercent(previous);
  return { current, previous, percent: now / 10, previousPercent: before / 10, deltaPoints: (now - before) / 10 };
}

/** Done and possible summed over units, for the period and the period compared with. */
interface Tally {
  current: Progress;
  previous: Progress;
}

function emptyTally(): Tally {
  return { current: { done: 0, total: 0 }, previous: { done: 0, total: 0 } };
}

function tallied(tally: Tally): CompletionChange {
  return completionChange(tally.current, tally.previous);
}

/** What one unit recorded for one period. */
interface PeriodRecords {
  ticks: Pick<Tick, 'itemId' | 'done'>[];
  assessments: Pick<StaircaseAssessment, 'step' | 'status'>[];
}

interface UnitRecords {
  unit: Unit;
  current: PeriodRecords;
  previous: PeriodRecords;
}

/** Both periods' records per unit, gathered in one pass over all rows (~180,000 ticks at full scale). */
function recordsOf(input: FollowUpInput, units: readonly Unit[], comparedWith: Period): UnitRecords[] {
  const empty = (): PeriodRecords => ({ ticks: [], assessments: [] });
  const records = units.map((unit) => ({ unit, current: empty(), previous: empty() }));
  const byUnit = new Map(records.map((r) => [r.unit.id, r]));
  const recordsFor = (unitId: number, period: Period): PeriodRecords | undefined => {
    const unitRecords = byUnit.get(unitId);
    if (unitRecords === undefined) return undefined;
    if (period === input.period) return unitRecords.current;
    return period === comparedWith ? unitRecords.previous : undefined;
  };
  for (const tick of input.ticks) recordsFor(tick.unitId, tick.period)?.ticks.push(tick);
  for (const assessment of input.assessments) recordsFor(assessment.unitId, assessment.period)?.assessments.push(assessment);
  return records;
}

/** A unit's completion over some items in both periods, added to the city's tally for those items. */
function measure(items: readonly ChecklistItem[], records: UnitRecords, tally: Tally): CompletionChange {
  const current = progressOf(items, records.current.ticks);
  const previous = progressOf(items, records.previous.ticks);
  tally.current = { done: tally.current.done + current.done, total: tally.current.total + current.total };
  tally.previous = { done: tally.previous.done + previous.done, total: tally.previous.total + previous.total };
  return completionChange(current, previous);
}

function hasRecords(records: PeriodRecords): boolean {
  return records.ticks.length > 0 || records.assessments.length > 0;
}

function selectUnits(byId: ReadonlyMap<number, Unit>, types: ReadonlySet<UnitType>, parentId: number | undefined): Unit[] {
  return [...byId.values()].filter(
    (unit) =>
      types.has(unit.type) &&
      (parentId === undefined || unit.id === parentId || ancestorsOf(unit, byId).some((a) => a.id === parentId))
  );
}

/** Units ordered as a tree reads: each under its parent, siblings by name in Swedish collation. */
function inTreeOrder(units: readonly Unit[], byId: ReadonlyMap<number, Unit>): Unit[] {
  const paths = new Map(units.map((u) => [u.id, [...ancestorsOf(u, byId).reverse(), u].map((a) => a.name)]));
  const compare = (a: Unit, b: Unit): number => {
    const pa = paths.get(a.id) ?? [];
    const pb = paths.get(b.id) ?? [];
    for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
      const order = compareSwedish(pa[i], pb[i]);
      if (order !== 0) return order;
    }
    return pa.length - pb.length || a.id - b.id;
  };
  return [...units].sort(compare);
}

function groupBy<K, T>(values: readonly T[], keyOf: (value: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const value of values) {
    const group = groups.get(keyOf(value));
    if (group) group.push(value);
    else groups.set(keyOf(value), [value]);
  }
  return groups;
}

/**
 * Builds the follow-up for a period across the units the filter selects. Linear in the number of
 * rows: ticks and assessments are read once, then each unit's own rows are counted per plan and area.
 */
export function buildFollowUpReport(input: FollowUpInput): FollowUpReport {
  const issues = followUpInputIssues(input);
  if (issues.length > 0) throw new FollowUpInputError(issues);
  const comparedWith = input.comparedWith ?? previousPeriod(input.period);
  const chosenTypes = input.filter?.types ?? [];
  const types = chosenTypes.length > 0 ? [...chosenTypes] : [...UNIT_TYPES];
  const parentId = input.filter?.parentId;

  const byId = new Map(input.units.map((u) => [u.id, u]));
  const selected = inTreeOrder(selectUnits(byId, new Set(types), parentId), byId);

  const plans = [...input.plans].sort((a, b) => a.order - b.order || a.id - b.id);
  const planIds = new Set(plans.map((p) => p.id));
  const activeItems = input.items.filter((i) => i.active && planIds.has(i.planId));
  const itemsByPlan = groupBy(activeItems, (i) => i.planId);
  const itemsByArea = groupBy(activeItems, (i) => i.focusArea);
  const planTallies = plans.map((plan) => ({ items: itemsByPlan.get(plan.id) ?? [], tally: emptyTally() }));
  const areaTallies = FOCUS_AREAS.map((area) => ({ items: itemsByArea.get(area) ?? [], tally: emptyTally() }));
  const cityTally = emptyTally();
  const levelCounts = STAIRCASE_LEVELS.map(() => ({ current: 0, previous: 0 }));
  const today = input.dueDates?.today ?? '';
  const dueByUnit = groupBy(
    (input.dueDates?.assignments ?? []).filter((a) => a.period === input.period && a.dueDate !== undefined),
    (a) => a.unitId
  );
  const activeItemById = new Map(activeItems.map((item) => [item.id, item]));

  const units = recordsOf(input, selected, comparedWith).map((records): UnitFollowUp => {
    const { unit } = records;
    const level = staircaseLevel(records.current.assessments);
    const previousLevel = staircaseLevel(records.previous.assessments);
    levelCounts[level].current++;
    levelCounts[previousLevel].previous++;
    const byFocusArea = {} as Record<FocusAreaKey, CompletionChange>;
    FOCUS_AREAS.forEach((area, index) => {
      byFocusArea[area] = measure(areaTallies[index].items, records, areaTallies[index].tally);
    });
    const done = new Set(records.current.ticks.filter((tick) => tick.done).map((tick) => tick.itemId));
    const overdueItems = (dueByUnit.get(unit.id) ?? [])
      .filter((a) => isOverdue(a, done.has(a.itemId), today))
      .map((a) => activeItemById.get(a.itemId))
      .filter((item): item is ChecklistItem => item !== undefined);
    const overdueByPlan = plans.map((plan) => overdueItems.filter((item) => item.planId === plan.id).length);
    return {
      unitId: unit.id,
      name: unit.name,
      type: unit.type,
      parentName: unit.parentId === undefined ? undefined : byId.get(unit.parentId)?.name,
      level,
      previousLevel,
      levelDelta: level - previousLevel,
      completion: measure(activeItems, records, cityTally),
      byPlan: planTallies.map(({ items, tally }) => measure(items, records, tally)),
      byFocusArea,
      overdue: overdueItems.length,
      overdueByPlan,
      active: hasRecords(records.current),
      activeInPrevious: hasRecords(records.previous)
    };
  });

  const withoutActivity = units.filter((u) => !u.active);
  const parent = parentId === undefined ? undefined : byId.get(parentId);
  return {
    period: input.period,
    overdueOn: today,
    comparedWith,
    filter: { types, parent: parent && { id: parent.id, name: parent.name } },
    units,
    levels: STAIRCASE_LEVELS.map((level, index) => ({
      level,
      units: levelCounts[index].current,
      previousUnits: levelCounts[index].previous,
      delta: levelCounts[index].current - levelCounts[index].previous
    })),
    plans: plans.map((plan, index) => ({
      planId: plan.id,
      key: plan.key,
      title: plan.title,
      activeItems: planTallies[index].items.length,
      completion: tallied(planTallies[index].tally),
      overdue: units.reduce((sum, unit) => sum + unit.overdueByPlan[index], 0)
    })),
    focusAreas: FOCUS_AREAS.map((area, index) => ({
      key: area,
      title: input.focusAreaTitles[area],
      activeItems: areaTallies[index].items.length,
      completion: tallied(areaTallies[index].tally)
    })),
    withoutActivity,
    totals: {
      units: units.length,
      activeUnits: units.length - withoutActivity.length,
      unitsWithoutActivity: withoutActivity.length,
      activeItems: activeItems.length,
      completion: tallied(cityTally),
      overdue: units.reduce((sum, unit) => sum + unit.overdue, 0)
    }
  };
}
