/**
 * SharePoint itself, not the UI, keeps each unit's rows to the unit's own people: every write below goes
 * straight to the local SharePoint through PnPjs, as a hostile script would, and the server answers.
 */
import type { LocalUserKey } from '../../local/server/index.ts';
import { Unit } from '../../src/domain/unit';
import { inOneBatch, listOf } from '../../src/data/queries';
import { unitFolderPath } from '../../src/data/rights/unitFolders';
import { addedItemId, toFormValues } from '../../src/data/mapping/formValues';
import { newTickFields } from '../../src/data/mapping/ticks';
import { newAssessmentFields } from '../../src/data/mapping/assessments';
import { LISTS } from '../../src/data/schema';
import { DEMO_STRATEGY_GROUP_ID } from '../../src/data/seed/content';
import { AccessDeniedError } from '../../src/app';
import { TickIntent } from '../../src/domain/checklist';
import { assessmentKey, StaircaseAssessment } from '../../src/domain/staircase';
import { clientFor, spFor, statusOf } from './localSite';
import { DemoSite, startDemoSite } from './demoSite';

const PERIOD = 2025;
let demo: DemoSite;
let units: Map<string, Unit>;

const NAMNDKANSLIET = 'Nämndkansliet';
const IFO = 'Avdelningen för individ- och familjeomsorg';
const STRATEGY = 'Avdelningen för strategi och utveckling';
const KULTUR = 'Kulturnämnden';

function unitId(name: string): number {
  const unit = units.get(name);
  if (unit === undefined) throw new Error(`No unit ${name}`);
  return unit.id;
}

function intentFor(unit: number, itemIndex: number, done: boolean = true): TickIntent {
  return { unitId: unit, itemId: demo.itemIds[itemIndex], planId: demo.planId, period: PERIOD, done, at: new Date().toISOString() };
}

function assessmentFor(unit: number, step: 1 | 2 | 3 | 4 | 5 | 6): StaircaseAssessment {
  return { key: assessmentKey(unit, step, PERIOD), unitId: unit, step, period: PERIOD, status: 'inProgress', evidence: 'Underlag' };
}

/** A tick row of the unit, made by the editor, for a test to attack. */
async function editorTick(unit: number, itemIndex: number): Promise<number> {
  const tick = await clientFor(demo.site.siteUrl, 'editor').repos.checklist.applyIntent(intentFor(unit, itemIndex));
  return tick.id as number;
}

async function editorAssessment(unit: number, step: 1 | 2 | 3 | 4 | 5 | 6): Promise<number> {
  const saved = await clientFor(demo.site.siteUrl, 'editor').repos.staircase.save(assessmentFor(unit, step));
  return saved.id as number;
}

/** Every way one person could write a tick, a comment and an assessment for a unit, each answered by the server. */
async function writesFor(user: LocalUserKey, unit: number, ticks: readonly number[], assessment: number): Promise<Record<string, number>> {
  const sp = spFor(demo.site.siteUrl, user);
  const tickList = listOf(sp, 'checklistTicks');
  const assessmentList = listOf(sp, 'staircaseAssessments');
  const newTick = newTickFields(intentFor(unit, 5));
  const newAssessment = newAssessmentFields(assessmentFor(unit, 6), new Date().toISOString());
  const [rootTick, rootAssessment] = [tickList.items.add(newTick), assessmentList.items.add(newAssessment)];
  const single = {
    tickAtRoot: await statusOf(rootTick),
    assessmentAtRoot: await statusOf(rootAssessment),
    tickInFolder: await statusOf(
      tickList.addValidateUpdateItemUsingPath(toFormValues(LISTS.checklistTicks, newTick), unitFolderPath(sp, 'checklistTicks', unit)).then(addedItemId)
    ),
    assessmentInFolder: await statusOf(
      assessmentList
        .addValidateUpdateItemUsingPath(toFormValues(LISTS.staircaseAssessments, newAssessment), unitFolderPath(sp, 'staircaseAssessments', unit))
        .then(addedItemId)
    ),
    tickUpdate: await statusOf(tickList.items.getById(ticks[0]).update({ Done: false })),
    commentUpdate: await statusOf(tickList.items.getById(ticks[0]).update({ TickComment: 'Ändrad av någon annan' })),
    assessmentUpdate: await statusOf(assessmentList.items.getById(assessment).update({ StepStatus: 'fulfilled' })),
    tickDelete: await statusOf(tickList.items.getById(ticks[1]).delete())
  };
  const batched = await inOneBatch<number[]>(sp, (b) => [
    statusOf(listOf(b, 'checklistTicks').items.add(newTick)),
    statusOf(
      listOf(b, 'checklistTicks')
        .addValidateUpdateItemUsingPath(toFormValues(LISTS.checklistTicks, newTick), unitFolderPath(sp, 'checklistTicks', unit))
        .then(addedItemId)
    ),
    statusOf(listOf(b, 'checklistTicks').items.getById(ticks[0]).update({ TickComment: 'I en batch' })),
    statusOf(listOf(b, 'staircaseAssessments').items.getById(assessment).update({ StepStatus: 'fulfilled' })),
    statusOf(listOf(b, 'checklistTicks').items.getById(ticks[1]).delete())
  ]);
  return { ...single, batchAddAtRoot: batched[0], batchAddInFolder: batched[1], batchComment: batched[2], batchAssessment: batched[3], batchDelete: batched[4] };
}

function allRefused(statuses: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.keys(statuses).map((key) => [key, 403]));
}

beforeAll(async () => {
  demo = await startDemoSite();
  const { repos } = clientFor(demo.site.siteUrl, 'editor');
  units = new Map((await repos.units.list()).value.map((unit) => [unit.name, unit]));
});

afterAll(async () => {
  await demo.site.close();
});

describe('a member of one unit writing for another', () => {
  it('is refused by SharePoint: adds at the root and in the other unit’s folder, updates, deletes, also inside a $batch', async () => {
    const target = unitId(NAMNDKANSLIET);
    const ticks = [await editorTick(target, 0), await editorTick(target, 1)];
    const assessment = await editorAssessment(target, 1);
    // Johan is named in IFO, not in Nämndkansliet.
    const statuses = await writesFor('johan.berg', target, ticks, assessment);
    expect(statuses).toEqual(allRefused(statuses));
    const { repos } = clientFor(demo.site.siteUrl, 'editor');
    const view = (await repos.checklist.loadUnitPlanView(target, demo.planId, PERIOD)).value;
    expect(view.ticks.filter((t) => ticks.includes(t.id as number)).map((t) => [t.done, t.comment])).toEqual([
      [true, ''],
      [true, '']
    ]);
  });

  it('is refused for a team member too, for any unit but the team’s', async () => {
    const target = unitId(IFO);
    const ticks = [await editorTick(target, 2), await editorTick(target, 3)];
    const assessment = await editorAssessment(target, 2);
    const statuses = await writesFor('ali.hassan', target, ticks, assessment);
    expect(statuses).toEqual(allRefused(statuses));
  });
});

describe('a member writing for their own unit', () => {
  it('ticks, comments, unticks and assesses through the app, the rows inside the unit’s folder', async () => {
    const own = unitId(IFO);
    const { repos, sp } = clientFor(demo.site.siteUrl, 'johan.berg');
    const ticked = await repos.checklist.applyIntent({ ...intentFor(own, 4), comment: 'Klart på mötet' });
    const unticked = await repos.checklist.applyIntent(intentFor(own, 4, false), ticked);
    expect(unticked).toMatchObject({ done: false, comment: 'Klart på mötet' });
    const assessed = await repos.staircase.save(assessmentFor(own, 3));
    expect(assessed.id).toEqual(expect.any(Number));
    const [tickRow, assessmentRow] = await Promise.all([
      listOf(sp, 'checklistTicks').items.getById(unticked.id as number).select('FileDirRef')(),
      listOf(sp, 'staircaseAssessments').items.getById(assessed.id as number).select('FileDirRef')()
    ]);
    expect(tickRow.FileDirRef).toBe(unitFolderPath(sp, 'checklistTicks', own));
    expect(assessmentRow.FileDirRef).toBe(unitFolderPath(sp, 'staircaseAssessments', own));
  });

  it('records who did it from SharePoint: a “done by” the client sends is ignored', async () => {
    const own = unitId(IFO);
    const { repos, sp } = clientFor(demo.site.siteUrl, 'johan.berg');
    const tick = await repos.checklist.applyIntent(intentFor(own, 5));
    // A hand-made request naming someone else as the one who ticked (Eva Redaktör, id 7).
    await listOf(sp, 'checklistTicks').items.getById(tick.id as number).update({ Done: true, DoneById: 7 });
    const { repos: editorRepos } = clientFor(demo.site.siteUrl, 'editor');
    const stored = (await editorRepos.checklist.loadUnitPlanView(own, demo.planId, PERIOD)).value.ticks.find((t) => t.id === tick.id);
    expect(stored?.doneBy).toMatchObject({ id: 13, name: 'Johan Berg' });
  });

  it('works through the linked team’s claims for the team’s members and owners', async () => {
    const team = unitId(STRATEGY);
    const { repos } = clientFor(demo.site.siteUrl, 'fatima.ahmed');
    const tick = await repos.checklist.applyIntent(intentFor(team, 0));
    expect(tick.doneBy?.name).toBe('Fatima Ahmed');
    expect(units.get(STRATEGY)?.teamsGroupId).toBe(DEMO_STRATEGY_GROUP_ID);
    const { repos: owner } = clientFor(demo.site.siteUrl, 'sara.nilsson');
    await expect(owner.checklist.applyIntent(intentFor(unitId(NAMNDKANSLIET), 0))).resolves.toMatchObject({ done: true });
  });
});

describe('a reader', () => {
  it('has every write refused, in every unit', async () => {
    for (const name of [NAMNDKANSLIET, IFO]) {
      const target = unitId(name);
      const ticks = [await editorTick(target, 0), await editorTick(target, 1)];
      const assessment = await editorAssessment(target, 4);
      const statuses = await writesFor('lars.lasare', target, ticks, assessment);
      expect(statuses).toEqual(allRefused(statuses));
    }
    const { repos } = clientFor(demo.site.siteUrl, 'lars.lasare');
    await expect(repos.checklist.applyIntent(intentFor(unitId(IFO), 2))).rejects.toBeInstanceOf(AccessDeniedError);
  });
});

describe('a unit’s people', () => {
  it('learns a person’s own units from SharePoint in one request, team membership included', async () => {
    const rightsOf = async (user: LocalUserKey) => clientFor(demo.site.siteUrl, user).repos.unitPeople.myUnitRights();
    const both = [unitId(NAMNDKANSLIET), unitId(IFO)].sort((a, b) => a - b);
    const maja = clientFor(demo.site.siteUrl, 'member').repos.unitPeople;
    expect(await maja.myUnitRights()).toEqual({ own: both, writable: both });
    // Once the app holds its form digest, as it does after starting: one batched request.
    demo.site.resetStats();
    await maja.myUnitRights();
    expect(demo.site.stats().total).toBe(1);
    expect(await rightsOf('ali.hassan')).toEqual({ own: [unitId(NAMNDKANSLIET)], writable: [unitId(NAMNDKANSLIET)] });
    expect(await rightsOf('nils.ek')).toEqual({ own: [unitId(KULTUR)], writable: [unitId(KULTUR)] });
    expect(await rightsOf('karin.holm')).toEqual({ own: [], writable: [] });
    expect(await rightsOf('lars.lasare')).toEqual({ own: [], writable: [] });
    // An editor may write for every unit, and belongs to none.
    expect(await rightsOf('editor')).toEqual({ own: [], writable: [...units.values()].map((unit) => unit.id).sort((a, b) => a - b) });
  });

  it('moves a person’s right to write with them, from the next request on', async () => {
    const from = unitId(KULTUR);
    const to = unitId(STRATEGY);
    const nils = clientFor(demo.site.siteUrl, 'nils.ek');
    await nils.repos.checklist.applyIntent(intentFor(from, 1));
    const editor = clientFor(demo.site.siteUrl, 'editor').repos.unitPeople;
    const [person] = (await editor.forUnit(from)).people;
    expect(person.name).toBe('Nils Ek');
    await editor.removePerson(from, person.id);
    const added = await editor.addPerson(to, 'i:0#.f|membership|nils.ek@mrlocal.onmicrosoft.com');
    expect(added.people.map((p) => p.name)).toEqual(['Nils Ek']);
    expect(added.team?.groupId).toBe(DEMO_STRATEGY_GROUP_ID);
    await expect(nils.repos.checklist.applyIntent(intentFor(from, 2))).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(nils.repos.checklist.applyIntent(intentFor(to, 2))).resolves.toMatchObject({ done: true });
    // Back where the directory has him, for the other tests.
    await editor.removePerson(to, person.id);
    await editor.addPerson(from, 'i:0#.f|membership|nils.ek@mrlocal.onmicrosoft.com');
  });

  it('links and unlinks a team: its members write only while it is linked', async () => {
    const unit = unitId(KULTUR);
    const editor = clientFor(demo.site.siteUrl, 'editor').repos.unitPeople;
    const karin = clientFor(demo.site.siteUrl, 'karin.holm').repos;
    await expect(karin.checklist.applyIntent(intentFor(unit, 3))).rejects.toBeInstanceOf(AccessDeniedError);
    const linked = await editor.linkTeam(unit, { groupId: '33333333-4444-5555-6666-777777777777', name: 'Kulturförvaltningen' });
    expect(linked.team).toEqual({ groupId: '33333333-4444-5555-6666-777777777777', name: 'Kulturförvaltningen' });
    await expect(karin.checklist.applyIntent(intentFor(unit, 3))).resolves.toMatchObject({ done: true });
    await editor.unlinkTeam(unit);
    await expect(karin.checklist.applyIntent(intentFor(unit, 3, false))).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it('refuses a team already linked to another unit, and people management for a member', async () => {
    const editor = clientFor(demo.site.siteUrl, 'editor').repos.unitPeople;
    await expect(editor.linkTeam(unitId(KULTUR), { groupId: DEMO_STRATEGY_GROUP_ID, name: 'Strategi' })).rejects.toMatchObject({
      issues: [{ field: 'teamsGroupId', code: 'teamAlreadyLinked', params: { unit: STRATEGY } }]
    });
    const member = clientFor(demo.site.siteUrl, 'member').repos.unitPeople;
    await expect(member.addPerson(unitId(IFO), 'i:0#.f|membership|karin.holm@mrlocal.onmicrosoft.com')).rejects.toBeInstanceOf(AccessDeniedError);
    expect((await editor.forUnit(unitId(IFO))).people.map((p) => p.name)).toEqual(['Johan Berg', 'Maja Medlem']);
  });

  it('finds the site’s people by name or e-mail for the people picker', async () => {
    // SharePoint lists someone among the site's users once they have been there.
    for (const visitor of ['karin.holm', 'lina.karlsson'] as const) await clientFor(demo.site.siteUrl, visitor).repos.site.currentUser();
    const editor = clientFor(demo.site.siteUrl, 'editor').repos.unitPeople;
    const found = await editor.findPeople('ka');
    expect(found.map((p) => p.name)).toEqual(expect.arrayContaining(['Karin Holm', 'Lina Karlsson']));
    expect(found.every((p) => p.loginName.startsWith('i:0#.f|membership|'))).toBe(true);
  });

  it('checks rights: repairs drift on the folders, reports it, and finds nothing the second time', async () => {
    const unit = unitId(IFO);
    const { sp, repos } = clientFor(demo.site.siteUrl, 'editor');
    const [folder] = (await listOf(sp, 'checklistTicks')
      .rootFolder.folders.select('Name', 'ListItemAllFields/Id')
      .expand('ListItemAllFields')()).filter((f: { Name: string }) => f.Name === String(unit));
    const item = listOf(sp, 'checklistTicks').items.getById(folder.ListItemAllFields.Id);
    const contribute = (await sp.web.roleDefinitions.getByType(3).select('Id')()) as { Id: number };
    // Drift: someone gave Lars Contribute by hand and took Johan's away.
    await item.roleAssignments.add(9, contribute.Id);
    await item.roleAssignments.remove(13, contribute.Id);
    const lars = clientFor(demo.site.siteUrl, 'lars.lasare').repos;
    await expect(lars.checklist.applyIntent(intentFor(unit, 0))).resolves.toMatchObject({ done: true });
    const report = await repos.unitPeople.checkRights();
    expect(report.unitsChecked).toBe(units.size);
    expect(report.repairs).toEqual([
      {
        unitId: unit,
        unitName: IFO,
        list: 'checklistTicks',
        created: false,
        madeUnique: false,
        granted: [{ kind: 'person', principalId: 13, name: 'Johan Berg' }],
        revoked: [expect.objectContaining({ principalId: 9, name: 'Lars Läsare' })]
      }
    ]);
    await expect(lars.checklist.applyIntent(intentFor(unit, 0, false))).rejects.toBeInstanceOf(AccessDeniedError);
    expect((await repos.unitPeople.checkRights()).repairs).toEqual([]);
  });
});
