/**
 * The local host page in Chromium, as `npm start` serves it (the local SharePoint, set up and seeded):
 * what jsdom cannot show. Keyboard use goes through Fluent's own arrow-key handling, which needs a real
 * layout; axe checks landmarks, names and colour contrast in every theme and host.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { startLocal } from '../../../local/start';
import type { LocalSharePoint } from '../../../local/server/index.ts';
import { localizationFor } from '../../../src/ui/loc';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const sv = localizationFor('sv-SE').strings;
const en = localizationFor('en-GB').strings;

let pageRoot: string;
let sharePoint: LocalSharePoint;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  pageRoot = mkdtempSync(join(tmpdir(), 'mr-local-page-'));
  const build = spawnSync(process.execPath, [join(__dirname, '..', '..', '..', 'tools', 'build-local-page.mjs'), pageRoot], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`The local page did not build:\n${build.stderr}`);
  sharePoint = await startLocal({ argv: ['--port', '0', '--memory'], pageRoot, log: () => undefined });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await sharePoint?.close();
  rmSync(pageRoot, { recursive: true, force: true });
});

beforeEach(async () => {
  // A context of its own per test (axe needs one, and cookies such as the local user must not carry over).
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
});

afterEach(async () => {
  await context.close();
});

/**
 * Fluent's focus manager (tabster) puts hidden, focusable <i data-tabster-dummy> elements at the edges of
 * a focus area; they only pass the focus on. axe reports them as aria-hidden-focus, a known false positive
 * that Microsoft's Accessibility Insights suppresses the same way (microsoft/tabster#288).
 */
function isTabsterDummy(rule: string, html: string): boolean {
  return rule === 'aria-hidden-focus' && html.includes('data-tabster-dummy');
}

/** Opens the page and waits until the view shows its data (the overview: once it quotes the goal). */
async function open(query: string, ready = 'blockquote'): Promise<void> {
  await page.goto(`${sharePoint.url}/${query}`);
  await page.locator(ready).first().waitFor({ timeout: 30_000 });
  await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 30_000 });
}

async function axeViolations(): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .map((violation) => ({ ...violation, nodes: violation.nodes.filter((node) => !isTabsterDummy(violation.id, node.html)) }))
    .filter((violation) => violation.nodes.length > 0)
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test('the views are reached with the keyboard alone, with a visible focus', async () => {
  await open('?host=teams&theme=light&user=member&lang=sv');
  const overview = page.getByRole('tab', { name: sv.viewOverview });
  // Tab from the top of the page until the selected tab has the focus: it is in the tab order.
  for (let presses = 0; presses < 20 && !(await overview.evaluate((tab) => tab === document.activeElement)); presses++) {
    await page.keyboard.press('Tab');
  }
  await expect(overview.evaluate((tab) => tab === document.activeElement)).resolves.toBe(true);
  await page.keyboard.press('ArrowRight');
  const plans = page.getByRole('tab', { name: sv.viewPlans });
  await expect(plans.evaluate((tab) => tab === document.activeElement)).resolves.toBe(true);
  await expect(plans.evaluate((tab) => tab.hasAttribute('data-fui-focus-visible'))).resolves.toBe(true);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 2, name: sv.viewPlans }).waitFor();
  await expect(plans.getAttribute('aria-selected')).resolves.toBe('true');
  expect(new URL(page.url()).searchParams.get('mrView')).toBe('plans');
});

test('a deep link opens a plan', async () => {
  await page.goto(`${sharePoint.url}/?host=teams&theme=light&user=member&lang=en&mrView=plans&mrPlan=genderEquality`);
  const current = page.locator('article[aria-current="true"]');
  await current.waitFor({ timeout: 30_000 });
  await expect(current.locator('h3').textContent()).resolves.toBe('A gender-equal Stockholm');
  await expect(page.getByRole('heading', { level: 2, name: en.viewPlans }).count()).resolves.toBe(1);
});

describe.each([
  ['a Teams tab, light', '?host=teams&theme=light&user=member&lang=sv'],
  ['a Teams tab, dark', '?host=teams&theme=dark&user=member&lang=sv'],
  ['a Teams tab, high contrast', '?host=teams&theme=contrast&user=member&lang=en'],
  ['a SharePoint page, site theme', '?host=sharepoint&theme=site&user=editor&lang=sv'],
  ['a SharePoint page, dark section', '?host=sharepoint&theme=dark&user=reader&lang=en'],
  ['a meeting side panel', '?host=meeting&theme=dark&user=member&lang=sv']
])('the overview in %s', (_, query) => {
  test('meets WCAG 2.1 AA as axe checks it', async () => {
    await open(query);
    await expect(axeViolations()).resolves.toEqual([]);
  });
});

describe.each([
  ['plans', 'article'],
  ['staircase', 'ol'],
  ['updates', 'h3'],
  ['followUp', 'table']
])('the %s view in a dark Teams tab', (view, ready) => {
  test('meets WCAG 2.1 AA as axe checks it', async () => {
    await open(`?host=teams&theme=dark&user=member&lang=sv&mrView=${view}`, `[role="tabpanel"] ${ready}`);
    await expect(axeViolations()).resolves.toEqual([]);
  });
});
