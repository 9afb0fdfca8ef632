/**
 * Opening the local host page as one person in one host, theme and language, and waiting until a view shows
 * its data. The page keeps these choices in its address (src/hosts/local/localOptions.ts), and the app's
 * deep link (src/ui/routing) rides along, as a Teams sub-page id in the Teams frames.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { ViewKey } from '../../../src/ui/routing';
import { uiStrings } from './strings';

export type LocalHostKind = 'sharepoint' | 'teams' | 'personal' | 'meeting';
export type LocalTheme = 'light' | 'dark' | 'contrast' | 'site';
export type LocalUser = 'editor' | 'member' | 'reader';
export type Language = 'sv' | 'en';

export interface Setup {
  host: LocalHostKind;
  theme: LocalTheme;
  user: LocalUser;
  lang: Language;
}

/** Where in the app: a view, and the plan or update a deep link opens. */
export interface Place {
  view?: ViewKey;
  plan?: string;
  update?: string;
}

/** Generous: the page, its lazily loaded view and the view's data on a busy two-core CI machine. */
export const VIEW_TIMEOUT_MS = 30_000;

export function pageAddress(baseUrl: string, setup: Setup, place: Place = {}): string {
  const query = new URLSearchParams({ host: setup.host, theme: setup.theme, user: setup.user, lang: setup.lang });
  if (place.view !== undefined) query.set('mrView', place.view);
  if (place.plan !== undefined) query.set('mrPlan', place.plan);
  if (place.update !== undefined) query.set('mrUpdate', place.update);
  return `${baseUrl}/?${query.toString()}`;
}

/** The heading that shows a view has rendered its own content (the overview's first card, else the view's title). */
export function viewHeading(view: ViewKey, lang: Language): string {
  const strings = uiStrings(lang);
  const headings: Record<ViewKey, string> = {
    overview: strings.goalHeading,
    plans: strings.viewPlans,
    staircase: strings.viewStaircase,
    updates: strings.viewUpdates,
    followUp: strings.viewFollowUp
  };
  return headings[view];
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

export async function openApp(page: Page, baseUrl: string, setup: Setup, place: Place = {}): Promise<void> {
  await page.goto(pageAddress(baseUrl, setup, place));
  await waitForView(page, place.view ?? 'overview', setup.lang);
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
