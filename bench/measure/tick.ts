/**
 * tick: in an open checklist (member, injected latency), a click on an item's checkbox, timed in the page:
 * - shown: until the checkbox is checked (or unchecked) in the DOM and the next frame has run — the
 *   optimistic tick the person sees;
 * - confirmed: until the pending text ("Väntar på att sparas") has come and gone — SharePoint answered.
 * Ticks alternate set and unset on the first few items, one at a time, so the data ends as it began.
 */
import type { Browser, ElementHandle, Page } from 'playwright-core';
import { checkboxes, loadUntilInteractive, newContext, PENDING_TEXTS, waitUntilSettled } from '../support/browser';
import type { PageProbe } from '../support/browser';
import { sleep, summarize } from '../support/stats';
import type { Summary } from '../support/stats';

export interface TickTiming {
  expected: boolean;
  shownMs?: number;
  confirmedMs?: number;
  pendingSeen: boolean;
  timedOut: boolean;
}

export interface TickResult {
  latencyMs: number;
  items: number;
  shownMs?: Summary;
  confirmedMs?: Summary;
  /** Ticks where no pending text appeared, so "confirmed" could not be seen in the UI. */
  withoutPendingText: number;
  timedOut: number;
  failures: string[];
}

/**
 * Clicks the checkbox in the page and times, from just before the click: the frame after the checkbox
 * shows the new state (shown), and the moment the item's row no longer says its tick waits (confirmed).
 */
export function clickAndWatch(box: ElementHandle<Element>, timeoutMs: number): Promise<TickTiming> {
  return box.evaluate(
    async (el, { texts, timeout }) => {
      const probe = (window as unknown as { __bench: PageProbe }).__bench;
      // The item's own row (its list entry) says whether its tick waits; the page if there is no row.
      const row = el.closest('li') ?? document.body;
      const pending = (): boolean => texts.some((text) => (row.textContent ?? '').includes(text));
      const expected = !probe.isOn(el);
      const start = performance.now();
      (el as HTMLElement).click();
      const committed = await probe.when(() => probe.isOn(el) === expected, timeout);
      if (committed === undefined) return { expected, pendingSeen: false, timedOut: true };
      const shownAt = await new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
      // The pending text comes with the optimistic tick; a UI without it cannot show "confirmed".
      const pendingSeen = pending() || (await probe.when(pending, 500)) !== undefined;
      const confirmedAt = pendingSeen ? await probe.when(() => !pending(), timeout) : undefined;
      return {
        expected,
        shownMs: shownAt - start,
        confirmedMs: confirmedAt === undefined ? undefined : confirmedAt - start,
        pendingSeen,
        timedOut: pendingSeen && confirmedAt === undefined
      };
    },
    { texts: PENDING_TEXTS, timeout: timeoutMs }
  );
}

export async function openChecklist(browser: Browser, url: string, timeoutMs: number): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await loadUntilInteractive(page, url, timeoutMs);
  return { page, close: () => context.close() };
}

export async function measureTick(
  browser: Browser,
  appUrl: string,
  options: { ticks: number; items: number; latencyMs: number; timeoutMs: number; log: (line: string) => void }
): Promise<TickResult> {
  const { page, close } = await openChecklist(browser, appUrl, options.timeoutMs);
  const timings: TickTiming[] = [];
  const failures: string[] = [];
  let items = 0;
  try {
    const boxes = await checkboxes(page);
    items = Math.min(options.items, boxes.length);
    if (items === 0) throw new Error('the checklist shows no checkboxes');
    for (let n = 0; n < options.ticks; n++) {
      // Each item twice in a row (set, then unset), so every item ends as it began.
      const box = (await checkboxes(page))[Math.floor(n / 2) % items];
      try {
        timings.push(await clickAndWatch(box, options.timeoutMs));
      } catch (error) {
        failures.push(`tick ${n}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
      if (failures.length + timings.filter((t) => t.timedOut).length >= 3) {
        failures.push(`stopped after ${n + 1} ticks: three ticks failed or timed out`);
        break;
      }
      await waitUntilSettled(page, options.timeoutMs);
      await sleep(100);
    }
  } finally {
    await close();
  }
  const shown = timings.map((t) => t.shownMs).filter((v): v is number => v !== undefined);
  const confirmed = timings.map((t) => t.confirmedMs).filter((v): v is number => v !== undefined);
  options.log(`    ${timings.length} ticks: ${shown.length} shown, ${confirmed.length} confirmed`);
  return {
    latencyMs: options.latencyMs,
    items,
    shownMs: summarize(shown, { p95: true }),
    confirmedMs: summarize(confirmed, { p95: true }),
    withoutPendingText: timings.filter((t) => !t.pendingSeen).length,
    timedOut: timings.filter((t) => t.timedOut).length,
    failures
  };
}
