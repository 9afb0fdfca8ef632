import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import type { LocalSharePoint } from '../../local/server/index.ts';
import { FIRST_SCHEMA_VERSION, MIGRATIONS, MigrationStep } from '../../src/data/provisioning/migrations';
import { ListsSchema, provision, provisionLists } from '../../src/data/provisioning/provision';
import { listOf } from '../../src/data/queries';
import { readUnitFolders } from '../../src/data/rights/unitFolders';
import { SCHEMA_VERSION, SCHEMA_VERSION_SETTING } from '../../src/data/schema';
import { SPFI } from '../../src/data/sp';
import { AccessDeniedError } from '../../src/app';
import { clientFor, startSite } from './localSite';
import { expectedSchema, schemaOnSite } from './schemaOnSite';

/** Every released schema version, as its lists were: one JSON file per version, never edited after release. */
const RELEASED_DIR = join(__dirname, '../fixtures/releasedSchemas');
const RELEASED: (ListsSchema & { version: number })[] = readdirSync(RELEASED_DIR)
  .filter((file) => file.endsWith('.json'))
  .map((file) => JSON.parse(readFileSync(join(RELEASED_DIR, file), 'utf8')) as { version: number; listOrder: ListsSchema['order']; lists: ListsSchema['lists'] })
  .map(({ version, listOrder, lists }) => ({ version, order: listOrder, lists }))
  .sort((a, b) => a.version - b.version);

async function recordVersion(sp: SPFI, version: number): Promise<void> {
  await listOf(sp, 'settings').items.add({ Title: SCHEMA_VERSION_SETTING, SettingValue: String(version) });
}

async function versionOnSite(sp: SPFI): Promise<string[]> {
  const rows = (await listOf(sp, 'settings').items.select('SettingValue').filter(`Title eq '${SCHEMA_VERSION_SETTING}'`)()) as { SettingValue: string }[];
  return rows.map((row) => row.SettingValue);
}

describe('schema migrations', () => {
  let site: LocalSharePoint;

  beforeEach(async () => {
    site = await startSite();
  });

  afterEach(async () => {
    await site.close();
  });

  it('count up by one from the first release, and the schema version is the last step’s', () => {
    expect(MIGRATIONS.map((step) => step.version)).toEqual(MIGRATIONS.map((_, index) => FIRST_SCHEMA_VERSION + 1 + index));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.at(-1)?.version ?? FIRST_SCHEMA_VERSION);
  });

  it('keep a snapshot of every released version, the first release included', () => {
    expect(RELEASED.map((schema) => schema.version)).toContain(FIRST_SCHEMA_VERSION);
    expect(Math.max(...RELEASED.map((schema) => schema.version))).toBeLessThanOrEqual(SCHEMA_VERSION);
  });

  it.each(RELEASED.map((schema) => [schema.version, schema] as const))('upgrade a site set up by version %i to the current schema, keeping its rows', async (version, released) => {
    const { sp, repos } = clientFor(site.siteUrl);
    await provisionLists(sp, released);
    await recordVersion(sp, version);
    const unit = await listOf(sp, 'units').items.add({ Title: 'Kvar efter uppgraderingen', UnitType: 'committee' });
    const status = await repos.site.status();
    expect(status).toEqual({ state: version < SCHEMA_VERSION ? 'outdated' : 'ready', schemaVersion: version });

    await provision(sp);

    expect(await repos.site.status()).toEqual({ state: 'ready', schemaVersion: SCHEMA_VERSION });
    expect(await versionOnSite(sp)).toEqual([String(SCHEMA_VERSION)]);
    expect(await schemaOnSite(sp)).toEqual(expectedSchema());
    const units = (await listOf(sp, 'units').items.select('Id', 'Title')()) as { Id: number; Title: string }[];
    expect(units).toContainEqual(expect.objectContaining({ Id: (unit as { Id: number }).Id, Title: 'Kvar efter uppgraderingen' }));
  });

  it('run each step the site has not had once, in order, and resume after a run stops half-way', async () => {
    const { sp } = clientFor(site.siteUrl);
    await provision(sp);
    const ran: string[] = [];
    let failNext = true;
    const steps: MigrationStep[] = [
      { version: SCHEMA_VERSION + 1, title: 'first', run: async () => void ran.push('first') },
      {
        version: SCHEMA_VERSION + 2,
        title: 'second',
        run: async () => {
          ran.push('second');
          if (failNext) {
            failNext = false;
            throw new Error('killed half-way');
          }
        }
      }
    ];

    await expect(provision(sp, undefined, steps)).rejects.toThrow('killed half-way');
    expect(await versionOnSite(sp)).toEqual([String(SCHEMA_VERSION + 1)]);

    await provision(sp, undefined, steps);
    expect(ran).toEqual(['first', 'second', 'second']);
    expect(await versionOnSite(sp)).toEqual([String(SCHEMA_VERSION + 2)]);

    await provision(sp, undefined, steps);
    expect(ran).toEqual(['first', 'second', 'second']);
  });

  it('the meeting-minutes step gives every unit its folder, with its own rights, in the new list; a second run changes nothing', async () => {
    const { sp } = clientFor(site.siteUrl);
    const step = MIGRATIONS.find((candidate) => candidate.title.startsWith('MrMeetingMinutes'));
    // A site from before the step: every earlier step has run, and the minutes list is new with the schema.
    await provision(sp, undefined, MIGRATIONS.filter((candidate) => candidate.version < (step?.version ?? 0)));
    const unit = (await listOf(sp, 'units').items.add({ Title: 'Enheten före uppgraderingen', UnitType: 'committee' })) as { Id: number };
    expect((await readUnitFolders(sp, 'meetingMinutes')).has(unit.Id)).toBe(false);

    await step?.run(sp);
    expect((await readUnitFolders(sp, 'meetingMinutes')).get(unit.Id)).toMatchObject({ unitId: unit.Id, hasUniqueRoleAssignments: true });
    await step?.run(sp);
    expect([...(await readUnitFolders(sp, 'meetingMinutes')).keys()].filter((id) => id === unit.Id)).toEqual([unit.Id]);
  });

  it('report each pending step while it runs', async () => {
    const { sp } = clientFor(site.siteUrl);
    await provision(sp);
    const steps: MigrationStep[] = [{ version: SCHEMA_VERSION + 1, title: 'Enheternas mappar', run: async () => undefined }];
    const progress: string[] = [];
    await provision(sp, (p) => progress.push(`${p.step} ${p.done}/${p.total}`), steps);
    expect(progress).toContain(`Enheternas mappar ${progress.length - 3}/${progress.length - 1}`);
    expect(progress.at(-1)).toBe(`done ${progress.length - 1}/${progress.length - 1}`);
  });
});

describe('step 5: owners, due dates and evidence in a list of their own', () => {
  let site: LocalSharePoint;

  beforeEach(async () => {
    site = await startSite();
  });

  afterEach(async () => {
    await site.close();
  });

  it.each(RELEASED.filter((schema) => schema.version < 5).map((schema) => [schema.version, schema] as const))(
    'gives a version-%i site the list with version history and each unit’s folder, writable by the unit’s people only',
    async (version, released) => {
      const { sp } = clientFor(site.siteUrl);
      await provisionLists(sp, released);
      await recordVersion(sp, version);
      // Johan (13) is the unit's one named person, as an editor would have recorded him before the upgrade.
      const { Id: unit } = (await listOf(sp, 'units').items.add({ Title: 'Enheten', UnitType: 'administration', UnitMembersId: [13] })) as { Id: number };
      const { Id: other } = (await listOf(sp, 'units').items.add({ Title: 'Den andra', UnitType: 'administration' })) as { Id: number };

      await provision(sp);

      expect(await listOf(sp, 'itemAssignments').select('EnableVersioning')()).toMatchObject({ EnableVersioning: true });
      const johan = clientFor(site.siteUrl, 'johan.berg').repos.assignments;
      const item = { period: 2025, evidence: [] };
      const { ActionPlan, Item } = await planAndItem(sp);
      const saved = await johan.save({ ...item, itemId: Item, planId: ActionPlan, key: `${unit}:${Item}:2025`, unitId: unit }, { dueDate: '2025-06-30' });
      expect(saved.dueDate).toBe('2025-06-30');
      await expect(johan.save({ ...item, itemId: Item, planId: ActionPlan, key: `${other}:${Item}:2025`, unitId: other }, { dueDate: '2025-06-30' })).rejects.toBeInstanceOf(
        AccessDeniedError
      );
    }
  );
});

/** A plan and one of its items, for rows that point at them. */
async function planAndItem(sp: SPFI): Promise<{ ActionPlan: number; Item: number }> {
  const { Id: plan } = (await listOf(sp, 'actionPlans').items.add({ Title: 'Plan', PlanKey: 'plan', SortOrder: 1, PlanStatus: 'adopted' })) as { Id: number };
  const { Id: item } = (await listOf(sp, 'checklistItems').items.add({ Title: 'Punkt', ActionPlanId: plan, FocusArea: 'knowledge', SortOrder: 1 })) as { Id: number };
  return { ActionPlan: plan, Item: item };
}
