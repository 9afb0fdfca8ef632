/**
 * Units and their people. A person who belongs to no unit, on a SharePoint page, searches for a unit and looks
 * at its staircase and checklist: everything shows, nothing can be changed, the app says why, and the link
 * opens the same unit. An editor gives a unit a person and a team from the app (the team's own tab), and that
 * person and a member of the team then tick the unit's checklist in a meeting's side panel.
 */
import type { Page } from 'playwright-core';
import {
  axeViolations,
  browserSuite,
  checklistHeading,
  checklistOn,
  demoPlan,
  demoUnit,
  openPerson,
  Person,
  recordWrites,
  saveScreenshot,
  Setup,
  storedChecklist,
  templatePattern,
  ui,
  viewPanel,
  waitForIdle,
  waitForView
} from './harness';

const suite = browserSuite();
const JOURNEY_MS = 180_000;
const { strings, fill } = ui('sv');

/** The local tenant's team that no unit is linked to at first (local/README.md, "Users and permissions"). */
const KULTUR_TEAM = { groupId: '33333333-4444-5555-6666-777777777777', name: 'Kulturförvaltningen' };
const KULTUR_UNIT = 'Kulturnämnden';
const DEMO_UNIT = 'Nämndkansliet';

const people: Person[] = [];

afterAll(async () => {
  await Promise.all(people.map((person) => person.close()));
});

async function open(setup: Setup, place: Parameters<Person['open']>[0]): Promise<Person> {
  const person = await openPerson(suite.browser, suite.app.url, setup, place);
  people.push(person);
  return person;
}

/** Chooses a unit in a picker with the keyboard alone: type part of its name, Enter on the first match. */
async function chooseUnit(page: Page, pickerName: string, typed: string, unit: string): Promise<void> {
  const picker = viewPanel(page).getByRole('combobox', { name: pickerName });
  await picker.focus();
  await page.keyboard.type(typed);
  await page.getByRole('listbox').getByRole('option', { name: new RegExp(`^${unit}`) }).first().waitFor();
  await page.keyboard.press('Enter');
}

test('a person with no unit, on a SharePoint page, searches for a unit, sees its staircase and checklist read-only, and is told why', async () => {
  const lars = await open({ host: 'sharepoint', theme: 'site', user: 'lars.lasare', lang: 'sv' }, { view: 'staircase' });
  const { page } = lars;
  const panel = viewPanel(page);
  const wire = recordWrites(page);
  const unit = await demoUnit(suite.app, DEMO_UNIT);

  // No dead end: the app says they can look at every unit, and the staircase asks for one right where it would be.
  await page.getByText(strings.unitNoneOfYours, { exact: true }).waitFor();
  await chooseUnit(page, strings.staircaseNoUnit, 'nämndkans', DEMO_UNIT);
  await expect(page.getByRole('combobox', { name: strings.unitLabel }).inputValue()).resolves.toBe(DEMO_UNIT);
  await panel.getByText(fill(strings.staircaseReadOnly, { unit: DEMO_UNIT }), { exact: true }).waitFor();
  await page.getByText(strings.unitReadOnly, { exact: true }).waitFor();
  for (const radio of await panel.getByRole('radio').all()) await expect(radio.isDisabled()).resolves.toBe(true);
  await expect(panel.getByRole('button', { name: templatePattern(strings.staircaseSave) }).count()).resolves.toBe(0);
  // The unit is in the link.
  expect(new URL(page.url()).searchParams.get('mrUnit')).toBe(String(unit.id));
  await saveScreenshot(page, 'units/no-unit-staircase');
  await expect(axeViolations(page)).resolves.toEqual([]);

  // The same unit's checklist: every item shown, none can be ticked, and why.
  const plan = demoPlan('genderEquality', 'sv');
  await page.getByRole('tab', { name: strings.viewPlans }).click();
  await waitForView(page, 'plans', 'sv');
  await panel.getByRole('link', { name: plan.title, exact: true }).click();
  await panel.getByRole('heading', { name: checklistHeading('sv', plan.title, DEMO_UNIT), exact: true }).waitFor();
  await waitForIdle(page);
  await panel.getByText(fill(strings.checklistReadOnly, { unit: DEMO_UNIT }), { exact: true }).waitFor();
  const checklist = checklistOn(page, 'sv');
  for (const item of plan.items) await expect(checklist.checkbox(item).isDisabled()).resolves.toBe(true);
  expect(new URL(page.url()).searchParams.get('mrUnit')).toBe(String(unit.id));
  await expect(axeViolations(page)).resolves.toEqual([]);

  // The link, opened again, opens the same unit's checklist.
  await page.goto(page.url());
  await panel.getByRole('heading', { name: checklistHeading('sv', plan.title, DEMO_UNIT), exact: true }).waitFor();

  // Nothing was sent that writes.
  expect(wire.writes()).toEqual([]);
}, JOURNEY_MS);

test('an editor adds a person to a unit and links a team from the app; that person and a team member then tick in the meeting side panel', async () => {
  // The editor, in the Teams tab of a team that no unit is linked to yet.
  const eva = await open({ host: 'teams', theme: 'light', user: 'eva.redaktor', lang: 'sv', team: KULTUR_TEAM.groupId }, { view: 'content', item: 'people' });
  const { page } = eva;
  const panel = viewPanel(page);
  await page.getByText(strings.teamMappingTitle, { exact: true }).waitFor();

  // Enheternas personer: the unit chosen by search (nothing preselected), a person added from the site's users.
  await expect(panel.getByRole('combobox', { name: strings.unitLabel }).inputValue()).resolves.toBe('');
  await chooseUnit(page, strings.unitLabel, 'kulturn', KULTUR_UNIT);
  await panel.getByRole('heading', { name: fill(strings.peopleHeading, { unit: KULTUR_UNIT }) }).waitFor();
  await panel.getByText('Nils Ek', { exact: true }).waitFor();
  const search = panel.getByRole('combobox', { name: strings.peopleAddLabel });
  await search.focus();
  await page.keyboard.type('peter');
  await page.getByRole('listbox').getByRole('option', { name: /^Peter Svensson/ }).waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(search.inputValue()).resolves.toBe('Peter Svensson');
  await panel.getByRole('button', { name: strings.peopleAdd }).focus();
  await page.keyboard.press('Enter');
  await panel.getByText(fill(strings.peopleAdded, { name: 'Peter Svensson', unit: KULTUR_UNIT }), { exact: true }).waitFor();

  // The team whose tab this is, linked by its name as Teams gave it.
  await panel.getByRole('button', { name: fill(strings.peopleTeamLinkThis, { team: KULTUR_TEAM.name }) }).click();
  await panel.getByText(fill(strings.peopleTeamLinked, { team: KULTUR_TEAM.name, unit: KULTUR_UNIT }), { exact: true }).waitFor();
  await panel.getByText(KULTUR_TEAM.name, { exact: true }).waitFor();
  await saveScreenshot(page, 'units/people');
  await expect(axeViolations(page)).resolves.toEqual([]);

  // The check finds the folders as the changes left them.
  await panel.getByRole('button', { name: strings.rightsCheck }).click();
  await panel.getByText(templatePattern(strings.rightsAllGood)).or(panel.getByText(templatePattern(strings.rightsRepaired))).waitFor({ timeout: 60_000 });

  // Peter (named) and Karin Holm (a member of the team) open the meeting's side panel of the team and tick.
  const plan = demoPlan('antiRacism', 'sv');
  const tickers: Array<[user: string, name: string, item: string]> = [
    ['peter.svensson', 'Peter Svensson', plan.items[0]],
    ['karin.holm', 'Karin Holm', plan.items[1]]
  ];
  for (const [user, name, item] of tickers) {
    const person = await open({ host: 'meeting', theme: 'dark', user, lang: 'sv', team: KULTUR_TEAM.groupId }, { view: 'plans', item: plan.key });
    const checklist = checklistOn(person.page, 'sv');
    await viewPanel(person.page).getByRole('heading', { name: checklistHeading('sv', plan.title, KULTUR_UNIT), exact: true }).waitFor();
    await checklist.setWithKeyboard(item, true);
    await checklist.row(item).getByText(templatePattern(strings.checklistTickedBy, { name })).waitFor({ timeout: 60_000 });
    await expect(axeViolations(person.page)).resolves.toEqual([]);
  }
  await expect(storedChecklist(suite.app, plan.key, KULTUR_UNIT)).resolves.toEqual({ done: plan.items.slice(0, 2), withRow: plan.items.slice(0, 2) });
}, JOURNEY_MS);
