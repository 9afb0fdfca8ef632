import { assessmentKey } from '../../src/domain/staircase';
import { ConflictError, ValidationError } from '../../src/app';
import { clientFor } from './localSite';
import { DemoSite, startDemoSite } from './demoSite';

let demo: DemoSite;

beforeAll(async () => {
  demo = await startDemoSite();
});

afterAll(async () => {
  await demo.site.close();
});

describe('the overview', () => {
  it('loads the programme, the plans, the unit’s staircase and the latest updates in one request', async () => {
    const { repos } = clientFor(demo.site.siteUrl, 'reader');
    await repos.site.permissions();
    demo.site.resetStats();
    const overview = await repos.programme.loadOverview(demo.teamId, 2025, new Date('2025-07-01T00:00:00Z'));
    expect(demo.site.stats().total).toBe(1);
    expect(overview.problems).toEqual([]);
    expect(overview.value.programme?.goal.text.sv).toBe(
      'Stockholms stad är en öppen, jämlik och jämställd stad, fri från alla former av diskriminering och rasism.'
    );
    expect(overview.value.programme?.staircaseSteps).toHaveLength(6);
    expect(overview.value.actionPlans.map((p) => p.key)).toEqual(['antiRacism', 'childRights', 'nationalMinorities', 'genderEquality', 'lgbtqi', 'romaInclusion']);
    expect(overview.value.actionPlans.find((p) => p.key === 'childRights')).toMatchObject({ status: 'consultation', replacedCeasedOn: '2025-03-10' });
    expect(overview.value.latestUpdates.map((u) => u.pinned)).toEqual([true, false]);
  });
});

describe('saving what editors and teams edit', () => {
  it('refuses invalid input before sending anything, with the issues for the form', async () => {
    const { repos } = clientFor(demo.site.siteUrl, 'editor');
    const [plan] = (await repos.actionPlans.list()).value;
    demo.site.resetStats();
    const saving = repos.actionPlans.save({ ...plan, title: { sv: '', en: '' }, adoptionDate: '2025-02-30' });
    await expect(saving).rejects.toBeInstanceOf(ValidationError);
    await expect(saving).rejects.toMatchObject({ issues: [{ field: 'title.sv', code: 'required' }, { field: 'adoptionDate', code: 'notADate' }] });
    expect(demo.site.stats().total).toBe(0);
  });

  it('saves with the version the editor read, and shows the newer version when someone saved first', async () => {
    const first = clientFor(demo.site.siteUrl, 'editor');
    const second = clientFor(demo.site.siteUrl, 'editor');
    const plan = (await first.repos.actionPlans.list()).value.find((p) => p.key === 'romaInclusion');
    if (plan === undefined) throw new Error('no plan');
    const saved = await second.repos.actionPlans.save({ ...plan, status: 'consultation' });
    expect(saved.etag).not.toEqual(plan.etag);
    const conflict = first.repos.actionPlans.save({ ...plan, description: { sv: '<p>Ny text</p>', en: '' } });
    await expect(conflict).rejects.toBeInstanceOf(ConflictError);
    await expect(conflict).rejects.toMatchObject({ current: { status: 'consultation' } });
    expect(await first.repos.actionPlans.save({ ...saved, description: { sv: '<p>Ny text</p>', en: '' } })).toMatchObject({ status: 'consultation' });
  });

  it('keeps one assessment per unit, step and period: a second first save meets the first as a conflict', async () => {
    const maja = clientFor(demo.site.siteUrl, 'member');
    const eva = clientFor(demo.site.siteUrl, 'editor');
    const assessment = { key: assessmentKey(demo.teamId, 1, 2025), unitId: demo.teamId, step: 1 as const, period: 2025, status: 'fulfilled' as const, evidence: 'Alla har gått grundutbildningen.', evidenceLink: 'https://start.stockholm/mr' };
    const saved = await maja.repos.staircase.save(assessment);
    expect(saved).toMatchObject({ assessedBy: { name: 'Maja Medlem' }, status: 'fulfilled' });
    await expect(eva.repos.staircase.save({ ...assessment, status: 'inProgress' })).rejects.toMatchObject({ current: { status: 'fulfilled' } });
    expect((await eva.repos.staircase.forUnit(demo.teamId, [2024, 2025])).value).toEqual([
      expect.objectContaining({ step: 1, status: 'fulfilled', evidenceLink: 'https://start.stockholm/mr' })
    ]);
  });

  it('finds a team’s unit, the people a unit names, and all a person’s own units from SharePoint’s rights', async () => {
    const { repos } = clientFor(demo.site.siteUrl, 'member');
    const me = await repos.site.currentUser();
    // Maja is named in one unit and works in Nämndkansliet through its linked team, which only SharePoint knows.
    const units = (await repos.units.list()).value;
    expect(units.filter((u) => u.memberIds.includes(me.id)).map((u) => u.name)).toEqual(['Avdelningen för individ- och familjeomsorg']);
    expect((await repos.unitPeople.myUnitRights()).own).toContain(demo.teamId);
    expect(await repos.units.forTeamsGroup('00000000-0000-0000-0000-000000000000')).toBeUndefined();
  });
});
