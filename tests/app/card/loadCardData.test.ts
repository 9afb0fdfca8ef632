/**
 * The card's use case against a local SharePoint with the demo content: the member's unit (level, what is
 * left, what the next step needs, what is new since the last visit), in one batched request once the unit
 * is known; a reader with no unit (the goal and the latest update); a person in several units; and a
 * person without access to the data site, who gets the data layer's access-denied error.
 */
import type { LocalSharePoint, LocalUserKey } from '../../../local/server/index.ts';
import { CARD_MISSING_ITEMS, CARD_UPDATES, loadCardData } from '../../../src/app/card/loadCardData';
import { AccessDeniedError, MrRepositories } from '../../../src/app';
import { SpCardRepository } from '../../../src/data/repositories/SpCardRepository';
import { listOf } from '../../../src/data/queries';
import { EXAMPLE_DATA_SETTING } from '../../../src/data/schema';
import type { ChecklistItem } from '../../../src/domain/checklist';
import { periodOf } from '../../../src/domain/period';
import { assessmentKey } from '../../../src/domain/staircase';
import type { Update } from '../../../src/domain/update';
import { startDemoSite } from '../../data/demoSite';
import { clientFor, spFor } from '../../data/localSite';

const now = new Date();
const period = periodOf(now);
let site: LocalSharePoint;
let teamId: number;
let member: MrRepositories;
let items: ChecklistItem[];
let published: Update[];
let planIds: Map<string, number>;

const card = (user: LocalUserKey, lastVisit?: string) => ({
  repository: new SpCardRepository(spFor(site.siteUrl, user)),
  lastVisit: () => lastVisit
});

beforeAll(async () => {
  const demo = await startDemoSite();
  site = demo.site;
  teamId = demo.teamId;
  member = clientFor(site.siteUrl, 'member').repos;
  const plans = (await member.actionPlans.list()).value;
  planIds = new Map(plans.map((plan) => [plan.key, plan.id]));
  items = (await Promise.all(plans.map((plan) => member.actionPlans.items(plan.id)))).flatMap((loaded) => loaded.value).filter((item) => item.active);
  published = (await member.updates.published(now)).value;
}, 120_000);

afterAll(() => site.close());

// Ali Hassan works in Nämndkansliet only, through its linked team; Maja Medlem also (and is named in another unit).
test('a member’s unit before anything is done: level 0, everything left, step 1 next, every update new', async () => {
  const data = await loadCardData(card('ali.hassan'), { period, now });
  expect(data.unit).toMatchObject({ id: teamId, name: 'Nämndkansliet', level: 0, steps: 6, remaining: items.length, otherUnits: [] });
  const stepOne = items.filter((item) => item.staircaseStep === 1);
  expect(data.unit?.nextStep).toMatchObject({ step: 1, missingCount: stepOne.length, readyToAssess: false });
  expect(data.unit?.nextStep?.missingItems).toHaveLength(Math.min(stepOne.length, CARD_MISSING_ITEMS));
  expect(data.unit?.plans.reduce((sum, plan) => sum + plan.total, 0)).toBe(items.length);
  expect(data.newUpdates).toBe(published.length);
  expect(data.latestUpdates.map((update) => update.id)).toEqual(published.slice(0, CARD_UPDATES).map((update) => update.id));
  expect(data.skippedRows).toBe(0);
  // The demo seed marks its site as example data, and the card learns it in the same request.
  expect(data.exampleData).toBe(true);
});

test('after ticks and three fulfilled steps: level 3, fewer left, step 4 next, only updates after the last visit are new', async () => {
  const ticked = items.filter((item) => item.staircaseStep === 4).slice(0, 1).concat(items.filter((item) => item.staircaseStep !== 4).slice(0, 2));
  for (const item of ticked) {
    await member.checklist.applyIntent({ unitId: teamId, itemId: item.id, planId: item.planId, period, done: true, at: new Date().toISOString() });
  }
  for (const step of [1, 2, 3] as const) {
    await member.staircase.save({ key: assessmentKey(teamId, step, period), unitId: teamId, step, period, status: 'fulfilled', evidence: '' });
  }
  const newest = published.map((update) => Date.parse(update.publishAt ?? update.modified ?? '')).sort((a, b) => b - a);
  const lastVisit = new Date(newest[0] - 1000).toISOString();

  const data = await loadCardData(card('ali.hassan', lastVisit), { period, now });
  const stepFour = items.filter((item) => item.staircaseStep === 4);
  expect(data.unit).toMatchObject({ level: 3, remaining: items.length - ticked.length });
  expect(data.unit?.nextStep).toMatchObject({ step: 4, missingCount: stepFour.length - 1, readyToAssess: false });
  expect(data.unit?.nextStep?.title.sv).not.toBe('');
  expect(data.unit?.plans.reduce((sum, plan) => sum + plan.done, 0)).toBe(ticked.length);
  for (const plan of data.unit?.plans ?? []) {
    const planId = planIds.get(plan.key);
    expect(plan.done).toBe(ticked.filter((item) => item.planId === planId).length);
    expect(plan.total).toBe(items.filter((item) => item.planId === planId).length);
  }
  expect(data.newUpdates).toBe(newest.filter((time) => time > Date.parse(lastVisit)).length);
  expect(data.newUpdates).toBe(1);
});

test('one batched request when the unit is known from the last load, two when it is not', async () => {
  site.resetStats();
  await loadCardData(card('ali.hassan'), { period, now, knownUnitId: teamId });
  expect(site.stats().total).toBe(1);
  site.resetStats();
  await loadCardData(card('ali.hassan'), { period, now });
  expect(site.stats().total).toBe(2);
});

test('someone with no unit gets the programme’s goal and the latest update', async () => {
  const data = await loadCardData(card('reader'), { period, now });
  expect(data.unit).toBeUndefined();
  expect(data.goal?.text.sv).toMatch(/^Stockholms stad är en öppen, jämlik och jämställd stad/);
  expect(data.latestUpdates[0].title).toBe(published[0].title);
});

test('someone in several units sees the first by name, as the app shows it, and is told of the others', async () => {
  // Maja is named in Avdelningen för individ- och familjeomsorg and writes for Nämndkansliet through its team.
  const data = await loadCardData(card('member'), { period, now, knownUnitId: teamId });
  expect(data.unit).toMatchObject({ name: 'Avdelningen för individ- och familjeomsorg', level: 0, otherUnits: ['Nämndkansliet'] });
});

test('an editor, who may write for every unit, has only the units that name them', async () => {
  const data = await loadCardData(card('editor'), { period, now });
  expect(data.unit).toBeUndefined();
});

test('someone the data site does not let in gets the data layer’s access-denied error', async () => {
  // The local SharePoint refuses a person it does not know, as SharePoint refuses someone without access to the site.
  const outsider = { repository: new SpCardRepository(spFor(site.siteUrl, 'outsider' as 'reader')), lastVisit: () => undefined };
  await expect(loadCardData(outsider, { period, now })).rejects.toBeInstanceOf(AccessDeniedError);
});

test('a site that is not marked as example data gives a card without the mark, still in one request', async () => {
  const { sp } = clientFor(site.siteUrl, 'editor');
  const [mark] = (await listOf(sp, 'settings').items.select('Id').filter(`Title eq '${EXAMPLE_DATA_SETTING}'`)()) as { Id: number }[];
  await listOf(sp, 'settings').items.getById(mark.Id).delete();
  site.resetStats();
  const data = await loadCardData(card('reader'), { period, now });
  expect(data.exampleData).toBe(false);
  expect(site.stats().total).toBe(1);
});
