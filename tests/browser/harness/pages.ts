/**
 * Opening the local host page as one person in one host, theme and language, and waiting until a view shows
 * its data. The page keeps these choices in its address (src/hosts/devPage/devPageOptions.ts), and the app's
 * deep link (src/ui/routing) rides along, as a Teams sub-page id in the Teams frames.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { DevPageLanguage as LocalLanguage, DevPageOptions as LocalOptions } from '../../../src/hosts/devPage/devPageOptions';
import { Route, routeToQuery, ViewKey } from '../../../src/ui/routing';
import { uiStrings } from './strings';

export type { DevPageHostKind as LocalHostKind, DevPageTheme as LocalTheme, DevPageUser as LocalUser } from '../../../src/hosts/devPage/devPageOptions';
export type Language = LocalLanguage;

/** The local page's choices; without a team, the demo team, which the page picks itself. */
export type Setup = Omit<LocalOptions, 'team'> & { team?: string };

/** Where in the app: a view, and the item (plan, update, content section) a deep link opens at. */
export type Place = Route;

/** Generous: the page, its lazily loaded view and the view's data on a busy two-core CI machine. */
export const VIEW_TIMEOUT_MS = 30_000;

/** The local page's address for a setup, with the deep link written as the app writes it (src/ui/routing). */
export function pageAddress(baseUrl: string, setup: Setup, place: Place = { view: 'overview' }): string {
  const query = new URLSearchParams(routeToQuery(place));
  for (const [name, value] of Object.entries(setup)) if (value !== undefined) query.set(name, value);
  return `${baseUrl}/?${query.toString()}`;
}

/** The name of the tab that opens `view`, in the interface language (the texts `viewOverview`, `viewPlans`, …). */
export function viewTabName(view: ViewKey, lang: Language): string {
  return uiStrings(lang)[`view${view.charAt(0).toUpperCase()}${view.slice(1)}`];
}

/** The heading that shows a view has rendered its own content: the overview's first card, else the view's title. */
export function viewHeading(view: ViewKey, lang: Language): string {
  return view === 'overview' ? uiStrings(lang).goalHeading : viewTabName(view, lang);
}

/** The app's tab panel: the selected view. */
export function viewPanel(page: Page): Locator {
  return page.getByRole('tabpanel');
}

/** Waits until nothing on the page is loading (Fluent's skeletons are aria-busy). */
export async function waitForIdle(page: Page, timeout: number = VIEW_TIMEOUT_MS): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null, undefined, { timeout });
}

/** Waits until `view` shows its data. */
export async function waitForView(page: Page, view: ViewKey, lang: Language): Promise<void> {
  await viewPanel(page).getByRole('heading', { name: viewHeading(view, lang), exact: true }).first().waitFor({ timeout: VIEW_TIMEOUT_MS });
  await waitForIdle(page);
}

export async function openApp(page: Page, baseUrl: string, setup: Setup, place: Place = { view: 'overview' }): Promise<void> {
  await page.goto(pageAddress(baseUrl, setup, place));
  await waitForView(page, place.view, setup.lang);
}

/** One person's browser: a context of its own (own cookies and storage, so its own local user and tick queue). */
export interface Person {
  setup: Setup;
  context: BrowserContext;
  page: Page;
  open(place?: Place): Promise<void>;
  close(): Promise<void>;
}

export const VIEWPORT = { width: 1280, height: 900 };

export async function openPerson(browser: Browser, baseUrl: string, setup: Setup, place?: Place): Promise<Person> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: setup.lang === 'sv' ? 'sv-SE' : 'en-GB' });
  const page = await context.newPage();
  const person: Person = {
    setup,
    context,
    page,
    open: (where) => openApp(page, baseUrl, setup, where),
    close: () => context.close()
  };
  if (place !== undefined) await person.open(place);
  return person;
}
