/**
 * Finding and reading a plan. Search by keyboard alone: type, ↓ into the results, Enter opens one, Escape
 * empties the field. The plan page: opened from the overview, it shows the plan's description, status, what it
 * replaces and the governance-gap warning; a unit is picked and its checklist appears below; an editor changes
 * the plan's status in two steps, is told it is saved, and SharePoint holds it.
 */
import type { Page } from 'playwright-core';
import { DEMO_SEED } from '../../src/data/seed/content';
import {
  axeViolations,
  browserSuite,
  checklistHeading,
  hasFocus,
  openPerson,
  Person,
  saveScreenshot,
  serverClient,
  tabTo,
  templatePattern,
  ui,
  viewPanel,
  waitForIdle
} from './harness';

const suite = browserSuite();
const JOURNEY_MS = 180_000;
const { strings, fill, text } = ui('sv');

const people: Person[] = [];

afterAll(async () => {
  await Promise.all(people.map((person) => person.close()));
});

function demoActionPlan(key: string): (typeof DEMO_SEED.actionPlans)[number] {
  const plan = DEMO_SEED.actionPlans.find((candidate) => candidate.key === key);
  if (plan === undefined) throw new Error(`The demo content has no action plan "${key}".`);
  return plan;
}

function searchField(page: Page): ReturnType<Page['getByRole']> {
  return page.getByRole('search', { name: strings.searchLabel }).getByRole('searchbox');
}

test('search by keyboard: type, ↓ into the results, Enter opens one, Escape empties the field', async () => {
  const maja = await openPerson(suite.browser, suite.app.url, { host: 'teams', theme: 'light', user: 'member', lang: 'sv' }, { view: 'overview' });
  people.push(maja);
  const { page } = maja;
  const plan = demoActionPlan('childRights');
  const search = searchField(page);
  await tabTo(page, search);

  // Escape empties a field that holds a search.
  await page.keyboard.type('barn');
  const results = page.getByRole('search', { name: strings.searchLabel });
  await results.getByRole('heading', { name: templatePattern(strings.searchGroup) }).first().waitFor();
  await page.keyboard.press('Escape');
  await expect(search.inputValue()).resolves.toBe('');
  await expect(results.getByRole('link').count()).resolves.toBe(0);

  // Accents and å/ä/ö: "barnets rattigheter" finds the plan for the rights of the child, grouped under plans.
  await page.keyboard.type('barnets rattigheter');
  const plansGroup = results.getByRole('region', { name: templatePattern(strings.searchGroup, { group: strings.searchPlans }) });
  const firstPlan = plansGroup.getByRole('link').first();
  await firstPlan.waitFor();
  await expect(firstPlan.innerText()).resolves.toBe(text(plan.title));
  await saveScreenshot(page, 'plans/search');
  await expect(axeViolations(page)).resolves.toEqual([]);
  // ↓ from the field goes to the first result, which is the first group's first link.
  await page.keyboard.press('ArrowDown');
  await expect(hasFocus(results.getByRole('link').first())).resolves.toBe(true);
  await expect(hasFocus(firstPlan)).resolves.toBe(true);
  await page.keyboard.press('Enter');
  await viewPanel(page).getByRole('heading', { name: text(plan.title), exact: true }).first().waitFor();
  expect(new URL(page.url()).searchParams.get('mrPlan')).toBe(plan.key);
  // Opening a result empties the search.
  await expect(search.inputValue()).resolves.toBe('');
}, JOURNEY_MS);

test('the plan page: from the overview, its description, status, what it replaces and the gap; a unit’s checklist; the status changed in two steps', async () => {
  const eva = await openPerson(suite.browser, suite.app.url, { host: 'sharepoint', theme: 'site', user: 'editor', lang: 'sv' }, { view: 'overview' });
  people.push(eva);
  const { page } = eva;
  const panel = viewPanel(page);
  const plan = demoActionPlan('childRights');
  const title = text(plan.title);

  // From the overview, the plan's name is a link to its page.
  await panel.getByRole('link', { name: title, exact: true }).first().click();
  await panel.getByRole('heading', { name: title, exact: true }).first().waitFor();
  await waitForIdle(page);
  expect(new URL(page.url()).searchParams.get('mrPlan')).toBe(plan.key);

  // Where the plan stands: on remiss, what it replaces (which has ceased), the gap, and what it is about.
  const summary = panel.getByRole('article');
  await summary.getByText(strings.planStatusConsultation, { exact: true }).waitFor();
  if (plan.replaces === undefined) throw new Error(`The demo plan "${plan.key}" replaces nothing.`);
  await summary.getByText(templatePattern(strings.planReplacesCeased, { programme: plan.replaces })).waitFor();
  await summary.getByText(strings.governanceGapTitle, { exact: true }).waitFor();
  const description = (plan.description.sv.replace(/<[^>]+>/g, ' ').trim().split(/\s+/).slice(0, 6)).join(' ');
  await panel.getByText(description).first().waitFor();

  // No unit yet: the page asks for one; once picked, its checklist appears below.
  await panel.getByText(strings.checklistNoUnit, { exact: true }).waitFor();
  const picker = page.getByRole('combobox', { name: strings.unitLabel }).first();
  await picker.focus();
  await page.keyboard.type('nämndkans');
  await page.getByRole('listbox').getByRole('option', { name: /^Nämndkansliet/ }).first().waitFor();
  await page.keyboard.press('Enter');
  await panel.getByRole('heading', { name: checklistHeading('sv', title), exact: true }).waitFor();
  await waitForIdle(page);
  await saveScreenshot(page, 'plans/plan-page');
  await expect(axeViolations(page)).resolves.toEqual([]);

  // Step one: "Ändra status" opens the choice. Step two: the new status, saved, and confirmed.
  await panel.getByRole('button', { name: strings.planStatusChange }).click();
  const choice = panel.getByRole('radiogroup', { name: fill(strings.planStatusChoose, { plan: title }) });
  await choice.getByRole('radio', { name: strings.planStatusDraft }).check();
  await panel.getByRole('button', { name: strings.planStatusSave }).click();
  await panel.getByRole('status').filter({ hasText: fill(strings.planStatusSaved, { status: strings.planStatusDraft }) }).waitFor();
  await summary.getByText(strings.planStatusDraft, { exact: true }).waitFor();
  // The offer to tell staff about it.
  await panel.getByRole('button', { name: strings.planStatusWriteUpdate }).waitFor();
  await saveScreenshot(page, 'plans/plan-status-saved');
  await expect(axeViolations(page)).resolves.toEqual([]);
  const stored = (await serverClient(suite.app).repos.actionPlans.list()).value.find((candidate) => candidate.key === plan.key);
  expect(stored?.status).toBe('draft');
}, JOURNEY_MS);
