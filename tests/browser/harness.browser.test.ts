/**
 * The browser tests' own checks fail when they should: a missing Chromium is reported (or installed), never
 * skipped; axe, the script watch and the write recorder see what is planted for them. Without these, a journey
 * that passes could also be a check that cannot fail.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { HOSTILE_FLAG, HOSTILE_SCRIPT } from '../fixtures/hostileInputs';
import { axeViolations, ensureChromium, launchChromium, recordWrites, watchForScript } from './harness';

describe('ensureChromium', () => {
  let folder: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'mr-chromium-'));
  });

  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  test('without Chromium and without a way to install it, fails and says what to do', async () => {
    await expect(ensureChromium({ path: join(folder, 'chromium'), install: false, log: () => undefined })).rejects.toThrow(
      /need Chromium at .*apt-get install chromium.*MR_CHROMIUM/s
    );
  });

  test('without Chromium, installs it once, however many test files ask at the same time', async () => {
    const path = join(folder, 'chromium');
    const log: string[] = [];
    let installs = 0;
    const install = (): void => {
      installs++;
      writeFileSync(path, '');
    };
    const found = await Promise.all([1, 2, 3].map(() => ensureChromium({ path, install, log: (line) => log.push(line) })));
    expect(found).toEqual([path, path, path]);
    expect(installs).toBe(1);
    expect(log).toEqual([`Chromium is missing at ${path}: installing it for the browser tests.`, `Chromium installed at ${path}.`]);
  });

  test('an install that leaves no Chromium behind fails', async () => {
    const path = join(folder, 'chromium');
    await expect(ensureChromium({ path, install: () => undefined, log: () => undefined })).rejects.toThrow(/still missing/);
    expect(existsSync(path)).toBe(false);
  });
});

describe('in Chromium', () => {
  const ORIGIN = 'http://mr.test';
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
  }, 15 * 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    page = await browser.newPage();
    // A page of our own at an address of our own; SharePoint's REST API answers every call with an empty success.
    await page.route(`${ORIGIN}/**`, (route) =>
      route.request().url().includes('/_api/')
        ? route.fulfill({ status: 200, contentType: 'application/json', body: '{}' })
        : route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html lang="sv"><head><title>Prov</title><link rel="icon" href="data:,"></head><body><main><h1>Prov</h1></main></body></html>' })
    );
  });

  afterEach(async () => {
    await page.close();
  });

  test('axe reports what breaks WCAG 2.1 AA and nothing on a clean page', async () => {
    await page.goto(`${ORIGIN}/`);
    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.evaluate(() => {
      document.querySelector('main')?.insertAdjacentHTML('beforeend', '<button></button><p style="color:#777;background:#888">svag kontrast</p>');
    });
    const violations = await axeViolations(page);
    expect(violations).toEqual([expect.stringMatching(/^button-name \(critical\)/), expect.stringMatching(/^color-contrast \(serious\)/)]);
  }, 60_000);

  test('the script watch sees a payload that runs, and active content in rendered rich text', async () => {
    const watch = await watchForScript(page);
    await page.goto(`${ORIGIN}/`);
    await expect(watch.problems()).resolves.toEqual([]);
    // Rich text as RichTextView renders it: the content, then its hidden "opens in a new window" hint.
    await page.evaluate((script) => {
      document.querySelector('main')?.insertAdjacentHTML(
        'beforeend',
        `<div><p>Hej</p><img src="x" onerror="${script}"></div><span hidden id="mr-rich-text-new-window-1">Öppnas i ett nytt fönster</span>`
      );
    }, HOSTILE_SCRIPT);
    await expect(watch.richTextCount()).resolves.toBe(1);
    await expect(watch.activeContent()).resolves.toEqual(['rich text 0: onerror handler on <img>', 'inline onerror handler on <img>']);
    await page.waitForFunction((flag) => (window as unknown as Record<string, unknown>)[flag] === true, HOSTILE_FLAG);
    const problems = await watch.problems();
    expect(problems).toContain('a alert dialog opened: "1"');
    expect(problems).toContain(`window.${HOSTILE_FLAG} was set: a hostile payload ran`);
    await page.evaluate(() => console.error('trasigt'));
    await expect(watch.problems()).resolves.toContainEqual(expect.stringMatching(/^console error: trasigt/));
  }, 60_000);

  test('the write recorder sees writes, in a batch too, and not reads, the form digest or a change-log read', async () => {
    const wire = recordWrites(page);
    await page.goto(`${ORIGIN}/`);
    await page.evaluate(async () => {
      const api = '/sites/mr/_api';
      await fetch(`${api}/web/lists`);
      await fetch(`${api}/contextinfo`, { method: 'POST' });
      await fetch(`${api}/web/lists/getByTitle('MR-Bockar')/getchanges`, { method: 'POST', body: '{}' });
      await fetch(`${api}/$batch`, { method: 'POST', body: '--batch\nContent-Type: application/http\n\nGET http://mr.test/sites/mr/_api/web HTTP/1.1\n' });
      await fetch(`${api}/$batch`, { method: 'POST', body: '--batch\nContent-Type: application/http\n\nMERGE http://mr.test/sites/mr/_api/web/lists/items(1) HTTP/1.1\n' });
      await fetch(`${api}/web/lists/items`, { method: 'POST', body: '{}' });
    });
    expect(wire.writes()).toEqual(['$batch with MERGE', 'POST /sites/mr/_api/web/lists/items']);
  }, 60_000);
});
