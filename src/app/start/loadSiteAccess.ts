import type { Person } from '../../domain/person';
import type { SiteRepository } from '../contracts/site';
import type { Permissions, SiteStatus } from '../contracts/site';

/** What the app learns about the data site before it shows any view. */
export interface SiteAccess {
  status: SiteStatus;
  permissions: Permissions;
  user: Person;
}

/** Use case: start the app. The site's status, the person's permissions and who they are, asked side by side. */
export async function loadSiteAccess(site: SiteRepository): Promise<SiteAccess> {
  const [status, permissions, user] = await Promise.all([site.status(), site.permissions(), site.currentUser()]);
  return { status, permissions, user };
}
