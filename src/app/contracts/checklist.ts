import type { ActionPlan } from '../../domain/actionPlan';
import type { ChecklistItem, Tick, TickIntent } from '../../domain/checklist';
import type { Period } from '../../domain/period';
import type { StaircaseAssessment } from '../../domain/staircase';
import type { Unit } from '../../domain/unit';
import type { Loaded, RowProblem } from './rows';

/** A SharePoint change token: where a client last looked. */
export type ChangeToken = string;

/** Everything one unit's view of one action plan needs, loaded in one batched request. */
export interface UnitPlanView {
  unit: Unit;
  plan: ActionPlan;
  items: ChecklistItem[];
  ticks: Tick[];
  assessments: StaircaseAssessment[];
  /** The ticks list's token at load time; live updates continue from here. */
  changeToken: ChangeToken;
}

export interface TickChanges {
  /** Ticks added or changed since the token, for the requested unit and period. */
  changed: Tick[];
  /** Item ids of tick rows deleted since the token. */
  deletedRowIds: number[];
  nextToken: ChangeToken;
  /** Changed rows that could not be read. */
  problems: RowProblem[];
}

export interface ChecklistRepository {
  loadUnitPlanView(unitId: number, planId: number, period: Period): Promise<Loaded<UnitPlanView>>;
  /**
   * Applies one person's intent and returns the stored row. Writes with the known etag without reading
   * first; on 412 re-reads and re-applies; a first tick racing another resolves through the unique key.
   * `known` is the stored row as the caller last saw it (its id, etag and comment), if the row exists.
   */
  applyIntent(intent: TickIntent, known?: Tick): Promise<Tick>;
  /** One cheap request when nothing changed. */
  changesSince(token: ChangeToken, unitId: number, period: Period): Promise<TickChanges>;
}
