import type { MrRepositories, Permissions } from '../../app';
import type { Period } from '../../domain/period';
import type { LinkedTeam } from '../../domain/linkedTeam';
import type { MeetingRef } from '../../domain/minutes';
import type { Unit } from '../../domain/unit';
import type { Route } from '../routing';

/** Every unit and the person's own, and how to choose one (it goes into the link). */
export interface UnitChoice {
  units: readonly Unit[];
  ownUnitIds: ReadonlySet<number>;
  select: (unitId: number) => void;
}

/** What the app hands every view. Each view loads its own data through the repositories. */
export interface ViewProps {
  repositories: MrRepositories;
  /** The unit whose progress the view shows; absent when none is chosen or found. */
  unit?: Unit;
  /** For views that ask the person to choose a unit. */
  unitChoice: UnitChoice;
  /**
   * Whether SharePoint lets the person change the shown unit's ticks and assessments: it is one of their
   * own units, or they are an editor. SharePoint enforces it; views only say why something cannot be changed.
   */
  canChangeUnit: boolean;
  period: Period;
  /** The route that opened the view; `route.item` is the plan or update to open at. */
  route: Route;
  navigate: (route: Route) => void;
  permissions: Permissions;
  /** The Teams team whose tab the app runs in (its id and name, as Teams told), when it runs in one. */
  team?: LinkedTeam;
  /** The meeting side panel: one narrow column. */
  compact: boolean;
  /** The meeting's shared stage: large, read-only, live. */
  stage?: boolean;
  /** The Teams meeting the app runs in, when Teams said which. */
  meeting?: MeetingRef;
  /** The data site, for messages that name it. */
  siteUrl: string;
  /** What the view shows came from the browser's cache and is being refreshed: nothing in it is confirmed, and nothing can be changed yet. */
  refreshing?: boolean;
}
