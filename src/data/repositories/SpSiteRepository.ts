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

/** The settings rows that say the site's state: the schema version, the example-data mark and the help text. */
export type SettingRow = { Title?: string; SettingValue?: string };

/** The settings request: all three rows in one. */
export function statusRequest(sp: SPFI): Promise<SettingRow[]> {
  return listOf(sp, 'settings')
    .items.select('Title', 'SettingValue')
    .filter([SCHEMA_VERSION_SETTING, EXAMPLE_DATA_SETTING, HELP_CONTACT_SETTING].map((key) => `Title eq ${odataText(key)}`).join(' or '))
    .top(3)();
}

export function siteStatusOf(rows: readonly SettingRow[]): SiteStatus {
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
}

export type UserRow = { Id: number; Title: string; Email?: string };

export function currentUserRequest(sp: SPFI): Promise<UserRow> {
  return sp.web.currentUser.select('Id', 'Title', 'Email')() as Promise<UserRow>;
}

export function personOf(user: UserRow): Person {
  return { id: user.Id, name: user.Title, email: user.Email || undefined };
}

/** SharePoint's answers about the person's rights: on the web, the content lists and the per-unit lists. */
export interface PermissionAnswers {
  web: IBasePermissions;
  content: IBasePermissions;
  root: IBasePermissions;
  folders: unknown[];
}

/** The permission requests; they join a batch. A list not there yet grants nothing. */
export function permissionRequests(b: SPFI): [Promise<IBasePermissions>, Promise<IBasePermissions>, Promise<IBasePermissions>, Promise<unknown[]>] {
  const [rootRights, folderRights] = unitRightsRequests(b);
  return [
    b.web.getCurrentUserEffectivePermissions(),
    nothingWhenMissing(listOf(b, 'actionPlans').getCurrentUserEffectivePermissions(), NO_PERMISSIONS),
    nothingWhenMissing(rootRights, NO_PERMISSIONS),
    nothingWhenMissing(folderRights, [])
  ];
}

export function permissionsOf(sp: SPFI, { web, content, root, folders }: PermissionAnswers): Permissions {
  // Ticks and assessments are written in the units' folders: whoever may write in one of them contributes.
  return {
    canContribute: unitRightsOf(sp, { root, folders }, () => []).writable.length > 0,
    canEdit: allows(sp, content, PermissionKind.AddListItems, PermissionKind.EditListItems),
    canProvision: allows(sp, web, PermissionKind.ManageLists)
  };
}

export class SpSiteRepository implements SiteRepository {
  private user?: Promise<Person>;

  public constructor(private readonly sp: SPFI) {}

  public status(): Promise<SiteStatus> {
    return translated(async () => {
      let rows: SettingRow[];
      try {
        rows = await statusRequest(this.sp);
      } catch (error) {
        if (httpStatusOf(error) === 404) return { state: 'notProvisioned' };
        throw error;
      }
      return siteStatusOf(rows);
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
      this.user = translated(async () => personOf(await currentUserRequest(this.sp)));
      // A failed attempt is not remembered, so the next call asks again.
      this.user.catch(() => (this.user = undefined));
    }
    return this.user;
  }

  /** The person as another batch (the start's) learned them: later calls need not ask. */
  public remember(person: Person): void {
    this.user = Promise.resolve(person);
  }

  public permissions(): Promise<Permissions> {
    return translated(async () => {
      const [web, content, root, folders] = await inOneBatch<[IBasePermissions, IBasePermissions, IBasePermissions, unknown[]]>(this.sp, permissionRequests);
      return permissionsOf(this.sp, { web, content, root, folders });
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
