/**
 * Owners, due dates and evidence through the app against the local SharePoint: stored in the unit's folder of
 * their own list (never on the tick row), refused by the server for another unit's member, checked before
 * anything is written, and their history read from SharePoint's version history (who, when, what).
 */
import { AccessDeniedError, ConflictError, ValidationError } from '../../src/app';
import { listOf } from '../../src/data/queries';
import { unitFolderPath } from '../../src/data/rights/unitFolders';
import { emptyAssignment, ItemAssignment } from '../../src/domain/itemAssignment';
import { Unit } from '../../src/domain/unit';
import { clientFor } from '../data/localSite';
import { DemoSite, startDemoSite } from '../data/demoSite';

const PERIOD = 2025;
const IFO = 'Avdelningen för individ- och familjeomsorg';
const NAMNDKANSLIET = 'Nämndkansliet';
const JOHAN = 13;
let demo: DemoSite;
let units: Map<string, Unit>;

const unitId = (name: string): number => units.get(name)?.id ?? Number.NaN;
const fresh = (unit: number, itemIndex: number): ItemAssignment => emptyAssignment(unit, demo.itemIds[itemIndex], demo.planId, PERIOD);

beforeAll(async () => {
  demo = await startDemoSite();
  units = new Map((await clientFor(demo.site.siteUrl, 'editor').repos.units.list()).value.map((unit) => [unit.name, unit]));
});

afterAll(async () => {
  await demo.site.close();
});

it('a unit’s member sets owner, due date and evidence; the row is in the unit’s folder and the tick row is untouched', async () => {
  const own = unitId(IFO);
  const { repos, sp } = clientFor(demo.site.siteUrl, 'johan.berg');
  const tick = await repos.checklist.applyIntent({ unitId: own, itemId: demo.itemIds[0], planId: demo.planId, period: PERIOD, done: false, at: new Date().toISOString() });
  const owned = await repos.assignments.save(fresh(own, 0), { ownerId: JOHAN });
  const dated = await repos.assignments.save(owned, { dueDate: '2025-03-31' });
  const evidenced = await repos.assignments.save(dated, { evidence: [{ url: 'https://intranat.stockholm.se/protokoll-12', title: 'Protokoll 12 mars' }] });
  expect(evidenced).toMatchObject({ owner: { id: JOHAN, name: 'Johan Berg' }, dueDate: '2025-03-31', changedBy: { id: JOHAN } });
  expect(evidenced.evidence).toEqual([{ url: 'https://intranat.stockholm.se/protokoll-12', title: 'Protokoll 12 mars' }]);
  const row = await listOf(sp, 'itemAssignments').items.getById(evidenced.id as number).select('FileDirRef')();
  expect(row.FileDirRef).toBe(unitFolderPath(sp, 'itemAssignments', own));
  const tickAfter = (await repos.checklist.loadUnitPlanView(own, demo.planId, PERIOD)).value.ticks.find((t) => t.id === tick.id);
  expect(tickAfter?.etag).toBe(tick.etag);
  expect((await repos.assignments.forUnitPlan(own, demo.planId, PERIOD)).value).toEqual([evidenced]);
});

it('keeps the history from SharePoint’s versions: who changed what and when, newest first', async () => {
  const own = unitId(IFO);
  const { repos } = clientFor(demo.site.siteUrl, 'johan.berg');
  const first = await repos.assignments.save(fresh(own, 1), { dueDate: '2025-05-01' });
  const { repos: editorRepos } = clientFor(demo.site.siteUrl, 'editor');
  const second = await editorRepos.assignments.save(first, { dueDate: '2025-06-15', ownerId: JOHAN });
  const history = await repos.assignments.history(second);
  expect(history.map((entry) => [entry.by?.name, entry.changes])).toEqual([
    [
      'Eva Redaktör',
      [
        { field: 'owner', before: undefined, after: 'Johan Berg' },
        { field: 'dueDate', before: '2025-05-01', after: '2025-06-15' }
      ]
    ],
    ['Johan Berg', [{ field: 'dueDate', before: undefined, after: '2025-05-01' }]]
  ]);
  expect(Date.parse(history[0].at)).toBeGreaterThanOrEqual(Date.parse(history[1].at));
});

it('another unit’s member cannot set or change them: SharePoint refuses, and nothing changes', async () => {
  const target = unitId(NAMNDKANSLIET);
  const { repos: editorRepos } = clientFor(demo.site.siteUrl, 'editor');
  const stored = await editorRepos.assignments.save(fresh(target, 2), { dueDate: '2025-09-30' });
  const { repos } = clientFor(demo.site.siteUrl, 'johan.berg');
  await expect(repos.assignments.save(fresh(target, 3), { ownerId: JOHAN })).rejects.toBeInstanceOf(AccessDeniedError);
  await expect(repos.assignments.save(stored, { dueDate: '2025-01-01' })).rejects.toBeInstanceOf(AccessDeniedError);
  await expect(repos.assignments.save(stored, { evidence: [{ url: 'https://example.org', title: 'x' }] })).rejects.toBeInstanceOf(AccessDeniedError);
  expect((await editorRepos.assignments.forUnitPlan(target, demo.planId, PERIOD)).value).toEqual([stored]);
});

it('refuses a malformed link or date before writing anything; a past due date is stored', async () => {
  const own = unitId(IFO);
  const { repos } = clientFor(demo.site.siteUrl, 'johan.berg');
  const error = await repos.assignments.save(fresh(own, 4), { evidence: [{ url: 'intranat/protokoll', title: 'Protokoll' }] }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  expect((error as ValidationError).issues).toEqual([{ field: 'evidenceUrl', code: 'notAUrl' }]);
  await expect(repos.assignments.save(fresh(own, 4), { dueDate: '2025-02-30' })).rejects.toBeInstanceOf(ValidationError);
  await expect(repos.assignments.save(fresh(own, 4), { evidence: [{ url: 'javascript:alert(1)', title: 'x' }] })).rejects.toBeInstanceOf(ValidationError);
  expect((await repos.assignments.forUnitPlan(own, demo.planId, PERIOD)).value.filter((a) => a.itemId === demo.itemIds[4])).toEqual([]);
  const past = await repos.assignments.save(fresh(own, 4), { dueDate: '2020-01-15' });
  expect(past.dueDate).toBe('2020-01-15');
});

it('a change saved meanwhile by someone else is a conflict carrying the newer row', async () => {
  const own = unitId(IFO);
  const { repos } = clientFor(demo.site.siteUrl, 'johan.berg');
  const seen = await repos.assignments.save(fresh(own, 5), { dueDate: '2025-10-01' });
  const newer = await clientFor(demo.site.siteUrl, 'editor').repos.assignments.save(seen, { dueDate: '2025-11-01' });
  const error = await repos.assignments.save(seen, { dueDate: '2025-12-01' }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConflictError);
  expect((error as ConflictError).current).toMatchObject({ dueDate: '2025-11-01', etag: newer.etag });
});
