/**
 * WCAG 2.2 AA on every view, in every host and theme a person meets the app in: axe-core with the wcag2a,
 * wcag2aa, wcag21a, wcag21aa and wcag22aa rules in Chromium, which sees the real layout and colours (contrast, focus,
 * reflow) that jsdom cannot. Each view is also saved as a screenshot for people to review (screenshots/).
 * The journeys (staff, meeting, editor, reader) check the states they reach the same way.
 */
import type { Page } from 'playwright-core';
import { CONTENT_SECTIONS } from '../../src/ui/Content/sections';
import { VIEW_KEYS } from '../../src/ui/routing';
import { axeViolations, browserSuite, demoUnit, hasFocus, openApp, Place, saveScreenshot, Setup, showsKeyboardFocus, tabTo, templatePattern, ui, uiStrings, viewPanel, waitForIdle } from './harness';
import { draggableElements, obscuredFocus, repeatedParts } from './harness/wcag22';

const suite = browserSuite();

/** Teams light, dark and high contrast, the SharePoint page (site theme and a dark section), and a meeting's side panel. */
const SETUPS: Array<[name: string, setup: Setup]> = [
  ['teams-light', { host: 'teams', theme: 'light', user: 'editor', lang: 'sv' }],
  ['teams-dark', { host: 'teams', theme: 'dark', user: 'editor', lang: 'sv' }],
  ['teams-contrast', { host: 'teams', theme: 'contrast', user: 'editor', lang: 'en' }],
  ['sharepoint-site', { host: 'sharepoint', theme: 'site', user: 'member', lang: 'sv' }],
  ['sharepoint-dark', { host: 'sharepoint', theme: 'dark', user: 'reader', lang: 'en' }],
  ['meeting-dark', { host: 'meeting', theme: 'dark', user: 'member', lang: 'sv' }]
];

/**
 * Every view: the plans view as the list of plans and as one plan's checklist, the updates view with one update
 * opened, and each section of the editors' content view.
 */
const VIEWS: Array<[name: string, place: Place]> = [
  ['overview', { view: 'overview' }],
  ['plans', { view: 'plans' }],
  ['checklist', { view: 'plans', item: 'genderEquality' }],
  ['staircase', { view: 'staircase' }],
  ['updates', { view: 'updates', item: '1' }],
  ['followUp', { view: 'followUp' }],
  ...CONTENT_SECTIONS.map((section): [string, Place] => [`content-${section}`, { view: 'content', item: section }])
];

test('the sweep covers every view the app has', () => {
  expect(VIEW_KEYS.filter((view) => !VIEWS.some(([, place]) => place.view === view))).toEqual([]);
});

describe.each(SETUPS)('in %s', (name, setup) => {
  let page: Page;
  /** Per view: the parts every view repeats, in page order (3.2.6 Consistent help). */
  const parts = new Map<string, string[]>();

  beforeAll(async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });

  afterAll(async () => {
    await page?.context().close();
  });

  test.each(VIEWS)('the %s view meets WCAG 2.2 AA as axe checks it', async (view, place) => {
    await openApp(page, suite.app.url, setup, place);
    await saveScreenshot(page, `${name}/${view}`);
    await expect(axeViolations(page)).resolves.toEqual([]);
    // WCAG 2.2 beyond axe: no focus hidden under something else (2.4.11), nothing to drag (2.5.7), and the help's
    // place among the repeated parts (3.2.6).
    await expect(obscuredFocus(page)).resolves.toEqual([]);
    await expect(draggableElements(page)).resolves.toEqual([]);
    parts.set(view, await repeatedParts(page, uiStrings(setup.lang).helpTitle));
  }, 120_000);

  test('help and contact is in the same place among the repeated parts on every view (WCAG 3.2.6)', () => {
    const orders = [...parts.values()].map((order) => order.join(' → '));
    expect(orders).toHaveLength(VIEWS.length);
    expect(new Set(orders)).toEqual(new Set(['title → help → search → navigation → view']));
  });

  test('another unit read only, its checklist, and the unit picker open on a search meet WCAG 2.2 AA as axe checks them', async () => {
    const { strings, fill } = ui(setup.lang);
    const panel = viewPanel(page);
    // A unit of none of the sweep's people but the editors (its team is Fatima Ahmed's).
    const unit = await demoUnit(suite.app, 'Avdelningen för strategi och utveckling');
    await openApp(page, suite.app.url, setup, { view: 'staircase', unit: unit.id });
    if (setup.user !== 'editor') await panel.getByText(fill(strings.staircaseReadOnly, { unit: unit.name }), { exact: true }).waitFor();
    await saveScreenshot(page, `${name}/staircase-other-unit`);
    await expect(axeViolations(page)).resolves.toEqual([]);
    await openApp(page, suite.app.url, setup, { view: 'plans', item: 'genderEquality', unit: unit.id });
    await waitForIdle(page);
    await saveScreenshot(page, `${name}/checklist-other-unit`);
    await expect(axeViolations(page)).resolves.toEqual([]);
    const picker = page.getByRole('combobox', { name: strings.unitLabel }).first();
    await picker.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Hägersten');
    await page.getByText(templatePattern(strings.unitPickerMatchesOther)).waitFor();
    await saveScreenshot(page, `${name}/unit-picker`);
    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.keyboard.press('Escape');
  }, 60_000);

  if (setup.user === 'editor') {
    test('a unit’s people, the rights check’s report, and linking a team from its tab meet WCAG 2.2 AA as axe checks them', async () => {
      const { strings, fill } = ui(setup.lang);
      const panel = viewPanel(page);
      await openApp(page, suite.app.url, setup, { view: 'content', item: 'people' });
      const picker = panel.getByRole('combobox', { name: strings.unitLabel });
      await picker.focus();
      await page.keyboard.type('Nämndkans');
      await page.getByRole('listbox').getByRole('option', { name: /^Nämndkansliet/ }).first().click();
      await panel.getByRole('heading', { name: fill(strings.peopleHeading, { unit: 'Nämndkansliet' }) }).waitFor();
      await panel.getByRole('button', { name: strings.rightsCheck }).click();
      await panel.getByText(templatePattern(strings.rightsAllGood)).or(panel.getByText(templatePattern(strings.rightsRepaired))).waitFor({ timeout: 60_000 });
      await saveScreenshot(page, `${name}/content-people-unit`);
      await expect(axeViolations(page)).resolves.toEqual([]);
      // The tab of a team no unit is linked to asks the editor for its unit.
      await openApp(page, suite.app.url, { ...setup, team: '33333333-4444-5555-6666-777777777777' }, { view: 'overview' });
      await page.getByText(strings.teamMappingTitle, { exact: true }).waitFor();
      await saveScreenshot(page, `${name}/team-mapping`);
      await expect(axeViolations(page)).resolves.toEqual([]);
    }, 90_000);

    test('the form for a new update, and its link dialog, meet WCAG 2.2 AA as axe checks them', async () => {
      const { strings } = ui(setup.lang);
      const panel = viewPanel(page);
      await openApp(page, suite.app.url, setup, { view: 'updates' });
      await panel.getByRole('button', { name: strings.updateNew }).click();
      await panel.getByRole('heading', { name: strings.updateNew, exact: true }).waitFor();
      await saveScreenshot(page, `${name}/update-editor`);
      await expect(axeViolations(page)).resolves.toEqual([]);
      await page.getByRole('toolbar', { name: strings.richTextToolbar }).getByRole('button', { name: strings.richTextLink }).click();
      await page.getByRole('dialog', { name: strings.richTextLinkDialogTitle }).waitFor();
      await saveScreenshot(page, `${name}/update-editor-link`);
      await expect(axeViolations(page)).resolves.toEqual([]);
    }, 60_000);
  }
});

test('the views are reached with the keyboard alone, with a visible focus', async () => {
  const sv = uiStrings('sv');
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  try {
    await openApp(page, suite.app.url, { host: 'teams', theme: 'light', user: 'member', lang: 'sv' });
    // The selected tab is in the tab order; the arrow keys move along the tabs, Enter opens one.
    const overview = page.getByRole('tab', { name: sv.viewOverview });
    await tabTo(page, overview);
    await page.keyboard.press('ArrowRight');
    const plans = page.getByRole('tab', { name: sv.viewPlans });
    await expect(hasFocus(plans)).resolves.toBe(true);
    await expect(showsKeyboardFocus(plans)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('tabpanel').getByRole('heading', { name: sv.viewPlans, exact: true }).waitFor();
    await expect(plans.getAttribute('aria-selected')).resolves.toBe('true');
    expect(new URL(page.url()).searchParams.get('mrView')).toBe('plans');
  } finally {
    await context.close();
  }
}, 60_000);
