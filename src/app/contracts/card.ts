/**
 * What the Viva Connections card asks of the data layer: everything it shows, in one batched request.
 * The card's use case (app/card/loadCardData) relies on it; src/data/repositories/SpCardRepository.ts implements it.
 */
import type { ActionPlan } from '../../domain/actionPlan';
import type { ChecklistItem, Tick } from '../../domain/checklist';
import type { Period } from '../../domain/period';
import type { Person } from '../../domain/person';
import type { Programme } from '../../domain/programme';
import type { StaircaseAssessment } from '../../domain/staircase';
import type { Unit } from '../../domain/unit';
import type { Update } from '../../domain/update';
import type { Loaded } from './rows';

/** One unit's rows for one period: its ticks and its staircase assessments. */
export interface UnitPeriodRows {
  unitId: number;
  ticks: Tick[];
  assessments: StaircaseAssessment[];
}

export interface CardSnapshot {
  user: Person;
  /** The units the person works in. */
  units: Unit[];
  programme?: Programme;
  actionPlans: ActionPlan[];
  /** Every plan's checklist items (retired ones too: progress leaves them out). */
  items: ChecklistItem[];
  /** The updates staff see now, pinned first then newest, from the newest rows (as the updates view reads them). */
  updates: Update[];
  /** The rows of the unit asked for, when one was. */
  unitRows?: UnitPeriodRows;
  /** The site holds illustrative content (`npm start -- --demo`): the card says "Exempeldata". */
  exampleData: boolean;
}

export interface CardRepository {
  /**
   * One batched request: who the person is, their units, the programme, plans, items and the updates
   * staff see; with `unitId` (the unit the card showed last time) also that unit's ticks and assessments.
   */
  loadSnapshot(period: Period, now: Date, unitId?: number): Promise<Loaded<CardSnapshot>>;
  /** One unit's ticks and assessments for the period, when the unit was not known before the snapshot. */
  loadUnitRows(unitId: number, period: Period): Promise<Loaded<UnitPeriodRows>>;
}
