import { SPFI } from '@pnp/sp';
import type { Repositories } from '../../app/contracts';
import { Person } from '../../domain/person';
import { LIST_TITLES } from '../listTitles';
import { SpActionPlanRepository } from './SpActionPlanRepository';
import { SpAssignmentRepository } from './SpAssignmentRepository';
import { SpChecklistRepository } from './SpChecklistRepository';
import { SpFollowUpRepository } from './SpFollowUpRepository';
import { SpKnowledgeLinkRepository } from './SpKnowledgeLinkRepository';
import { SpMinutesRepository } from './SpMinutesRepository';
import { SpProgrammeRepository } from './SpProgrammeRepository';
import { SpSiteRepository } from './SpSiteRepository';
import { SpStartRepository } from './SpStartRepository';
import { SpStaircaseRepository } from './SpStaircaseRepository';
import { SpUnitPeopleRepository } from './SpUnitPeopleRepository';
import { SpUnitRepository } from './SpUnitRepository';
import { SpUpdateRepository } from './SpUpdateRepository';

/** The PnPjs implementations of every repository, for one data site. */
export function createRepositories(sp: SPFI): Repositories {
  const site = new SpSiteRepository(sp);
  const currentUser = (): Promise<Person> => site.currentUser();
  const checklist = new SpChecklistRepository(sp, currentUser);
  return {
    site,
    start: new SpStartRepository(sp, site, checklist),
    programme: new SpProgrammeRepository(sp),
    units: new SpUnitRepository(sp),
    unitPeople: new SpUnitPeopleRepository(sp),
    actionPlans: new SpActionPlanRepository(sp),
    checklist,
    assignments: new SpAssignmentRepository(sp),
    staircase: new SpStaircaseRepository(sp, currentUser),
    updates: new SpUpdateRepository(sp),
    knowledgeLinks: new SpKnowledgeLinkRepository(sp),
    followUp: new SpFollowUpRepository(sp),
    minutes: new SpMinutesRepository(sp, currentUser),
    titles: LIST_TITLES
  };
}
