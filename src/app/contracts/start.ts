import type { Period } from '../../domain/period';
import type { Person } from '../../domain/person';
import type { Unit } from '../../domain/unit';
import type { ItemAssignment } from '../../domain/itemAssignment';
import type { MeetingMinutes } from '../../domain/minutes';
import type { UnitPlanView } from './checklist';
import type { FollowUpBasis } from './followUp';
import type { Overview } from './programme';
import type { Loaded } from './rows';
import type { Permissions, SiteStatus } from './site';
import type { UnitPeople, UnitRights } from './unitPeople';

/** The first view's data for one unit: the overview (the plans and the unit's assessments) and, on a plan's page, the unit's checklist. */
export interface StartRouteRequest {
  unitId: number;
  period: Period;
  /** The plan whose page the route opens (its key, as links carry it). */
  planKey?: string;
  /** The route shows the unit's saved minutes (the plans' list). */
  savedMinutes?: boolean;
  now: Date;
}

export interface StartRouteData {
  unitId: number;
  period: Period;
  overview: Loaded<Overview>;
  /** The unit's view of the route's plan; absent when the route names no plan or the plan is not there. */
  planView?: Loaded<UnitPlanView>;
  /** With the plan's view: the owners, due dates and evidence of the unit's items of the plan and period. */
  assignments?: Loaded<ItemAssignment[]>;
  /** With the plan's view: the unit's people, whom the owner picker offers. */
  unitPeople?: UnitPeople;
  /** With the plan's view: the period's follow-up basis (every unit's summary, no past-due rows), for the plan's progress across units. */
  basis?: Loaded<FollowUpBasis>;
  /** On the plans' list: the unit's saved minutes. */
  savedMinutes?: Loaded<MeetingMinutes[]>;
}

/** What the app knows before its first view: the site, the person, their rights and the units. */
export interface StartData {
  status: SiteStatus;
  permissions: Permissions;
  user: Person;
  units: Loaded<Unit[]>;
  rights: UnitRights;
  /** Only when the request named a unit and the site is set up; a part that failed is left out (the view then asks again and shows why). */
  route?: StartRouteData;
}

/** Reads what the first view needs, in one $batch (one round trip) each. */
export interface StartRepository {
  /** The site, the person, rights, units and (for a known unit) the route's data. */
  load(route?: StartRouteRequest): Promise<StartData>;
  /** The route's data alone: the second round trip when the unit was not known before the first. */
  loadRoute(route: StartRouteRequest): Promise<StartRouteData>;
  /** The person as the cached start knew them: asking who they are then needs no request of its own. */
  remember(person: Person): void;
}
