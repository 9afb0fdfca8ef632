import type { ActionPlan } from '../../domain/actionPlan';
import type { KnowledgeLink } from '../../domain/knowledgeLink';
import type { Period } from '../../domain/period';
import type { Programme, ProgrammeEntry } from '../../domain/programme';
import type { StaircaseAssessment } from '../../domain/staircase';
import type { Update } from '../../domain/update';
import type { Loaded } from './rows';

/** Everything the overview shows, fetched in one request. */
export interface Overview {
  programme?: Programme;
  actionPlans: ActionPlan[];
  /** The unit's staircase assessments for the period (empty without a unit). */
  assessments: StaircaseAssessment[];
  latestUpdates: Update[];
  /** Kunskap och stöd: every focus area's links. */
  knowledgeLinks: KnowledgeLink[];
}

export interface ProgrammeRepository {
  loadOverview(unitId: number | undefined, period: Period, now: Date): Promise<Loaded<Overview>>;
  saveEntry(entry: ProgrammeEntry): Promise<ProgrammeEntry>;
}
