import { SPFI } from '@pnp/sp';
import { IBasePermissions, PermissionKind } from '@pnp/sp/security';
import { Person } from '../../domain/person';
import { httpStatusOf } from '../../app/failures';
import { translated } from '../translateErrors';
import { inOneBatch, listOf, odataText } from '../queries';
import { EXAMPLE_DATA_SETTING, HELP_CONTACT_SETTING, SCHEMA_VERSION, SCHEMA_VERSION_SETTING } from '../schema';
import type { HelpContact } from '../../domain/helpContact';
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

/** The stored help text; a value that is not the stored shape (edited by hand in the list) counts as none. */
function helpContactOf(value: string | undefined): HelpContact | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  try {
    const parsed = JSON.parse(value) as Partial<Record<keyof HelpContact, unknown>>;
    const sv = typeof parsed.sv === 'string' ? parsed.sv : '';
    const en = typeof parsed.en === 'string' ? parsed.en : '';
    return sv.trim() === '' && en.trim() === '' ? undefined : { sv, en };
  } catch {
    return undefined;
  }
}

export class SpSiteRepository implements SiteRepository {
  private user?: Promise<Person>;

  public constructor(private readonly sp: SPFI) {}

  public status(): Promise<SiteStatus> {
    return translated(async () => {
      let rows: { Title?: string; SettingValue?: string }[];
      try {
        // The schema version, the example-data mark and the help text in one request.
        rows = await listOf(this.sp, 'settings')
          .items.select('Title', 'SettingValue')
          .filter([SCHEMA_VERSION_SETTING, EXAMPLE_DATA_SETTING, HELP_CONTACT_SETTING].map((key) => `Title eq ${odataText(key)}`).join(' or '))
          .top(3)();
      } catch (error) {
        if (httpStatusOf(error) === 404) return { state: 'notProvisioned' };
        throw error;
      }
      const version = Number(rows.find((row) => row.Title === SCHEMA_VERSION_SETTING)?.SettingValue);
      // No version yet means a provisioning run stopped half-way: the lists are not ready.
      if (!Number.isInteger(version)) return { state: 'notProvisioned' };
      const state = version < SCHEMA_VERSION ? 'outdated' : 'ready';
      const help = helpContactOf(rows.find((row) => row.Title === HELP_CONTACT_SETTING)?.SettingValue);
      return {
        state,
        schemaVersion: version,
        ...(rows.some((row) => row.Title === EXAMPLE_DATA_SETTING) ? { exampleData: true } : {}),
        ...(help ? { help } : {})
      };
    });
  }

  public saveHelp(help: HelpContact): Promise<HelpContact> {
    return translated(async () => {
      const value = JSON.stringify({ sv: help.sv, en: help.en });
      const settings = listOf(this.sp, 'settings');
      const [row] = (await settings.items.select('Id').filter(`Title eq ${odataText(HELP_CONTACT_SETTING)}`).top(1)()) as { Id: number }[];
      if (row) await settings.items.getById(row.Id).update({ SettingValue: value });
      else await settings.items.add({ Title: HELP_CONTACT_SETTING, SettingValue: value });
      return { sv: help.sv, en: help.en };
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
