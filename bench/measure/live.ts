/**
 * live: two people on the same unit's checklist, each in a browser context of their own (A the member, B
 * the editor). A ticks; the time until B's checkbox shows it is measured on one clock (performance.timeOrigin
 * + now, the browser's shared epoch). B learns of others' ticks by polling the change log, so the wait
 * depends on where in B's poll interval the tick lands: a random pause between ticks spreads that evenly.
 *
 * Then A closes and B stays open, idle: the requests per minute one open tab costs, counted by the server.
 */
import type { Browser, ElementHandle, Page } from 'playwright-core';
import { checkboxes, isChecked, waitUntilSettled } from '../support/browser';
import type { PageProbe } from '../support/browser';
import { dataRequests, requestPaths } from '../support/server';
import type { BenchServer } from '../support/server';
import { sleep, summarize } from '../support/stats';
import type { Summary } from '../support/stats';
import { openChecklist } from './tick';

/** The idle time is split into this many windows, each giving one requests-per-minute value. */
const IDLE_WINDOWS = 3;

export interface LiveResult {
  latencyMs: number;
  /** ms from A's click until B shows the tick. */
  appearsMs?: Summary;
  missed: number;
  idle: {
    seconds: number;
    /** Every REST request, digest included, per minute, from one idle open tab: one value per window. */
    requestsPerMinute?: Summary;
    dataRequestsPerMinute?: Summary;
    requestPaths?: Record<string, number>;
  };
  failures: string[];
}

/** Watches B's checkbox; resolves with the epoch ms (one clock for both pages) it showed `expected`, or undefined. */
function watch(box: ElementHandle<Element>, expected: boolean, timeoutMs: number): Promise<number | undefined> {
  return box.evaluate(async (el, { wanted, timeout }) => {
    const probe = (window as unknown as { __bench: PageProbe }).__bench;
    const at = await probe.when(() => probe.isOn(el) === wanted, timeout);
    return at === undefined ? undefined : performance.timeOrigin + at;
  }, { wanted: expected, timeout: timeoutMs });
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

export async function measureLive(
  browser: Browser,
  server: BenchServer,
  urls: { a: string; b: string },
  options: {
    ticks: number;
    items: number;
    pollIntervalMs: number;
    idleSeconds: number;
    latencyMs: number;
    timeoutMs: number;
    /** Work to do while the idle tab is counted: it must not touch this server (its counters are the measurement). */
    duringIdle?: () => Promise<void>;
    log: (line: string) => void;
  }
): Promise<LiveResult> {
  const a = await openChecklist(browser, urls.a, options.timeoutMs);
  const b = await openChecklist(browser, urls.b, options.timeoutMs);
  const appears: number[] = [];
  const failures: string[] = [];
  let missed = 0;
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
        const seen = watch(boxB, expected, options.timeoutMs);
        const clickedAt = await clickAt(boxA);
        const seenAt = await seen;
        if (seenAt === undefined) missed++;
        else appears.push(seenAt - clickedAt);
        await waitUntilSettled(a.page, options.timeoutMs);
      } catch (error) {
        failures.push(`tick ${n}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        if (failures.length >= 3) break;
      }
      // Land the next tick anywhere in B's poll interval.
      await sleep(Math.random() * options.pollIntervalMs);
    }
    options.log(`    ${appears.length} ticks seen in B, ${missed} missed`);
  } finally {
    await a.close();
  }

  const idle: LiveResult['idle'] = { seconds: options.idleSeconds };
  try {
    // B alone, idle: whatever it asks for now is the cost of an open tab.
    await sleep(1000);
    const windowSeconds = options.idleSeconds / IDLE_WINDOWS;
    const all: number[] = [];
    const data: number[] = [];
    const paths: Record<string, number> = {};
    const counting = (async () => {
      for (let window = 0; window < IDLE_WINDOWS; window++) {
        await server.resetStats();
        await sleep(windowSeconds * 1000);
        const stats = await server.stats();
        all.push((stats.total * 60) / windowSeconds);
        data.push((dataRequests(stats) * 60) / windowSeconds);
        for (const [path, count] of Object.entries(requestPaths(stats))) paths[path] = (paths[path] ?? 0) + count;
      }
    })();
    // Counting is timer-driven, so other work meanwhile (on another server) does not change the count.
    await Promise.all([counting, options.duringIdle?.()]);
    idle.requestsPerMinute = summarize(all);
    idle.dataRequestsPerMinute = summarize(data);
    idle.requestPaths = paths;
  } finally {
    await b.close();
  }
  return { latencyMs: options.latencyMs, appearsMs: summarize(appears, { p95: true }), missed, idle, failures };
}
