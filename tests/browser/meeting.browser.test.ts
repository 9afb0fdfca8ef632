/**
 * The meeting journey: three different members of one unit tick the unit's checklist together in a Teams
 * meeting's side panel, with the keyboard alone. Each sees the others' ticks without reloading; one loses the
 * network for a while, and the local SharePoint restarts mid-meeting; at the end SharePoint holds exactly the
 * intended ticks.
 *
 * The three are members of the team linked to the unit Nämndkansliet (local/README.md): Maja Medlem and Ali
 * Hassan, members, and Sara Nilsson, the team's owner. None of them is an editor: they write through the
 * team's claim on the unit's folders, each in a browser of their own.
 */
import {
  axeViolations,
  browserSuite,
  checklistHeading,
  checklistOn,
  ChecklistOnPage,
  demoPlan,
  keyboardToTab,
  openPerson,
  Person,
  saveScreenshot,
  Setup,
  showsKeyboardFocus,
  storedChecklist,
  tabTo,
  templatePattern,
  until,
  viewPanel,
  waitForIdle,
  waitForView
} from './harness';

const suite = browserSuite({ persistent: true });

/** Others' ticks arrive by polling (every 5 s), and a restart adds back-off: wait generously, never a fixed time. */
const SYNC_MS = 90_000;

const plan = demoPlan('genderEquality', 'sv');
const [item0, item1, item2, item3, item4, item5] = plan.items;

const MEETING: Omit<Setup, 'user'> = { host: 'meeting', theme: 'dark', lang: 'sv' };

interface Participant {
  name: string;
  person: Person;
  checklist: ChecklistOnPage;
  /** How often the page has loaded since the checklist opened: it must stay 0, everything arrives live. */
  reloads: () => number;
}

const participants: Participant[] = [];

afterAll(async () => {
  await Promise.all(participants.map(({ person }) => person.close()));
});

/** Opens the side panel and, with the keyboard, the plans view and the plan's checklist. */
async function join(name: string, user: Setup['user']): Promise<Participant> {
  const person = await openPerson(suite.browser, suite.app.url, { ...MEETING, user }, { view: 'overview' });
  const { page } = person;
  const checklist = checklistOn(page, 'sv');
  await keyboardToTab(page, checklist.strings.viewPlans);
  await waitForView(page, 'plans', 'sv');
  await tabTo(page, viewPanel(page).getByRole('link', { name: plan.title, exact: true }));
  await page.keyboard.press('Enter');
  await viewPanel(page).getByRole('heading', { name: checklistHeading('sv', plan.title), exact: true }).waitFor();
  await waitForIdle(page);
  let loads = 0;
  page.on('load', () => loads++);
  return { name, person, checklist, reloads: () => loads };
}

/** Waits until every participant shows exactly `items` ticked and nothing pending. */
async function everyoneSees(items: string[], what: string): Promise<void> {
  for (const { name, checklist } of participants) {
    await until(
      async () => JSON.stringify(await checklist.ticked()) === JSON.stringify(items) && (await checklist.pending()).length === 0,
      `${name} to see ${what}: ${JSON.stringify(items)}`,
      SYNC_MS,
      async () => `ticked ${JSON.stringify(await checklist.ticked())}, pending ${JSON.stringify(await checklist.pending())}`
    );
  }
}

/** Waits until the item's row says who ticked it (or took the tick away): SharePoint confirmed it. */
async function confirmed(checklist: ChecklistOnPage, item: string, done: boolean, by: string): Promise<void> {
  const template = done ? checklist.strings.checklistTickedBy : checklist.strings.checklistUntickedBy;
  await checklist.row(item).getByText(templatePattern(template, { name: by })).waitFor({ timeout: SYNC_MS });
}

test('three members tick together in the meeting side panel, through a lost network and a restart, with the keyboard alone', async () => {
  participants.push(await join('Maja', 'maja.medlem'), await join('Ali', 'ali.hassan'), await join('Sara', 'sara.nilsson'));
  const [maja, ali, sara] = participants;

  // All three tick the same item at the same moment: each presses Space on an unticked box, so each means
  // "done" (a tick that arrived first would turn Space into "not done"; the presses go out within
  // milliseconds, long before another's tick can be saved and fetched).
  await Promise.all(participants.map(({ person, checklist }) => tabTo(person.page, checklist.checkbox(item0))));
  for (const { checklist } of participants) {
    await expect(checklist.checkbox(item0).isChecked()).resolves.toBe(false);
    await expect(showsKeyboardFocus(checklist.checkbox(item0))).resolves.toBe(true);
  }
  await Promise.all(participants.map(({ person }) => person.page.keyboard.press('Space')));
  // Then each ticks an item of their own, all at once.
  await Promise.all([maja.checklist.setWithKeyboard(item1, true), ali.checklist.setWithKeyboard(item2, true), sara.checklist.setWithKeyboard(item3, true)]);
  await everyoneSees([item0, item1, item2, item3], 'all four ticks');
  await expect(storedChecklist(suite.app, plan.key)).resolves.toEqual({ done: [item0, item1, item2, item3], withRow: [item0, item1, item2, item3] });

  // Sara loses her network: her tick and her untick (of Maja's item) show at once, marked pending.
  await sara.person.context.setOffline(true);
  await sara.checklist.setWithKeyboard(item4, true);
  await sara.checklist.setWithKeyboard(item1, false);
  await until(
    async () => JSON.stringify(await sara.checklist.pending()) === JSON.stringify([item1, item4]),
    'the offline ticks to show as pending',
    SYNC_MS
  );
  await sara.checklist.row(item4).getByText(sara.checklist.strings.checklistPending, { exact: true }).waitFor();
  await sara.checklist.connection().filter({ hasText: sara.checklist.strings.checklistOffline }).waitFor({ timeout: SYNC_MS });
  await saveScreenshot(sara.person.page, 'meeting/offline-pending');
  await expect(axeViolations(sara.person.page)).resolves.toEqual([]);
  // Nothing of it has reached SharePoint or the others.
  await expect(storedChecklist(suite.app, plan.key)).resolves.toEqual({ done: [item0, item1, item2, item3], withRow: [item0, item1, item2, item3] });
  await expect(ali.checklist.ticked()).resolves.toEqual([item0, item1, item2, item3]);

  // The network comes back: the queued changes are saved and confirmed, by Sara, and everyone sees them.
  await sara.person.context.setOffline(false);
  await confirmed(sara.checklist, item4, true, 'Sara Nilsson');
  await confirmed(sara.checklist, item1, false, 'Sara Nilsson');
  await confirmed(maja.checklist, item1, false, 'Sara Nilsson');
  await everyoneSees([item0, item2, item3, item4], 'the ticks made offline');

  // The local SharePoint restarts mid-meeting (same port, same data file). Ali ticks while it is down.
  await suite.app.stop();
  await ali.checklist.setWithKeyboard(item5, true);
  await ali.checklist.row(item5).getByText(ali.checklist.strings.checklistPending, { exact: true }).waitFor();
  await suite.app.start();
  await confirmed(ali.checklist, item5, true, 'Ali Hassan');
  await confirmed(maja.checklist, item5, true, 'Ali Hassan');
  await everyoneSees([item0, item2, item3, item4, item5], 'the tick made while SharePoint was down');
  for (const { checklist } of participants) {
    await checklist.connection().filter({ hasText: checklist.strings.checklistOnline }).waitFor({ timeout: SYNC_MS });
  }
  await saveScreenshot(maja.person.page, 'meeting/after-restart');

  // Nobody reloaded: every change reached every window live.
  expect(participants.map(({ reloads }) => reloads())).toEqual([0, 0, 0]);
  // SharePoint holds exactly the intended ticks: one row per item touched, item 1 ticked and then unticked.
  await expect(storedChecklist(suite.app, plan.key)).resolves.toEqual({
    done: [item0, item2, item3, item4, item5],
    withRow: [item0, item1, item2, item3, item4, item5]
  });
}, 300_000);
