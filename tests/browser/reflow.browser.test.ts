/**
 * Every view at 320 px (WCAG 1.4.10 Reflow): in a meeting's side panel, and as a Teams tab in a window 320 px
 * wide. Every element fits its container and no text is cut (tests/browser/harness/reflow.ts); only data tables
 * may scroll sideways, inside a named region the keyboard reaches. The view tabs stay on one row: those that
 * do not fit are in the "Fler vyer" menu, which works with the keyboard alone.
 */
import type { Page } from 'playwright-core';
import { CONTENT_SECTIONS } from '../../src/ui/Content/sections';
import { VIEW_KEYS } from '../../src/ui/routing';
import type { Unit } from '../../src/domain/unit';
import {
  browserSuite,
  hasFocus,
  keyboardToTab,
  openApp,
  Place,
  saveScreenshot,
  serverClient,
  Setup,
  tabTo,
  templatePattern,
  ui,
  uiStrings,
  viewPanel,
  viewTabName,
  waitForView
} from './harness';
import { reflowProblems } from './harness/reflow';

const suite = browserSuite();

/** The first unit `--demo` gives ticks and assessments to (local/demoActivity.ts): top level, nobody's own. */
async function unitWithActivity(): Promise<Unit> {
  const units = (await serverClient(suite.app).repos.units.list()).value;
  const unit = units.find((candidate) => candidate.parentId === undefined && candidate.memberIds.length === 0 && candidate.teamsGroupId === undefined);
  if (unit === undefined) throw new Error('The demo content has no unit with illustrative activity.');
  return unit;
}

const SETUPS: Array<[name: string, setup: Setup, viewport: { width: number; height: number }]> = [
  ['meeting', { host: 'meeting', theme: 'light', user: 'editor', lang: 'sv' }, { width: 1024, height: 768 }],
  ['teams-320', { host: 'teams', theme: 'dark', user: 'editor', lang: 'en' }, { width: 320, height: 640 }]
];

const VIEWS: Array<[name: string, place: Place]> = [
  ['overview', { view: 'overview' }],
  ['plans', { view: 'plans' }],
  ['plan', { view: 'plans', item: 'genderEquality' }],
  ['staircase', { view: 'staircase' }],
  ['updates', { view: 'updates', item: '1' }],
  ['followUp', { view: 'followUp' }],
  ...CONTENT_SECTIONS.map((section): [string, Place] => [`content-${section}`, { view: 'content', item: section }])
];

test('the check covers every view the app has', () => {
  expect(VIEW_KEYS.filter((view) => !VIEWS.some(([, place]) => place.view === view))).toEqual([]);
});

describe.each(SETUPS)('at 320 px in %s', (name, setup, viewport) => {
  let page: Page;

  beforeAll(async () => {
    const context = await suite.browser.newContext({ viewport });
    page = await context.newPage();
  });

  afterAll(async () => {
    await page?.context().close();
  });

  test.each(VIEWS)('the %s view fits, with nothing cut off', async (view, place) => {
    await openApp(page, suite.app.url, setup, place);
    await saveScreenshot(page, `reflow-${name}/${view}`);
    await expect(reflowProblems(page)).resolves.toEqual([]);
  }, 60_000);

  test('a unit with ticks and assessments: who ticked and when, an item’s owner and evidence, and the steps’ choices, fit too', async () => {
    const { strings } = ui(setup.lang);
    const unit = await unitWithActivity();
    await openApp(page, suite.app.url, setup, { view: 'plans', item: 'antiRacism', unit: unit.id });
    await viewPanel(page).getByText(templatePattern(strings.checklistTickedBy)).first().waitFor();
    await saveScreenshot(page, `reflow-${name}/checklist-ticked`);
    await expect(reflowProblems(page)).resolves.toEqual([]);
    // An item's owner, due date, evidence and history, opened: the editor's fields fit the panel too.
    await viewPanel(page).getByRole('button', { name: templatePattern(strings.assignmentOpenFor) }).first().click();
    const editor = viewPanel(page).getByRole('group', { name: templatePattern(strings.assignmentOpenFor) });
    await editor.getByRole('button', { name: strings.assignmentHistoryShow }).click();
    await editor.getByRole('button', { name: strings.assignmentHistoryHide }).waitFor();
    await saveScreenshot(page, `reflow-${name}/item-assignment`);
    await expect(reflowProblems(page)).resolves.toEqual([]);
    await openApp(page, suite.app.url, setup, { view: 'staircase', unit: unit.id });
    await viewPanel(page).getByRole('radio', { name: strings.stepFulfilled }).first().waitFor();
    await saveScreenshot(page, `reflow-${name}/staircase-assessed`);
    await expect(reflowProblems(page)).resolves.toEqual([]);
  }, 90_000);

  test('the view tabs keep to one row, and the others are in the overflow menu', async () => {
    await openApp(page, suite.app.url, setup, { view: 'overview' });
    const tabList = page.getByRole('navigation').getByRole('tablist');
    const tabs = tabList.getByRole('tab');
    const tops = await tabs.evaluateAll((all) => all.map((tab) => Math.round(tab.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    const more = page.getByRole('navigation').getByRole('button', { name: new RegExp(`^${uiStrings(setup.lang).navigationMore}`) });
    await expect(more.isVisible()).resolves.toBe(true);
  }, 60_000);
});

test('the overflow menu works with the keyboard alone: Enter opens it, the arrows move, Escape closes it, Enter opens a view', async () => {
  const lang = 'sv';
  const strings = uiStrings(lang);
  const context = await suite.browser.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  try {
    await openApp(page, suite.app.url, { host: 'meeting', theme: 'light', user: 'member', lang }, { view: 'overview' });
    const more = page.getByRole('navigation').getByRole('button', { name: new RegExp(`^${strings.navigationMore}`) });
    await tabTo(page, more);
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu');
    await menu.waitFor();
    const items = menu.getByRole('menuitem');
    await expect(hasFocus(items.first())).resolves.toBe(true);
    await page.keyboard.press('ArrowDown');
    await expect(hasFocus(items.nth(1))).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    // Escape gives the focus back to the button.
    await expect(hasFocus(more)).resolves.toBe(true);

    // The harness's way to a tab in the menu: the view opens, and its tab is now shown and selected.
    const hidden = (await page.getByRole('navigation').getByRole('tablist').getByRole('tab').allInnerTexts()).map((text) => text.trim());
    const target = VIEW_KEYS.filter((view) => view !== 'content').find((view) => !hidden.includes(viewTabName(view, lang)));
    if (target === undefined) throw new Error('Every tab fits the side panel: there is nothing in the overflow menu.');
    await keyboardToTab(page, viewTabName(target, lang));
    await waitForView(page, target, lang);
    await expect(page.getByRole('tab', { name: viewTabName(target, lang), selected: true }).isVisible()).resolves.toBe(true);
    await expect(viewPanel(page).isVisible()).resolves.toBe(true);
  } finally {
    await context.close();
  }
}, 90_000);
