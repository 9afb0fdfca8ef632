/**
 * The second opening of the app in the same browser: the checklist the person last saw is painted from the
 * browser's cache before anything is asked of SharePoint, and the one $batch that refreshes it leaves after
 * that paint. Counted in the page, from its resource timing.
 */
import type { Page } from 'playwright-core';
import { browserSuite, checklistHeading, demoPlan, openPerson, Person, Setup, viewPanel, waitForIdle } from './harness';

const suite = browserSuite();
const plan = demoPlan('genderEquality', 'sv');
const SETUP: Setup = { host: 'teams', theme: 'light', lang: 'sv', user: 'member' };

/** Runs in the page before its scripts: notes when the first checklist checkbox is in the DOM. */
function notePaint(): void {
  const boxes = 'input[type="checkbox"]:not([role="switch"]), [role="checkbox"]';
  const observer = new MutationObserver(() => {
    if (document.querySelector(boxes) === null) return;
    (window as unknown as { paintedAt: number }).paintedAt = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true });
}

/** The SharePoint requests (form digest aside) the page had started before, and after, its checklist was painted. */
async function requestsAroundPaint(page: Page): Promise<{ before: string[]; after: string[] }> {
  await viewPanel(page).getByRole('heading', { name: checklistHeading('sv', plan.title), exact: true }).waitFor();
  await waitForIdle(page);
  return page.evaluate(() => {
    const paintedAt = (window as unknown as { paintedAt: number }).paintedAt;
    const requests = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.includes('/_api/') && !entry.name.endsWith('/_api/contextinfo'))
      .map((entry) => ({ path: new URL(entry.name).pathname.replace(/^.*\/_api\//, ''), at: entry.startTime }));
    return { before: requests.filter((r) => r.at < paintedAt).map((r) => r.path), after: requests.filter((r) => r.at >= paintedAt).map((r) => r.path) };
  });
}

let person: Person | undefined;

afterAll(async () => {
  await person?.close();
});

it('opens again painted from the cache with nothing asked first, then refreshes in one $batch', async () => {
  person = await openPerson(suite.browser, suite.app.url, SETUP);
  await person.context.addInitScript(notePaint);

  // The first opening: nothing cached, the checklist waits for SharePoint (the team's unit, then its data).
  await person.open({ view: 'plans', item: plan.key });
  const cold = await requestsAroundPaint(person.page);
  expect(cold.before).toEqual(['$batch', '$batch']);

  // The second opening: painted first, then the one $batch.
  await person.open({ view: 'plans', item: plan.key });
  const warm = await requestsAroundPaint(person.page);
  expect(warm.before).toEqual([]);
  expect(warm.after.filter((path) => path === '$batch')).toHaveLength(1);
});
