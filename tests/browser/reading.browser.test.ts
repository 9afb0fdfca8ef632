/**
 * Two journeys of people who read: a member of staff in the Teams tab, and a reader (Read permission only),
 * who can see everything, can change nothing, and is told why.
 */
import type { Locator, Page } from 'playwright-core';
import { VIEW_KEYS, ViewKey } from '../../src/ui/routing';
import {
  axeViolations,
  browserSuite,
  checklistHeading,
  DEMO_PROGRAMME,
  DEMO_UNIT,
  DEMO_UPDATES,
  demoPlan,
  literally,
  openPerson,
  Person,
  recordWrites,
  storedChecklist,
  ui,
  viewPanel,
  viewTabName,
  waitForIdle,
  waitForView
} from './harness';

const suite = browserSuite();
const JOURNEY_MS = 120_000;

/** The list item of the update titled `title` in the updates view. */
function updateItem(page: Page, title: string): Locator {
  return viewPanel(page).getByRole('listitem').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
}

/**
 * The fields and choices in `scope` a person could change: text that can be edited, and ticks and options that
 * can be chosen. (Switches that only filter the view, buttons that open or export, and links change nothing
 * stored; that nothing is written at all is checked on the wire and in SharePoint.)
 */
async function changeable(scope: Locator): Promise<string[]> {
  const found: string[] = [];
  for (const role of ['textbox', 'checkbox', 'radio', 'combobox', 'spinbutton', 'slider'] as const) {
    for (const control of await scope.getByRole(role).all()) {
      if (await control.isEditable()) found.push(`${role} "${(await control.getAttribute('aria-label')) ?? (await control.evaluate((element) => (element as HTMLInputElement).labels?.[0]?.textContent ?? ''))}"`);
    }
  }
  return found;
}

const people: Person[] = [];

afterAll(async () => {
  await Promise.all(people.map((person) => person.close()));
});

describe('staff', () => {
  test('open the Teams tab, read the programme, follow a deep link straight into one action plan, read an update', async () => {
    const { strings } = ui('sv');
    const staff = await openPerson(suite.browser, suite.app.url, { host: 'teams', theme: 'light', user: 'member', lang: 'sv' }, { view: 'overview' });
    people.push(staff);
    const { page } = staff;
    const panel = viewPanel(page);

    // The programme: its goal, the three focus areas, the action plans, and the person's unit, found through the team.
    await page.getByRole('heading', { level: 1, name: strings.appTitle }).waitFor();
    const goal = DEMO_PROGRAMME.find((entry) => entry.kind === 'goal');
    await expect(panel.locator('blockquote').innerText()).resolves.toContain(goal?.text.sv);
    for (const area of DEMO_PROGRAMME.filter((entry) => entry.kind === 'focusArea')) {
      await panel.getByText(area.title.sv, { exact: true }).first().waitFor();
    }
    await panel.getByText(demoPlan('antiRacism', 'sv').title, { exact: true }).first().waitFor();
    await expect(page.getByRole('combobox', { name: strings.unitLabel }).inputValue()).resolves.toBe(DEMO_UNIT);

    // A deep link, as Teams hands it to the tab (its sub-page id): straight into one plan's checklist for the unit.
    const plan = demoPlan('genderEquality', 'sv');
    await staff.open({ view: 'plans', item: plan.key });
    await expect(page.getByRole('tab', { name: strings.viewPlans }).getAttribute('aria-selected')).resolves.toBe('true');
    const checklistTitle = checklistHeading('sv', plan.title);
    await panel.getByRole('heading', { name: checklistTitle, exact: true }).waitFor();
    for (const item of plan.items) {
      const checkbox = panel.getByRole('checkbox', { name: item, exact: true });
      await expect(checkbox.isEnabled()).resolves.toBe(true);
      await expect(checkbox.isChecked()).resolves.toBe(false);
    }

    // An update: from the tabs to the updates view, then the whole text of one update.
    await page.getByRole('tab', { name: strings.viewUpdates }).click();
    await waitForView(page, 'updates', 'sv');
    const news = DEMO_UPDATES[1];
    const item = updateItem(page, news.title);
    await item.getByText(news.summary, { exact: true }).waitFor();
    const body = item.getByText(literally('Handlingsplanen ersätter Program för ett jämställt Stockholm'));
    await expect(body.isVisible()).resolves.toBe(false);
    await item.getByText(strings.updateReadMore, { exact: true }).click();
    await body.waitFor({ state: 'visible' });
    // The update names its plan, and the link leads there.
    await item.getByRole('link', { name: plan.title }).click();
    await panel.getByRole('heading', { name: checklistTitle, exact: true }).waitFor();
  }, JOURNEY_MS);
});

describe('reader', () => {
  test('can see everything and change nothing, and is told why', async () => {
    const { strings, fill } = ui('sv');
    const reader = await openPerson(suite.browser, suite.app.url, { host: 'teams', theme: 'light', user: 'reader', lang: 'sv' });
    people.push(reader);
    const { page } = reader;
    const panel = viewPanel(page);
    const wire = recordWrites(page);
    await reader.open({ view: 'overview' });

    // Everything: every view of the app shows its content, none an error, none a control that changes anything;
    // where a reader would otherwise edit, the view says why they cannot.
    const shows: Record<ViewKey, () => Locator> = {
      overview: () => panel.locator('blockquote'),
      plans: () => panel.getByRole('link', { name: demoPlan('romaInclusion', 'sv').title }),
      staircase: () => panel.getByText(fill(strings.staircaseReadOnly, { unit: DEMO_UNIT }), { exact: true }),
      updates: () => panel.getByRole('heading', { name: DEMO_UPDATES[0].title, exact: true }),
      followUp: () => panel.getByRole('rowheader', { name: DEMO_UNIT, exact: true }).first(),
      content: () => panel.getByText(strings.contentNotEditor, { exact: true })
    };
    for (const view of VIEW_KEYS) {
      if (shows[view] === undefined) throw new Error(`The reader journey does not know what the view "${view}" shows yet.`);
      if (view === 'content') {
        // Editors' own view has no tab for others; a link to it says why it shows nothing to edit.
        await expect(page.getByRole('tab', { name: viewTabName(view, 'sv') }).count()).resolves.toBe(0);
        await reader.open({ view });
      } else {
        await page.getByRole('tab', { name: viewTabName(view, 'sv') }).click();
        await waitForView(page, view, 'sv');
      }
      await shows[view]().waitFor();
      await expect(panel.getByRole('alert').count()).resolves.toBe(0);
      // The follow-up's controls only filter and export what it shows.
      if (view !== 'followUp') await expect(changeable(panel)).resolves.toEqual([]);
      if (view === 'updates') {
        await expect(panel.getByRole('button', { name: strings.updateNew }).count()).resolves.toBe(0);
        await expect(panel.getByRole('button', { name: strings.updateEdit }).count()).resolves.toBe(0);
      }
    }

    // The unit's checklist: every item shown, none can be ticked or commented, and the reader is told why.
    const plan = demoPlan('genderEquality', 'sv');
    await page.getByRole('tab', { name: strings.viewPlans }).click();
    await waitForView(page, 'plans', 'sv');
    await panel.getByRole('link', { name: plan.title, exact: true }).click();
    await panel.getByRole('heading', { name: checklistHeading('sv', plan.title), exact: true }).waitFor();
    await waitForIdle(page);
    for (const item of plan.items) {
      const checkbox = panel.getByRole('checkbox', { name: item, exact: true });
      await expect(checkbox.isDisabled()).resolves.toBe(true);
    }
    // The item filter ("Visa": mine, overdue, due this month) only chooses what is shown.
    await expect(changeable(panel)).resolves.toEqual([`combobox "${strings.assignmentFilterLabel}"`]);
    await panel.getByText(fill(strings.checklistReadOnly, { unit: DEMO_UNIT }), { exact: true }).waitFor();
    await expect(panel.getByRole('button', { name: literally(strings.checklistAddComment) }).count()).resolves.toBe(0);
    // Trying anyway changes nothing: the click lands on a disabled box.
    const first = panel.getByRole('checkbox', { name: plan.items[0], exact: true });
    await first.click({ force: true });
    await expect(first.isChecked()).resolves.toBe(false);
    await expect(axeViolations(page)).resolves.toEqual([]);

    // Nothing was sent that writes, and SharePoint holds no tick.
    expect(wire.writes()).toEqual([]);
    await expect(storedChecklist(suite.app, plan.key)).resolves.toEqual({ done: [], withRow: [] });
  }, JOURNEY_MS);
});
