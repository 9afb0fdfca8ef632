/**
 * The Viva Connections card's use case: where the person's unit stands (staircase level, what is left on
 * its checklists, what the next step still needs) and what is new since their last visit; for someone
 * with no unit, the programme's goal and the latest update. The answer is plain data, so that the card
 * can keep it in its cache and render it again at once on the next load.
 */
import { compareSwedish, LocalizedText } from '../../domain/language';
import { Period } from '../../domain/period';
import { programmeEntryKey, STAIRCASE_STEPS } from '../../domain/programme';
import { progressByPlan, progressOf } from '../../domain/progress';
import { staircaseLevel } from '../../domain/staircase';
import type { Unit } from '../../domain/unit';
import { isNewSince } from '../../domain/update';
import type { CardRepository, RowProblem, UnitPeriodRows } from '../contracts';

/** Updates the quick view lists: a glance, not the updates view. */
export const CARD_UPDATES = 3;
/** Missing checklist items named for the next step; the rest are counted. */
export const CARD_MISSING_ITEMS = 5;

export interface CardPlanProgress {
  /** The plan's key, for its deep link. */
  key: string;
  title: LocalizedText;
  done: number;
  total: number;
}

export interface CardNextStep {
  step: number;
  title: LocalizedText;
  /** Titles of the step's checklist items not done yet, the first CARD_MISSING_ITEMS of them. */
  missingItems: LocalizedText[];
  /** How many of the step's items are not done (may exceed missingItems.length). */
  missingCount: number;
  /** Every item is done: what is left is to assess the step as fulfilled. */
  readyToAssess: boolean;
}

export interface CardUnit {
  id: number;
  name: string;
  level: number;
  steps: number;
  /** Active checklist items of every plan not done in the period. */
  remaining: number;
  plans: CardPlanProgress[];
  /** Undefined when every step is fulfilled. */
  nextStep?: CardNextStep;
  /** The person's other units, by name: the card shows the first, as the app does before one is picked. */
  otherUnits: string[];
}

export interface CardUpdate {
  id: number;
  title: string;
  /** When it was published (ISO), if known. */
  publishedAt?: string;
  isNew: boolean;
}

export interface CardData {
  period: Period;
  unit?: CardUnit;
  goal?: { title: LocalizedText; text: LocalizedText };
  /** Published since the person's last visit, counted as the updates view marks them "new". */
  newUpdates: number;
  latestUpdates: CardUpdate[];
  /** Rows that could not be read and are left out. */
  skippedRows: number;
  /** The site holds illustrative content: the card says so, as every view of the app does. */
  exampleData: boolean;
}

export interface CardDataRequest {
  period: Period;
  now: Date;
  /** The unit the card showed last time: when it is still the person's, everything comes in one request. */
  knownUnitId?: number;
}

export interface CardDataPorts {
  repository: CardRepository;
  /** The person's previous visit to the updates (ISO), as the updates view recorded it; undefined if none. */
  lastVisit(userId: number): string | undefined;
}

const byName = (a: Unit, b: Unit): number => compareSwedish(a.name, b.name);

export async function loadCardData({ repository, lastVisit }: CardDataPorts, { period, now, knownUnitId }: CardDataRequest): Promise<CardData> {
  const snapshot = await repository.loadSnapshot(period, now, knownUnitId);
  const { user, units, programme, actionPlans, items, updates } = snapshot.value;
  const [unit, ...others] = [...units].sort(byName);
  const problems: RowProblem[] = [...snapshot.problems];
  let rows: UnitPeriodRows | undefined = snapshot.value.unitRows;
  if (unit !== undefined && rows?.unitId !== unit.id) {
    // The person's unit was not known (a first load) or has changed: one more request for its rows.
    const loaded = await repository.loadUnitRows(unit.id, period);
    rows = loaded.value;
    problems.push(...loaded.problems);
  }

  const visit = lastVisit(user.id);
  const visible = updates.map((update) => ({ update, isNew: isNewSince(update, visit) }));
  const data: CardData = {
    period,
    newUpdates: visible.filter(({ isNew }) => isNew).length,
    latestUpdates: visible.slice(0, CARD_UPDATES).map(({ update, isNew }) => ({
      id: update.id,
      title: update.title,
      publishedAt: update.publishAt ?? update.modified,
      isNew
    })),
    goal: programme && { title: programme.goal.title, text: programme.goal.text },
    skippedRows: new Set(problems.map((problem) => `${problem.list}:${problem.itemId}`)).size,
    exampleData: snapshot.value.exampleData
  };
  if (unit === undefined || rows === undefined) return data;

  const active = items.filter((item) => item.active);
  const byPlan = progressByPlan(active, rows.ticks);
  const level = staircaseLevel(rows.assessments);
  const overall = progressOf(active, rows.ticks);
  const done = new Set(rows.ticks.filter((tick) => tick.done).map((tick) => tick.itemId));
  const next = STAIRCASE_STEPS.find((step) => step === level + 1);
  let nextStep: CardNextStep | undefined;
  if (next !== undefined) {
    const missing = active.filter((item) => item.staircaseStep === next && !done.has(item.id)).sort((a, b) => a.order - b.order);
    const entry = programme?.staircaseSteps.find((step) => step.key === programmeEntryKey('staircaseStep', next));
    nextStep = {
      step: next,
      title: entry?.title ?? { sv: '', en: '' },
      missingItems: missing.slice(0, CARD_MISSING_ITEMS).map((item) => item.title),
      missingCount: missing.length,
      readyToAssess: missing.length === 0
    };
  }
  data.unit = {
    id: unit.id,
    name: unit.name,
    level,
    steps: STAIRCASE_STEPS.length,
    remaining: overall.total - overall.done,
    plans: actionPlans
      .filter((plan) => (byPlan.get(plan.id)?.total ?? 0) > 0)
      .map((plan) => ({ key: plan.key, title: plan.title, ...(byPlan.get(plan.id) as { done: number; total: number }) })),
    nextStep,
    otherUnits: others.map((other) => other.name)
  };
  return data;
}
