/**
 * The upgrade from schema version 1 on the local SharePoint: a site set up by version 1 (the frozen v1
 * lists, membership in the Medarbetare column, every tick and assessment at the list's root) is upgraded
 * in place by the version bump. Afterwards every row is there once, unchanged, in its unit's folder, and
 * SharePoint gives the unit's people their rights; a run killed at any point is simply run again, and two
 * browsers upgrading at once do no harm.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { LocalSharePoint } from '../../local/server/index.ts';
import { ListsSchema, provision, provisionLists } from '../../src/data/provisioning/provision';
import { listOf, readWholeList } from '../../src/data/queries';
import { listRootPath, unitFolderPath } from '../../src/data/rights/unitFolders';
import { ListKey, SCHEMA_VERSION, SCHEMA_VERSION_SETTING } from '../../src/data/schema';
import { SPFI } from '../../src/data/sp';
import { DEMO_TEAMS_GROUP_ID } from '../../src/data/seed/content';
import { tickKey } from '../../src/domain/checklist';
import { assessmentKey } from '../../src/domain/staircase';
import { AccessDeniedError } from '../../src/app';
import { clientFor, spFor, startSite } from './localSite';

const V1 = ((): ListsSchema => {
  const file = JSON.parse(readFileSync(join(__dirname, '../fixtures/releasedSchemas/v1.json'), 'utf8')) as { listOrder: ListsSchema['order']; lists: ListsSchema['lists'] };
  return { order: file.listOrder, lists: file.lists };
})();

const PERIOD = 2025;
const MAJA = 'i:0#.f|membership|maja.medlem@mrlocal.onmicrosoft.com';
const JOHAN = 'i:0#.f|membership|johan.berg@mrlocal.onmicrosoft.com';

/** What a row is, wherever it sits: everything the upgrade must keep. */
const ROW_FIELDS: Record<string, string[]> = {
  checklistTicks: ['Done', 'DoneById', 'DoneAt', 'TickComment'],
  staircaseAssessments: ['Step', 'StepStatus', 'Evidence', 'AssessedById', 'AssessedAt']
};
const COMMON_FIELDS = ['Id', 'Title', 'FileDirRef', 'UnitId', 'Period', 'AuthorId', 'EditorId', 'Created', 'Modified', 'FSObjType'];
const UNIT_LISTS: ListKey[] = ['checklistTicks', 'staircaseAssessments'];

interface V1Site {
  site: LocalSharePoint;
  units: { a: number; b: number; team: number };
  /** Every row as version 1 left it, by list, without where it sits. */
  before: Record<string, Record<string, unknown>[]>;
}

/** A row's values without its id, folder and address, which the move changes. */
function withoutPlace(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([name]) => name !== 'Id' && name !== 'FileDirRef' && !name.startsWith('odata.')));
}

async function rowsOf(sp: SPFI, list: ListKey): Promise<Record<string, unknown>[]> {
  const rows = await readWholeList(sp, list, { select: [...COMMON_FIELDS, ...ROW_FIELDS[list]], expand: [] });
  return rows.filter((row) => Number(row.FSObjType) === 0).map((row) => Object.fromEntries(Object.entries(row).filter(([name]) => name !== 'FSObjType')));
}

/** A site as version 1 set it up and its people used it: rows written at the root, as version 1 wrote them. */
async function startV1Site(): Promise<V1Site> {
  const site = await startSite();
  const sp = spFor(site.siteUrl, 'editor');
  await provisionLists(sp, V1);
  await listOf(sp, 'settings').items.add({ Title: SCHEMA_VERSION_SETTING, SettingValue: '1' });
  const [maja, johan] = [(await sp.web.ensureUser(MAJA)) as { Id: number }, (await sp.web.ensureUser(JOHAN)) as { Id: number }];
  const unit = async (fields: Record<string, unknown>): Promise<number> => ((await listOf(sp, 'units').items.add({ UnitType: 'team', ...fields })) as { Id: number }).Id;
  const units = {
    a: await unit({ Title: 'Enhet A', UnitMembersId: [maja.Id] }),
    b: await unit({ Title: 'Enhet B', UnitMembersId: [johan.Id] }),
    team: await unit({ Title: 'Teamet', TeamsGroupId: DEMO_TEAMS_GROUP_ID })
  };
  const plan = (await listOf(sp, 'actionPlans').items.add({ Title: 'Plan', PlanKey: 'plan', SortOrder: 1, PlanStatus: 'adopted' })) as { Id: number };
  const items: number[] = [];
  for (let i = 0; i < 4; i++) {
    items.push(((await listOf(sp, 'checklistItems').items.add({ Title: `Punkt ${i}`, ActionPlanId: plan.Id, FocusArea: 'knowledge', SortOrder: i })) as { Id: number }).Id);
  }
  // Version 1's client wrote who ticked itself: Maja's id on A's rows, Johan's on B's, the editor as Author and Editor.
  const doneBy = { [units.a]: maja.Id, [units.b]: johan.Id, [units.team]: maja.Id };
  for (const unitId of Object.values(units)) {
    for (const [index, itemId] of items.entries()) {
      await listOf(sp, 'checklistTicks').items.add({
        Title: tickKey(unitId, itemId, PERIOD),
        UnitId: unitId,
        ChecklistItemId: itemId,
        ActionPlanId: plan.Id,
        Period: PERIOD,
        Done: index % 2 === 0,
        DoneById: doneBy[unitId],
        DoneAt: `2025-0${index + 1}-1${index}T09:30:00Z`,
        TickComment: index === 1 ? `Kommentar ${unitId}` : null
      });
    }
    for (const step of [1, 2] as const) {
      await listOf(sp, 'staircaseAssessments').items.add({
        Title: assessmentKey(unitId, step, PERIOD),
        UnitId: unitId,
        Step: step,
        Period: PERIOD,
        StepStatus: step === 1 ? 'fulfilled' : 'inProgress',
        Evidence: `Underlag ${unitId}:${step}`,
        AssessedById: doneBy[unitId],
        AssessedAt: '2025-04-01T08:00:00Z'
      });
    }
  }
  const before: V1Site['before'] = {};
  for (const list of UNIT_LISTS) {
    const rows = await rowsOf(sp, list);
    expect(rows.every((row) => row.FileDirRef === listRootPath(sp, list))).toBe(true);
    before[list] = rows.map(withoutPlace);
  }
  return { site, units, before };
}

/** Every row once, unchanged, in its own unit's folder; nothing left at the root. */
async function expectUpgraded(v1: V1Site): Promise<void> {
  const sp = spFor(v1.site.siteUrl, 'editor');
  for (const list of UNIT_LISTS) {
    const rows = await rowsOf(sp, list);
    const titles = rows.map((row) => String(row.Title));
    expect(new Set(titles).size).toBe(titles.length);
    expect(rows.map(withoutPlace).sort(byTitle)).toEqual([...v1.before[list]].sort(byTitle));
    for (const row of rows) expect(row.FileDirRef).toBe(unitFolderPath(sp, list, Number(row.UnitId)));
  }
  const { repos } = clientFor(v1.site.siteUrl, 'editor');
  expect(await repos.site.status()).toEqual({ state: 'ready', schemaVersion: SCHEMA_VERSION });
}

function byTitle(a: Record<string, unknown>, b: Record<string, unknown>): number {
  return String(a.Title).localeCompare(String(b.Title));
}

/**
 * Runs the upgrade from a browser whose connection is lost for good after `requests` requests (a closed
 * laptop): every later request fails as a network failure would, without retries. True when it finished.
 */
async function upgradeDyingAfter(siteUrl: string, requests: number): Promise<boolean> {
  const realFetch = globalThis.fetch;
  let sent = 0;
  const fetchSpy = jest.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    sent += 1;
    return sent > requests ? Promise.reject(new TypeError('fetch failed')) : realFetch(input, init);
  });
  try {
    await provision(spFor(siteUrl, 'editor', { maxAttempts: 1 }));
    return true;
  } catch {
    return false;
  } finally {
    fetchSpy.mockRestore();
  }
}

describe('the upgrade from version 1', () => {
  let v1: V1Site;

  beforeEach(async () => {
    v1 = await startV1Site();
  });

  afterEach(async () => {
    await v1.site.close();
  });

  it('moves every row into its unit’s folder, none lost or doubled, and SharePoint then enforces each unit’s people', async () => {
    const { repos } = clientFor(v1.site.siteUrl, 'editor');
    expect(await repos.site.status()).toEqual({ state: 'outdated', schemaVersion: 1 });
    await repos.site.provision();
    await expectUpgraded(v1);

    const intent = (unitId: number, done: boolean) => ({ unitId, itemId: 0, planId: 0, period: PERIOD, done, at: new Date().toISOString() });
    const rows = await rowsOf(spFor(v1.site.siteUrl, 'editor'), 'checklistTicks');
    const known = (unitId: number) => {
      const row = rows.find((r) => r.UnitId === unitId) as Record<string, unknown>;
      return { id: Number(row.Id), key: String(row.Title), unitId, itemId: 0, planId: 0, period: PERIOD, done: Boolean(row.Done), comment: '' };
    };
    const maja = clientFor(v1.site.siteUrl, 'member').repos;
    const johan = clientFor(v1.site.siteUrl, 'johan.berg').repos;
    // Maja was named in A (the Medarbetare column) and is a member of the team linked to Teamet.
    await expect(maja.checklist.applyIntent(intent(v1.units.a, true), known(v1.units.a))).resolves.toMatchObject({ done: true });
    await expect(maja.checklist.applyIntent(intent(v1.units.team, true), known(v1.units.team))).resolves.toMatchObject({ done: true });
    await expect(johan.checklist.applyIntent(intent(v1.units.a, false), known(v1.units.a))).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(johan.checklist.applyIntent(intent(v1.units.b, true), known(v1.units.b))).resolves.toMatchObject({ done: true });
  });

  it('resumes after being killed half way, at whatever point, and ends the same', async () => {
    // Each run is cut off a few requests later than the one before, so the cuts fall all through the upgrade.
    let cutAfter = 1;
    let finished = false;
    let interrupted = 0;
    // A bound, so that an upgrade that can never finish fails the test instead of running forever.
    while (!finished && cutAfter < 1000) {
      finished = await upgradeDyingAfter(v1.site.siteUrl, cutAfter);
      if (!finished) interrupted += 1;
      cutAfter += 4;
    }
    expect(finished).toBe(true);
    expect(interrupted).toBeGreaterThan(5);
    await expectUpgraded(v1);
  });

  it('is safe when two browsers run it at once', async () => {
    await Promise.all([provision(spFor(v1.site.siteUrl, 'editor')), provision(spFor(v1.site.siteUrl, 'omar.lindqvist'))]);
    await expectUpgraded(v1);
  });
});
