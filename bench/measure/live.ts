/**
 * live: the checklist in a Teams meeting's side panel (the local page's `host=meeting`), where it is always
 * in meeting mode.
 * - Two people, each in a browser context of their own (A the member, B the editor). A ticks; the time
 *   until B's checkbox shows it is measured on one clock (performance.timeOrigin + now, the browser's
 *   shared epoch). B learns of others' ticks by polling the change log, so the wait depends on where in
 *   B's poll interval the tick lands: a random pause between ticks spreads that evenly.
 * - A third person, C, watches the meeting's stage (the local page's `host=stage`, read-only): the time until
 *   C's checkbox shows A's tick is measured the same way, on the same ticks.
 * - Then, side by side, the REST requests a minute one open tab makes, counted per browser context: B in
 *   the meeting right after the ticks, B again once nobody has changed anything for two minutes (not in
 *   --quick), a Teams tab outside meeting mode, and a meeting tab that is hidden (another tab in front).
 * - Last, alone on the server: one person with two tabs of the same meeting checklist. The server counts
 *   the change-log polls; each tab's own requests name the pollers. One tab ticks; then the polling tab
 *   closes and the other must take over.
 */
import type { Browser, BrowserContext, ElementHandle, Page } from 'playwright-core';
import { describeWrite } from '../../tests/browser/harness/writes';
import { checkboxes, isChecked, loadUntilInteractive, newContext, waitUntilSettled } from '../support/browser';
import type { PageProbe } from '../support/browser';
import { requestPaths } from '../support/server';
import type { BenchServer } from '../support/server';
import { sleep, summarize } from '../support/stats';
import type { Summary } from '../support/stats';

/** No change by anyone for this long makes a meeting idle (app/checklist/pollCadence.ts). */
const IDLE_AFTER_MS = 120_000;

export interface StateRate {
  /** REST requests (digest included) a minute, one value per counting window. */
  requestsPerMinute?: Summary;
  budgetPerMinute: number;
  seconds: number;
  error?: string;
}

export interface TwoTabResult {
  /** Tabs that asked for the change log while both were open (one is the goal). */
  pollers: number;
  /** Change-log requests a minute at the server, both tabs open. */
  pollsPerMinute: number;
  /** A tick made in the second tab: how many write requests each tab sent for it. */
  writesByTab: number[];
  /** After the polling tab closed: tabs that polled, and whether the one left was among them. */
  pollersAfterClose: number;
  tookOver: boolean;
  serverPaths: Record<string, number>;
}

export interface LiveResult {
  latencyMs: number;
  host: string;
  /** ms from A's click until B shows the tick. */
  appearsMs?: Summary;
  missed: number;
  /** ms from A's click until the meeting stage (C) shows the tick. */
  stageAppearsMs?: Summary;
  stageMissed: number;
  rates: { meeting: StateRate; meetingIdle?: StateRate; notMeeting: StateRate; hidden: StateRate };
  twoTabs?: TwoTabResult | { error: string };
  failures: string[];
}

/** Watches B's checkbox; resolves with the epoch ms (one clock for both pages) it showed `expected`, or undefined. */
function watch(box: ElementHandle<Element>, expected: boolean, timeoutMs: number): Promise<number | undefined> {
  return box.evaluate(
    async (el, { wanted, timeout }) => {
      const probe = (window as unknown as { __bench: PageProbe }).__bench;
      const at = await probe.when(() => probe.isOn(el) === wanted, timeout);
      return at === undefined ? undefined : performance.timeOrigin + at;
    },
    { wanted: expected, timeout: timeoutMs }
  );
}

function clickAt(box: ElementHandle<Element>): Promise<number> {
  return box.evaluate((el) => {
    const at = performance.timeOrigin + performance.now();
    (el as HTMLElement).click();
    return at;
  });
}

async function boxAt(page: Page, index: number): Promise<ElementHandle<Element>> {
  const boxes = await checkboxes(page);
  if (boxes.length <= index) throw new Error(`the checklist shows ${boxes.length} checkboxes`);
  return boxes[index];
}

function message(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0] : String(error);
}

const isRest = (url: string): boolean => /\/_api\//i.test(url);
const isPoll = (url: string): boolean => /\/getchanges/i.test(url);

/** Counts the REST requests a page (or a whole context) sends, from now on. */
function countRequests(source: Page | BrowserContext): { all: number; polls: number; writes: number; reset(): void } {
  const counter = {
    all: 0,
    polls: 0,
    writes: 0,
    reset: () => {
      counter.all = 0;
      counter.polls = 0;
      counter.writes = 0;
    }
  };
  source.on('request', (request) => {
    const url = request.url();
    if (!isRest(url)) return;
    counter.all += 1;
    if (isPoll(url)) counter.polls += 1;
    else if (describeWrite(request) !== undefined) counter.writes += 1;
  });
  return counter;
}

/**
 * Hides the page as a browser does when a person switches to another tab: document.visibilityState turns
 * `hidden` and `visibilitychange` fires. Headless Chromium never hides a page itself (minimised windows and
 * background tabs stay `visible`), so the bench tells the page, in every frame. A real hidden tab also has
 * its timers slowed by the browser, which only lowers the count.
 */
async function hide(page: Page): Promise<void> {
  for (const frame of page.frames()) {
    await frame.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
  }
}

/** Requests a minute from one open tab over `windows` windows of `seconds` each. */
async function rateOf(counter: { all: number; reset(): void }, windows: number, seconds: number, budget: number): Promise<StateRate> {
  const values: number[] = [];
  for (let n = 0; n < windows; n++) {
    counter.reset();
    await sleep(seconds * 1000);
    values.push((counter.all * 60) / seconds);
  }
  return { requestsPerMinute: summarize(values), budgetPerMinute: budget, seconds: windows * seconds };
}

async function open(browser: Browser, url: string, timeoutMs: number): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await loadUntilInteractive(page, url, timeoutMs);
  return { context, page };
}

/** Opens the meeting stage: read-only, so its checklist is ready once it shows its (disabled) checkboxes. */
async function openStage(browser: Browser, url: string, timeoutMs: number): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
  await page.waitForFunction(() => document.querySelector('input[type="checkbox"]') !== null, undefined, { timeout: timeoutMs, polling: 50 });
  return { context, page };
}

async function measureTwoTabs(browser: Browser, server: BenchServer, url: string, options: { seconds: number; timeoutMs: number }): Promise<TwoTabResult> {
  const context = await newContext(browser);
  try {
    const first = await context.newPage();
    await loadUntilInteractive(first, url, options.timeoutMs);
    const second = await context.newPage();
    await loadUntilInteractive(second, url, options.timeoutMs);
    const counters = [countRequests(first), countRequests(second)];
    await sleep(2000);
    await server.resetStats();
    counters.forEach((c) => c.reset());
    await sleep(options.seconds * 1000);
    const stats = await server.stats();
    const serverPolls = Object.entries(stats.byPath)
      .filter(([path]) => isPoll(path))
      .reduce((sum, [, count]) => sum + count, 0);
    const pollers = counters.filter((c) => c.polls > 0).length;

    // A tick in the second tab: which tab sends it?
    counters.forEach((c) => c.reset());
    const box = await boxAt(second, 0);
    const expected = !(await isChecked(box));
    await box.click();
    await waitUntilSettled(second, options.timeoutMs);
    await sleep(1500);
    const writesByTab = counters.map((c) => c.writes);
    // Put it back as it was, so the data ends as it began.
    if ((await isChecked(box)) === expected) {
      await box.click();
      await waitUntilSettled(second, options.timeoutMs);
    }

    // The polling tab closes; the other must take over.
    const polling = counters[0].polls >= counters[1].polls ? first : second;
    const left = polling === first ? second : first;
    const leftCounter = polling === first ? counters[1] : counters[0];
    await polling.close();
    await sleep(2000);
    leftCounter.reset();
    await sleep(Math.max(5, options.seconds / 2) * 1000);
    const tookOver = leftCounter.polls > 0;
    await left.close();
    return {
      pollers,
      pollsPerMinute: Math.round((serverPolls * 60) / options.seconds),
      writesByTab,
      pollersAfterClose: tookOver ? 1 : 0,
      tookOver,
      serverPaths: requestPaths(stats)
    };
  } finally {
    await context.close();
  }
}

export async function measureLive(
  browser: Browser,
  server: BenchServer,
  urls: { a: string; b: string; stage: string; notMeeting: string; hidden: string; twoTabs: string },
  options: {
    ticks: number;
    items: number;
    /** The longest wait between two polls in a meeting (jitter included), to spread the ticks over it. */
    meetingPollMs: number;
    /** Each state's requests a minute are counted over this many windows of `windowSeconds`. */
    windows: number;
    windowSeconds: number;
    /** Also count a meeting that turned idle (it takes two minutes without a change). */
    meetingIdle: boolean;
    twoTabSeconds: number;
    latencyMs: number;
    timeoutMs: number;
    /** Work to do while the idle meeting is waited for: it must not touch this server. */
    duringIdle?: () => Promise<void>;
    log: (line: string) => void;
  }
): Promise<LiveResult> {
  const a = await open(browser, urls.a, options.timeoutMs);
  const b = await open(browser, urls.b, options.timeoutMs);
  const stage = await openStage(browser, urls.stage, options.timeoutMs);
  const appears: number[] = [];
  const stageAppears: number[] = [];
  let stageMissed = 0;
  const failures: string[] = [];
  let missed = 0;
  let lastChangeAt = Date.now();
  try {
    for (let n = 0; n < options.ticks; n++) {
      const index = Math.floor(n / 2) % options.items;
      try {
        const boxA = await boxAt(a.page, index);
        const expected = !(await isChecked(boxA));
        // Wait until B agrees with A before the tick, so B cannot be "seeing" an older change.
        const boxB = await boxAt(b.page, index);
        if ((await isChecked(boxB)) === expected && (await watch(boxB, !expected, options.timeoutMs)) === undefined) {
          throw new Error('B never caught up with A before the tick');
        }
        const boxStage = await boxAt(stage.page, index);
        if ((await isChecked(boxStage)) === expected && (await watch(boxStage, !expected, options.timeoutMs)) === undefined) {
          throw new Error('the stage never caught up with A before the tick');
        }
        const seen = watch(boxB, expected, options.timeoutMs);
        const seenOnStage = watch(boxStage, expected, options.timeoutMs);
        const clickedAt = await clickAt(boxA);
        const [seenAt, seenOnStageAt] = await Promise.all([seen, seenOnStage]);
        if (seenAt === undefined) missed++;
        else appears.push(seenAt - clickedAt);
        if (seenOnStageAt === undefined) stageMissed++;
        else stageAppears.push(seenOnStageAt - clickedAt);
        await waitUntilSettled(a.page, options.timeoutMs);
        lastChangeAt = Date.now();
      } catch (error) {
        failures.push(`tick ${n}: ${message(error)}`);
        if (failures.length >= 3) break;
      }
      // Land the next tick anywhere in B's poll interval.
      await sleep(Math.random() * options.meetingPollMs);
    }
    options.log(`    ${appears.length} ticks seen in B, ${missed} missed; ${stageAppears.length} seen on the stage, ${stageMissed} missed`);
  } finally {
    await a.context.close();
    await stage.context.close();
  }

  const failed = (budget: number, error: unknown): StateRate => ({ budgetPerMinute: budget, seconds: 0, error: message(error) });
  const rates: LiveResult['rates'] = { meeting: failed(60, 'not run'), notMeeting: failed(12, 'not run'), hidden: failed(2, 'not run') };
  const others: { context: BrowserContext }[] = [];
  try {
    // B stays in the meeting; beside it a Teams tab outside meeting mode and a meeting tab that is hidden.
    const bCounter = countRequests(b.context);
    const notMeeting = await open(browser, urls.notMeeting, options.timeoutMs);
    others.push(notMeeting);
    const hidden = await open(browser, urls.hidden, options.timeoutMs);
    others.push(hidden);
    await hide(hidden.page);
    const notMeetingCounter = countRequests(notMeeting.context);
    const hiddenCounter = countRequests(hidden.context);
    // Past the first round after opening or hiding.
    await sleep(2000);
    const hiddenSeconds = Math.max(60, options.windows * options.windowSeconds);
    options.log(`    requests a minute: meeting, outside meeting mode (${options.windows} × ${options.windowSeconds} s) and hidden (${hiddenSeconds} s), side by side`);
    const [meeting, outside, hiddenRate] = await Promise.all([
      rateOf(bCounter, options.windows, options.windowSeconds, 60).catch((error: unknown) => failed(60, error)),
      rateOf(notMeetingCounter, options.windows, options.windowSeconds, 12).catch((error: unknown) => failed(12, error)),
      rateOf(hiddenCounter, 1, hiddenSeconds, 2).catch((error: unknown) => failed(2, error))
    ]);
    Object.assign(rates, { meeting, notMeeting: outside, hidden: hiddenRate });
    await Promise.all(others.splice(0).map((o) => o.context.close()));
    if (options.meetingIdle) {
      const idleAt = lastChangeAt + IDLE_AFTER_MS + 3000;
      options.log(`    waiting ${Math.round((idleAt - Date.now()) / 1000)} s for B's meeting to turn idle (no change for two minutes)`);
      await Promise.all([options.duringIdle?.(), sleep(Math.max(0, idleAt - Date.now()))]);
      rates.meetingIdle = await rateOf(bCounter, options.windows, options.windowSeconds, 12).catch((error: unknown) => failed(12, error));
    }
  } catch (error) {
    failures.push(`rates: ${message(error)}`);
  } finally {
    await Promise.all(others.map((o) => o.context.close()));
    await b.context.close();
  }

  let twoTabs: LiveResult['twoTabs'];
  try {
    options.log('    two tabs of one person (counted at the server, nothing else open)');
    twoTabs = await measureTwoTabs(browser, server, urls.twoTabs, { seconds: options.twoTabSeconds, timeoutMs: options.timeoutMs });
  } catch (error) {
    twoTabs = { error: message(error) };
  }
  return {
    latencyMs: options.latencyMs,
    host: 'meeting side panel',
    appearsMs: summarize(appears, { p95: true }),
    missed,
    stageAppearsMs: summarize(stageAppears, { p95: true }),
    stageMissed,
    rates,
    twoTabs,
    failures
  };
}
