import type { MrRepositories, Permissions } from '../../app';
import type { Period } from '../../domain/period';
import type { Unit } from '../../domain/unit';
import type { Route } from '../routing';

/** What the app hands every view. Each view loads its own data through the repositories. */
export interface ViewProps {
  repositories: MrRepositories;
  /** The unit whose progress the view shows; absent when none is chosen or found. */
  unit?: Unit;
  period: Period;
  /** The route that opened the view; `route.item` is the plan or update to open at. */
  route: Route;
  navigate: (route: Route) => void;
  permissions: Permissions;
  /** The meeting side panel: one narrow column. */
  compact: boolean;
  /** The data site, for messages that name it. */
  siteUrl: string;
}
