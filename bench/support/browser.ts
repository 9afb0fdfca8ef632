/**
 * The in-page probes the measurements share (the bench finds or installs Chromium as the browser tests
 * do: tests/browser/harness/chromium.ts). Checklist items are found by their accessible role (checkbox),
 * not by class names, so the probes keep working while the checklist's markup changes.
 */
import type { Browser, BrowserContext, ElementHandle, Page } from 'playwright-core';

/** The text a checklist item shows while SharePoint has not confirmed its tick, in both languages. */
export const PENDING_TEXTS = ['Väntar på att sparas', 'Waiting to be saved'];

/** What the probe puts on `window.__bench` for the measurements' in-page code. */
export interface PageProbe {
  interactiveAt?: number;
  /** The first checklist checkbox in the DOM, enabled or not (a warm start paints the cached checklist before it can be used). */
  paintedAt?: number;
  appStartAt?: number;
  /** Whether a checkbox (native or ARIA) is checked. */
  isOn(el: Element): boolean;
  /** performance.now() of the first DOM change or frame at which `check` holds; undefined after `timeoutMs`. */
  when(check: () => boolean, timeoutMs: number): Promise<number | undefined>;
}

/**
 * Runs in every page before its own scripts: notes the moment (ms since navigation start) the first
 * enabled checkbox is in the DOM — the checklist is interactive — and the app's `mr-app-start` mark if
 * it sets one; and gives the measurements `isOn` and `when` (a MutationObserver plus a frame loop, so
 * property-only changes such as `checked` are seen too).
 */
function installProbe(): void {
  const probe: PageProbe = {
    isOn: (el) => (el instanceof HTMLInputElement ? el.checked : el.getAttribute('aria-checked') === 'true'),
    when: (check, timeoutMs) =>
      new Promise((resolve) => {
        let done = false;
        const observer = new MutationObserver(test);
        const timer = setTimeout(() => finish(undefined), timeoutMs);
        function finish(at: number | undefined): void {
          if (done) return;
          done = true;
          observer.disconnect();
          clearTimeout(timer);
          resolve(at);
        }
        function test(): void {
          if (!done && check()) finish(performance.now());
        }
        function frame(): void {
          test();
          if (!done) requestAnimationFrame(frame);
        }
        observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        test();
        if (!done) requestAnimationFrame(frame);
      })
  };
  (window as unknown as { __bench: PageProbe }).__bench = probe;
  // The checklist's items; not its toolbar's switches (an input of type checkbox with the role switch), which are enabled at once.
  const CHECKLIST_BOXES = 'input[type="checkbox"]:not([role="switch"]), [role="checkbox"]';
  const enabledBox = (): boolean =>
    Array.from(document.querySelectorAll(CHECKLIST_BOXES)).some(
      (el) => !(el as HTMLInputElement).disabled && el.getAttribute('aria-disabled') !== 'true'
    );
  const observer = new MutationObserver(() => {
    if (probe.paintedAt === undefined && document.querySelector(CHECKLIST_BOXES) !== null) probe.paintedAt = performance.now();
    if (probe.interactiveAt !== undefined || !enabledBox()) return;
    probe.interactiveAt = performance.now();
    probe.appStartAt = performance.getEntriesByName('mr-app-start')[0]?.startTime;
    observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled', 'aria-disabled'] });
}

export async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(installProbe);
  return context;
}

export interface PageLoad {
  /** ms from navigation start until an enabled checkbox was in the DOM. */
  interactiveMs: number;
  /** ms from the app's `mr-app-start` mark, when the app sets one. */
  fromAppStartMs?: number;
  /** `_api` requests (digest excluded) the page had started before it became interactive (resource timing). */
  requestsStarted: number;
  /** Where the time went (resource timing, ms from navigation start): the last script loaded, the first
   * REST request sent, the last REST answer received before the checklist was interactive. */
  scriptsLoadedMs?: number;
  firstRequestMs?: number;
  lastResponseMs?: number;
}

export interface WarmLoad {
  /** ms from navigation start until the first checkbox was in the DOM (the cached checklist). */
  paintedMs: number;
  /** `_api` answers (digest excluded) received before that paint: 0 means painted from the cache alone. */
  answersBeforePaint: number;
  /** `_api` requests (digest excluded) sent before that paint. */
  requestsBeforePaint: number;
  /** ms from navigation start until the checklist was interactive (the batch answered). */
  interactiveMs: number;
}

async function openUntilInteractive(page: Page, url: string, timeoutMs: number): Promise<void> {
  await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
  await page.waitForFunction(() => (window as unknown as { __bench?: { interactiveAt?: number } }).__bench?.interactiveAt !== undefined, undefined, {
    timeout: timeoutMs,
    polling: 20
  });
}

/** Opens `url` again in a page whose browser has opened it before, and waits until its checklist is interactive. */
export async function reloadUntilInteractive(page: Page, url: string, timeoutMs: number): Promise<WarmLoad> {
  await openUntilInteractive(page, url, timeoutMs);
  return page.evaluate(() => {
    const state = (window as unknown as { __bench: { interactiveAt: number; paintedAt?: number } }).__bench;
    const painted = state.paintedAt ?? state.interactiveAt;
    const api = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) => /\/_api\//i.test(entry.name) && !/\/_api\/contextinfo/i.test(entry.name));
    return {
      paintedMs: painted,
      answersBeforePaint: api.filter((entry) => entry.responseEnd > 0 && entry.responseEnd <= painted).length,
      requestsBeforePaint: api.filter((entry) => entry.startTime <= painted).length,
      interactiveMs: state.interactiveAt
    };
  });
}

/** Opens `url` and waits until its checklist is interactive. */
export async function loadUntilInteractive(page: Page, url: string, timeoutMs: number): Promise<PageLoad> {
  await openUntilInteractive(page, url, timeoutMs);
  return page.evaluate(() => {
    const state = (window as unknown as { __bench: { interactiveAt: number; appStartAt?: number } }).__bench;
    const before = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) => entry.startTime <= state.interactiveAt);
    const api = before.filter((entry) => /\/_api\//i.test(entry.name));
    const scripts = before.filter((entry) => entry.initiatorType === 'script' || /\.js(\?|$)/.test(entry.name));
    const answered = api.filter((entry) => entry.responseEnd > 0 && entry.responseEnd <= state.interactiveAt);
    const max = (values: number[]): number | undefined => (values.length === 0 ? undefined : Math.max(...values));
    return {
      interactiveMs: state.interactiveAt,
      fromAppStartMs: state.appStartAt === undefined ? undefined : state.interactiveAt - state.appStartAt,
      requestsStarted: api.filter((entry) => !/\/_api\/contextinfo/i.test(entry.name)).length,
      scriptsLoadedMs: max(scripts.map((entry) => entry.responseEnd)),
      firstRequestMs: api.length === 0 ? undefined : Math.min(...api.map((entry) => entry.startTime)),
      lastResponseMs: max(answered.map((entry) => entry.responseEnd))
    };
  });
}

export async function checkboxes(page: Page): Promise<ElementHandle<Element>[]> {
  return (await page.getByRole('checkbox').elementHandles()) as ElementHandle<Element>[];
}

export function isChecked(box: ElementHandle<Element>): Promise<boolean> {
  return box.evaluate((el) => (window as unknown as { __bench: PageProbe }).__bench.isOn(el));
}

/** Resolves once no pending text is on the page (all ticks confirmed), or after `timeoutMs`. */
export async function waitUntilSettled(page: Page, timeoutMs: number): Promise<boolean> {
  try {
    await page.waitForFunction((texts) => !texts.some((text) => (document.body.textContent ?? '').includes(text)), PENDING_TEXTS, {
      timeout: timeoutMs,
      polling: 50
    });
    return true;
  } catch {
    return false;
  }
}
