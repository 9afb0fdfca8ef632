/**
 * Schema step 2: a site set up by version 1 has Kommunstyrelsen as a specialist committee; the upgrade makes it
 * a unit type of its own, leaves every other unit as it was, and changes nothing when it runs again.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { LocalSharePoint } from '../../local/server/index.ts';
import { ListsSchema, provision, provisionLists } from '../../src/data/provisioning/provision';
import { listOf } from '../../src/data/queries';
import { SCHEMA_VERSION_SETTING } from '../../src/data/schema';
import { clientFor, startSite } from './localSite';

const V1 = JSON.parse(readFileSync(join(__dirname, '../fixtures/releasedSchemas/v1.json'), 'utf8')) as { listOrder: ListsSchema['order']; lists: ListsSchema['lists'] };

let site: LocalSharePoint;

beforeAll(async () => {
  site = await startSite();
});

afterAll(() => site.close());

it('retypes Kommunstyrelsen from specialist committee to its own type, and nothing else', async () => {
  const { sp, repos } = clientFor(site.siteUrl);
  await provisionLists(sp, { order: V1.listOrder, lists: V1.lists });
  await listOf(sp, 'settings').items.add({ Title: SCHEMA_VERSION_SETTING, SettingValue: '1' });
  for (const Title of ['Kommunstyrelsen', 'Socialnämnden']) await listOf(sp, 'units').items.add({ Title, UnitType: 'committee' });

  await provision(sp);
  const typeOf = async (): Promise<Record<string, string>> =>
    Object.fromEntries((await repos.units.list()).value.map((unit) => [unit.name, unit.type]));
  expect(await typeOf()).toEqual({ Kommunstyrelsen: 'executiveBoard', Socialnämnden: 'committee' });
  expect((await repos.units.list()).problems).toEqual([]);

  await provision(sp);
  expect(await typeOf()).toEqual({ Kommunstyrelsen: 'executiveBoard', Socialnämnden: 'committee' });
});
