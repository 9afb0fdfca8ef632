import { SPFI } from '@pnp/sp';
import { IBasePermissions, PermissionKind } from '@pnp/sp/security';
import { Person } from '../../domain/person';
import { httpStatusOf } from '../../app/failures';
import { translated } from '../translateErrors';
import { inOneBatch, listOf, odataText } from '../queries';
import { EXAMPLE_DATA_SETTING, SCHEMA_VERSION, SCHEMA_VERSION_SETTING } from '../schema';
import { unitRightsOf, unitRightsRequests } from '../rights/unitFolders';
import { Permissions, ProvisioningProgress, SiteRepository, SiteStatus } from '../../app/contracts';

const NO_PERMISSIONS: IBasePermissions = { Low: 0, High: 0 };

/** Whether a permission mask grants every kind asked for (SharePoint sends the mask's halves as strings). */
function allows(sp: SPFI, permissions: IBasePermissions, ...kinds: PermissionKind[]): boolean {
  return kinds.every((kind) => sp.web.hasPermissions(permissions, kind));
}

/** A list that is not there yet grants nothing (`nothing`); any other failure is raised. */
function nothingWhenMissing<T>(read: Promise<T>, nothing: T): Promise<T> {
  return read.catch((error: unknown) => {
    if (httpStatusOf(error) === 404) return nothing;
    throw error;
  });
}

export class SpSiteRepository implements SiteRepository {
  private user?: Promise<Person>;

  public constructor(private readonly sp: SPFI) {}

  public status(): Promise<SiteStatus> {
    return translated(async () => {
      let rows: { Title?: string; SettingValue?: string }[];
      try {
        // The schema version and the example-data mark in one request.
        rows = await listOf(this.sp, 'settings')
          .items.select('Title', 'SettingValue')
          .filter(`Title eq ${odataText(SCHEMA_VERSION_SETTING)} or Title eq ${odataText(EXAMPLE_DATA_SETTING)}`)
          .top(2)();
      } catch (error) {
        if (httpStatusOf(error) === 404) return { state: 'notProvisioned' };
        throw error;
      }
      const version = Number(rows.find((row) => row.Title === SCHEMA_VERSION_SETTING)?.SettingValue);
      // No version yet means a provisioning run stopped half-way: the lists are not ready.
      if (!Number.isInteger(version)) return { state: 'notProvisioned' };
      const state = version < SCHEMA_VERSION ? 'outdated' : 'ready';
      return rows.some((row) => row.Title === EXAMPLE_DATA_SETTING) ? { state, schemaVersion: version, exampleData: true } : { state, schemaVersion: version };
    });
  }

  /** The signed-in person, asked once per page life (the answer does not change while the page is open). */
  public currentUser(): Promise<Person> {
    if (this.user === undefined) {
      this.user = translated(async () => {
        const user = (await this.sp.web.currentUser.select('Id', 'Title', 'Email')()) as { Id: number; Title: string; Email?: string };
        return { id: user.Id, name: user.Title, email: user.Email || undefined };
      });
      // A failed attempt is not remembered, so the next call asks again.
      this.user.catch(() => (this.user = undefined));
    }
    return this.user;
  }

  public permissions(): Promise<Permissions> {
    return translated(async () => {
      const [web, content, root, folders] = await inOneBatch<[IBasePermissions, IBasePermissions, IBasePermissions, unknown[]]>(this.sp, (b) => {
        const [rootRights, folderRights] = unitRightsRequests(b);
        return [
          b.web.getCurrentUserEffectivePermissions(),
          nothingWhenMissing(listOf(b, 'actionPlans').getCurrentUserEffectivePermissions(), NO_PERMISSIONS),
          nothingWhenMissing(rootRights, NO_PERMISSIONS),
          nothingWhenMissing(folderRights, [])
        ];
      });
      // Ticks and assessments are written in the units' folders: whoever may write in one of them contributes.
      return {
        canContribute: unitRightsOf(this.sp, { root, folders }, () => []).writable.length > 0,
        canEdit: allows(this.sp, content, PermissionKind.AddListItems, PermissionKind.EditListItems),
        canProvision: allows(this.sp, web, PermissionKind.ManageLists)
      };
    });
  }

  /**
   * Creates or upgrades the lists, then fills the programme's own content where it is still empty. The
   * code for it (and the seed text) loads only now: a site that is set up never needs it.
   */
  public provision(onProgress?: (progress: ProvisioningProgress) => void): Promise<void> {
    return translated(async () => {
      const { setUpSite } = await import(/* webpackChunkName: 'mr-provisioning' */ '../provisioning/setUpSite');
      await setUpSite(this.sp, onProgress);
    });
  }
}
