/**
 * One person with the meeting's checklist open in two tabs of one browser: one tab follows SharePoint and
 * sends the person's ticks for both, a tick made in the other reaches SharePoint once, and when the
 * following tab closes the other takes over. Requests are counted on the wire, per tab.
 */
import type { Page } from 'playwright-core';
import { browserSuite, checklistHeading, checklistOn, demoPlan, openApp, openPerson, Person, Place, recordWrites, Setup, storedChecklist, until, viewPanel, WriteRecorder } from './harness';

const suite = browserSuite();
const plan = demoPlan('genderEquality', 'sv');
const SETUP: Setup = { host: 'meeting', theme: 'light', lang: 'sv', user: 'member' };
const PLACE: Place = { view: 'plans', item: plan.key };

interface Tab {
  page: Page;
  polls: () => number;
  writes: WriteRecorder;
}

/**
 * The tab's writes but for the person's presence in the meeting's minutes (MrMeetingMinutes): every tab that
 * opens the meeting notes it, idempotently; ticks and everything else go through the one sending tab.
 */
function sentBy(tab: Tab): string[] {
  return tab.writes.writes().filter((write) => !write.includes(`'MrMeetingMinutes'`));
}

async function openTab(page: Page): Promise<Tab> {
  let polls = 0;
  page.on('request', (request) => {
    if (/\/getchanges$/i.test(new URL(request.url()).pathname)) polls++;
  });
  const writes = recordWrites(page);
  await openApp(page, suite.app.url, SETUP, PLACE);
  await viewPanel(page).getByRole('heading', { name: checklistHeading('sv', plan.title), exact: true }).waitFor();
  return { page, polls: () => polls, writes };
}

let person: Person | undefined;

afterAll(async () => {
  await person?.close();
});

it('two tabs of one person run one poller and one tick queue; the other tab takes over when the first closes', async () => {
  person = await openPerson(suite.browser, suite.app.url, SETUP);
  const first = await openTab(person.page);
  const second = await openTab(await person.context.newPage());
  const item = plan.items[0];

  // Both tabs open: only the first follows the checklist.
  await until(async () => first.polls() >= 5, 'the first tab to follow the checklist');
  expect(second.polls()).toBe(0);

  // A tick in the second tab: sent by the first, once; both tabs show it confirmed.
  const inSecond = checklistOn(second.page, 'sv');
  await inSecond.setWithKeyboard(item, true);
  await until(async () => (await inSecond.pending()).length === 0, 'the second tab to see its tick confirmed');
  await until(async () => (await checklistOn(first.page, 'sv').ticked()).includes(item), 'the first tab to show the tick');
  expect(sentBy(second)).toEqual([]);
  expect(sentBy(first)).toHaveLength(1);
  await expect(storedChecklist(suite.app, plan.key)).resolves.toEqual({ done: [item], withRow: [item] });

  // The first tab closes: the second follows SharePoint from now on.
  await first.page.close();
  await until(async () => second.polls() >= 3, 'the second tab to take over following the checklist');
  expect(sentBy(second)).toEqual([]);
});
