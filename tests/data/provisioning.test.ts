import type { LocalSharePoint } from '../../local/server/index.ts';
import { MIGRATIONS } from '../../src/data/provisioning/migrations';
import { provision } from '../../src/data/provisioning/provision';
import { MIGRATIONS } from '../../src/data/provisioning/migrations';
import { listOf } from '../../src/data/queries';
import { MIGRATIONS } from '../../src/data/provisioning/migrations';
import { LIST_ORDER, LISTS, SCHEMA_VERSION, SCHEMA_VERSION_SETTING } from '../../src/data/schema';
import { DEMO_SEED } from '../../src/data/seed/content';
import { seed } from '../../src/data/seed/seed';
import { SPFI } from '../../src/data/sp';
import { clientFor, startSite } from './localSite';
import { expectedSchema, schemaOnSite } from './schemaOnSite';

async function listVersions(sp: SPFI): Promise<string[]> {
  const lists = (await sp.web.lists.select('Title')()) as Record<string, unknown>[];
  return lists.map((list) => `${String(list.Title)} ${String(list['odata.etag'])}`);
}

async function dataOnSite(sp: SPFI): Promise<Record<string, unknown[]>> {
  const data: Record<string, unknown[]> = {};
  for (const key of LIST_ORDER) data[key] = await listOf(sp, key).items.select('Id', 'Title', 'Modified').top(5000)();
  return data;
}

describe('provisioning', () => {
  let site: LocalSharePoint;

  beforeEach(async () => {
    site = await startSite();
  });

  afterEach(async () => {
    await site.close();
  });

  it('creates every list and field of the schema, indexes and unique keys included, and records the version last', async () => {
    const { sp, repos } = clientFor(site.siteUrl);
    expect(await repos.site.status()).toEqual({ state: 'notProvisioned' });
    const steps: string[] = [];
    await provision(sp, (progress) => steps.push(progress.step));
    expect(steps).toEqual([...LIST_ORDER.map((key) => LISTS[key].title), 'permissions', ...MIGRATIONS.map((step) => step.title), SCHEMA_VERSION_SETTING, 'done']);
    expect(await schemaOnSite(sp)).toEqual(expectedSchema());
    expect(await repos.site.status()).toEqual({ state: 'ready', schemaVersion: SCHEMA_VERSION });
    const titles = (await listOf(sp, 'units').fields.select('InternalName', 'Title')()) as { InternalName: string; Title: string }[];
    expect(titles.find((f) => f.InternalName === 'UnitType')?.Title).toBe('Typ');
  });

  it('changes nothing when run again', async () => {
    const { sp } = clientFor(site.siteUrl);
    await provision(sp);
    await seed(sp, DEMO_SEED);
    const schema = await schemaOnSite(sp);
    const data = await dataOnSite(sp);
    const versions = await listVersions(sp);
    await provision(sp);
    await seed(sp, DEMO_SEED);
    expect(await schemaOnSite(sp)).toEqual(schema);
    expect(await dataOnSite(sp)).toEqual(data);
    // A list's etag moves with every change to the list or its fields: the second run changed none.
    expect(await listVersions(sp)).toEqual(versions);
  });

  it('ends in the same schema when two browsers run it at once', async () => {
    const first = clientFor(site.siteUrl);
    const second = clientFor(site.siteUrl);
    await Promise.all([provision(first.sp), provision(second.sp)]);
    expect(await schemaOnSite(first.sp)).toEqual(expectedSchema());
    expect(await listOf(first.sp, 'settings').items.select('Title', 'SettingValue')()).toEqual([
      expect.objectContaining({ Title: SCHEMA_VERSION_SETTING, SettingValue: String(SCHEMA_VERSION) })
    ]);
    const lists = (await first.sp.web.lists.select('Title')()) as { Title: string }[];
    expect(lists.filter((l) => l.Title.startsWith('Mr')).map((l) => l.Title).sort()).toEqual(LIST_ORDER.map((key) => LISTS[key].title).sort());
  });

  it('upgrades an older schema in place without touching the data', async () => {
    const { sp, repos } = clientFor(site.siteUrl);
    await provision(sp);
    await seed(sp, DEMO_SEED);
    const [unit] = (await repos.units.list()).value;
    const [plan] = (await repos.actionPlans.list()).value;
    const [item] = (await repos.actionPlans.items(plan.id)).value;
    await repos.checklist.applyIntent({ unitId: unit.id, itemId: item.id, planId: plan.id, period: 2025, done: true, comment: 'Kvar efter uppgraderingen', at: '2025-05-01T10:00:00Z' });
    // An older version: no comments on ticks, no index on Period, no unique key on assessments, one choice fewer.
    await listOf(sp, 'checklistTicks').fields.getByInternalNameOrTitle('Period').update({ Indexed: false }, 'SP.Field');
    await listOf(sp, 'staircaseAssessments').fields.getByInternalNameOrTitle('Title').update({ EnforceUniqueValues: false }, 'SP.Field');
    await listOf(sp, 'staircaseAssessments').fields.getByInternalNameOrTitle('Title').update({ Indexed: false }, 'SP.Field');
    await listOf(sp, 'updates').fields.getByInternalNameOrTitle('UpdateStatus').update({ Choices: ['draft'] }, 'SP.Field');
    const settings = listOf(sp, 'settings').items;
    const [version] = (await settings.select('Id').filter(`Title eq '${SCHEMA_VERSION_SETTING}'`)()) as { Id: number }[];
    await settings.getById(version.Id).update({ SettingValue: String(SCHEMA_VERSION - 1) });
    const data = await dataOnSite(sp);
    // The demo seed marks the site as example data; an upgrade keeps the mark.
    expect(await repos.site.status()).toEqual({ state: 'outdated', schemaVersion: SCHEMA_VERSION - 1, exampleData: true });

    await provision(sp);

    expect(await repos.site.status()).toEqual({ state: 'ready', schemaVersion: SCHEMA_VERSION, exampleData: true });
    expect(await schemaOnSite(sp)).toEqual(expectedSchema());
    const after = await dataOnSite(sp);
    expect({ ...after, settings: [] }).toEqual({ ...data, settings: [] });
    const view = await repos.checklist.loadUnitPlanView(unit.id, plan.id, 2025);
    expect(view.value.ticks).toEqual([expect.objectContaining({ itemId: item.id, done: true, comment: 'Kvar efter uppgraderingen' })]);
    const status = (await listOf(sp, 'updates').fields.getByInternalNameOrTitle('UpdateStatus').select('Choices')()) as { Choices: string[] };
    expect(status.Choices).toEqual(['draft', 'published']);
  });

  it('lets members tick but only read the content lists', async () => {
    await provision(clientFor(site.siteUrl).sp);
    const member = clientFor(site.siteUrl, 'member');
    await expect(listOf(member.sp, 'updates').items.add({ Title: 'Inte tillåtet', UpdateStatus: 'draft' })).rejects.toMatchObject({ status: 403 });
    expect(await listOf(member.sp, 'updates').items.select('Id')()).toEqual([]);
    await expect(member.repos.updates.save({ id: 0, title: 'Nyhet', summary: '', body: '', status: 'draft', pinned: false })).rejects.toMatchObject({
      name: 'AccessDeniedError'
    });
  });
});
