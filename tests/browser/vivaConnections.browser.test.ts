/**
 * The local page's Viva Connections host: the real card class on the SPFx stand-in, its card view and quick
 * view drawn by the Adaptive Cards renderer, in the dashboard's light, dark and high-contrast themes, in
 * Swedish and English, for a member of a unit and a reader with none. axe finds no WCAG 2.1 AA violations
 * on the card or the opened quick view, and the quick view's links open the app at the right view.
 */
import type { Page } from 'playwright-core';
import { axeViolations, browserSuite, pageAddress, saveScreenshot, Setup, ui, VIEW_TIMEOUT_MS } from './harness';

const suite = browserSuite();

const SETUPS: Array<[name: string, setup: Setup]> = [
  ['viva-light-member-sv', { host: 'viva', theme: 'light', user: 'member', lang: 'sv' }],
  ['viva-dark-member-en', { host: 'viva', theme: 'dark', user: 'member', lang: 'en' }],
  ['viva-contrast-reader-sv', { host: 'viva', theme: 'contrast', user: 'reader', lang: 'sv' }]
];

describe.each(SETUPS)('in %s', (name, setup) => {
  let page: Page;
  const { strings } = ui(setup.lang);

  beforeAll(async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });

  afterAll(async () => {
    await page?.context().close();
  });

  test('the card in both sizes and its quick view meet WCAG 2.1 AA as axe checks them', async () => {
    await page.goto(pageAddress(suite.app.url, setup));
    const large = page.getByRole('region', { name: strings.devPageVivaLarge, exact: true });
    const medium = page.getByRole('region', { name: strings.devPageVivaMedium, exact: true });
    // The card says where the unit stands (or, for a reader, the goal) once its data has come.
    const standing = setup.user === 'member' ? strings.cardUnitSummary.split('{level}')[0] : 'Stockholms stad är en öppen';
    await large.getByText(standing).waitFor({ timeout: VIEW_TIMEOUT_MS });
    await medium.getByText(standing).waitFor({ timeout: VIEW_TIMEOUT_MS });
    expect(await medium.getByRole('button').count()).toBe(1);
    expect(await large.getByRole('link', { name: strings.cardOpenApp }).count()).toBe(1);
    await saveScreenshot(page, `${name}/card`);
    await expect(axeViolations(page)).resolves.toEqual([]);

    await large.getByRole('button', { name: strings.cardShowMore }).click();
    const quickView = page.getByRole('region', { name: strings.appTitle, exact: true });
    await quickView.getByRole('heading', { name: strings.updatesHeading }).waitFor({ timeout: VIEW_TIMEOUT_MS });
    await saveScreenshot(page, `${name}/quick-view`);
    await expect(axeViolations(page)).resolves.toEqual([]);

    if (setup.user === 'member') {
      expect(await quickView.getByRole('heading', { name: strings.plansHeading }).count()).toBe(1);
      const plan = quickView.getByRole('link', { name: /jämställt|gender/i }).first();
      await plan.click();
      await page.waitForURL(/host=sharepoint.*mrView=plans&mrPlan=genderEquality|mrView=plans&mrPlan=genderEquality/, { timeout: VIEW_TIMEOUT_MS });
      expect(new URL(page.url()).searchParams.get('host')).toBe('sharepoint');
    } else {
      expect(await quickView.getByRole('heading', { name: strings.plansHeading }).count()).toBe(0);
      await quickView.getByRole('button', { name: strings.devPageVivaClose }).click();
      await quickView.waitFor({ state: 'detached' });
    }
  }, 120_000);
});
