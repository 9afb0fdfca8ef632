import type { ActionPlanRepository } from './actionPlans';
import type { AssignmentRepository } from './assignments';
import type { ChecklistRepository } from './checklist';
import type { FollowUpRepository } from './followUp';
import type { KnowledgeLinkRepository } from './knowledgeLinks';
import type { MinutesRepository } from './minutes';
import type { ProgrammeRepository } from './programme';
import type { ListTitles } from './rows';
import type { SiteRepository } from './site';
import type { StartRepository } from './start';
import type { StaircaseRepository } from './staircase';
import type { UnitPeopleRepository } from './unitPeople';
import type { UnitRepository } from './units';
import type { UpdateRepository } from './updates';

/** All repositories for one data site: what `data` implements (createRepositories) and the use cases read. */
export interface Repositories {
  site: SiteRepository;
  /** What the first view needs, in one $batch. */
  start: StartRepository;
  programme: ProgrammeRepository;
  units: UnitRepository;
  /** A unit's named people and linked team, the units the person may write for, and the editors' rights check. */
  unitPeople: UnitPeopleRepository;
  actionPlans: ActionPlanRepository;
  checklist: ChecklistRepository;
  /** Owners, due dates and evidence of checklist items, and their history. */
  assignments: AssignmentRepository;
  staircase: StaircaseRepository;
  updates: UpdateRepository;
  knowledgeLinks: KnowledgeLinkRepository;
  followUp: FollowUpRepository;
  /** Meeting minutes, and who had the unit's checklist open in a meeting. */
  minutes: MinutesRepository;
  /** The lists' and columns' titles, so that the UI can name where a skipped row is. */
  titles: ListTitles;
}
