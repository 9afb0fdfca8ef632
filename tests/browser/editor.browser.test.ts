/**
 * The editor journey, with the keyboard alone: an editor writes an update with formatting and a link and
 * publishes it; a member of staff sees it marked new and reads it as written. Then the hostile-input corpus
 * (tests/fixtures/hostileInputs.ts) is published, pasted into the editor and stored straight in the list as
 * anyone with access to the list could, and rendered for staff: no script runs (no dialog, no flag, no error,
 * no window), and the rendered rich text holds nothing active.
 */
import type { Locator, Page } from 'playwright-core';
import { HOSTILE_INPUTS } from '../fixtures/hostileInputs';
import {
  axeViolations,
  browserSuite,
  DEMO_UPDATES,
  hasFocus,
  keyboardToTab,
  openPerson,
  Person,
  saveScreenshot,
  ScriptWatch,
  serverClient,
  tabTo,
  typeKeys,
  ui,
  viewPanel,
  waitForIdle,
  waitForView,
  watchForScript
} from './harness';

const suite = browserSuite();
const JOURNEY_MS = 180_000;
const { strings } = ui('sv');

const TITLE = 'Utbildning i jämställdhet under hösten';
const SUMMARY = 'Alla medarbetare erbjuds en grundutbildning om jämställdhet.';
const LINK = 'https://start.stockholm/mr-programmet/utbildning';
const PASTED_TITLE = 'Inklistrad text från ett annat dokument';

const people: Person[] = [];

afterAll(async () => {
  await Promise.all(people.map((person) => person.close()));
});

interface Watched {
  person: Person;
  page: Page;
  watch: ScriptWatch;
}

/** A person's browser in a Teams tab, watched for script from the start. */
async function open(user: 'editor' | 'member'): Promise<Watched> {
  const person = await openPerson(suite.browser, suite.app.url, { host: 'teams', theme: 'light', user, lang: 'sv' });
  people.push(person);
  return { person, page: person.page, watch: await watchForScript(person.page) };
}

/** The editor, from the overview to the form for a new update in the updates view, with the keyboard. */
async function editorWithNewForm(): Promise<Watched> {
  const editor = await open('editor');
  await editor.person.open({ view: 'overview' });
  await keyboardToTab(editor.page, strings.viewUpdates);
  await waitForView(editor.page, 'updates', 'sv');
  await tabTo(editor.page, viewPanel(editor.page).getByRole('button', { name: strings.updateNew }));
  await editor.page.keyboard.press('Enter');
  await viewPanel(editor.page).getByRole('heading', { name: strings.updateNew, exact: true }).waitFor();
  return editor;
}

/** Opens every update's text (test scaffolding: the journey above opens one with the keyboard). */
async function openEveryBody(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
}

/** The list item of the update titled `title` in the updates view. */
function updateItem(page: Page, title: string): Locator {
  return viewPanel(page).getByRole('listitem').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
}

/** Moves along a Fluent toolbar with the arrow keys until the named button has the focus, and presses it. */
async function pressToolbarButton(page: Page, name: string): Promise<void> {
  const toolbar = page.getByRole('toolbar', { name: strings.richTextToolbar });
  const button = toolbar.getByRole('button', { name, exact: true });
  await tabTo(page, toolbar, { backwards: true });
  await page.keyboard.press('Home');
  for (let presses = 0; presses < 12 && !(await hasFocus(button)); presses++) await page.keyboard.press('ArrowRight');
  if (!(await hasFocus(button))) throw new Error(`The arrow keys did not reach the toolbar button "${name}".`);
  await page.keyboard.press('Enter');
}

/**
 * From the summary into the body, as a keyboard user fills the form in: Tab to the formatting toolbar, Tab again
 * into the body. Fails with the reason when the body is not next in the Tab order.
 */
async function intoBody(page: Page): Promise<Locator> {
  const panel = viewPanel(page);
  const body = panel.getByRole('textbox', { name: strings.updateFieldBody });
  await tabTo(page, panel.getByRole('textbox', { name: strings.updateFieldSummary }));
  await page.keyboard.press('Tab');
  await expect(hasFocus(page.getByRole('toolbar', { name: strings.richTextToolbar }))).resolves.toBe(true);
  await page.keyboard.press('Tab');
  if (!(await hasFocus(body))) {
    const focused = await page.evaluate(() => `${document.activeElement?.localName} "${document.activeElement?.getAttribute('aria-label') ?? ''}"`);
    throw new Error(`Tab from the formatting toolbar does not reach the body ("${strings.updateFieldBody}"); the focus went to ${focused}.`);
  }
  return body;
}

/** Chooses "published" with the arrow keys and saves with Enter on Save; waits until the list says it is saved. */
async function publishAndSave(page: Page): Promise<void> {
  const panel = viewPanel(page);
  await tabTo(page, panel.getByRole('radio', { name: strings.updateStatusDraft }));
  await page.keyboard.press('ArrowDown');
  await expect(panel.getByRole('radio', { name: strings.updateStatusPublished }).isChecked()).resolves.toBe(true);
  await tabTo(page, panel.getByRole('button', { name: strings.editSave, exact: true }));
  await page.keyboard.press('Enter');
  await panel.getByText(strings.updateSaved, { exact: true }).waitFor();
  await waitForIdle(page);
}

test('an editor publishes an update with formatting and a link; staff see it marked new, as written', async () => {
  // Maja last looked at the updates an hour ago (her browser's clock is set back for that visit).
  const staff = await open('member');
  await staff.person.context.clock.install({ time: Date.now() - 60 * 60_000 });
  await staff.person.open({ view: 'updates' });

  const editor = await editorWithNewForm();
  const { page } = editor;
  const panel = viewPanel(page);
  await tabTo(page, panel.getByRole('textbox', { name: strings.updateFieldTitle, exact: true }));
  await page.keyboard.type(TITLE);
  await tabTo(page, panel.getByRole('textbox', { name: strings.updateFieldSummary }));
  await page.keyboard.type(SUMMARY);

  // The body: a heading from the toolbar, bold and italics by shortcut, a bulleted list, and a link (Ctrl+K).
  const body = await intoBody(page);
  await typeKeys(page, 'Höstens utbildningar');
  await pressToolbarButton(page, strings.richTextHeading2);
  await typeKeys(page, '{End}{Enter}Utbildningen är {Control+B}obligatorisk{Control+B} för alla chefer och {Control+I}frivillig{Control+I} för övriga.{Enter}');
  await pressToolbarButton(page, strings.richTextBulletedList);
  await typeKeys(page, 'Grundkurs i september{Enter}Fördjupning i november{Enter}{Enter}Anmälan: ');
  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog', { name: strings.richTextLinkDialogTitle });
  await dialog.waitFor();
  await expect(axeViolations(page)).resolves.toEqual([]);
  await saveScreenshot(page, 'editor/link-dialog');
  await page.keyboard.type(LINK);
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
  // Inserting the link only inserts the link: the update is not saved yet, the form stays open, and the focus
  // is back in the body, after the link.
  await expect(panel.getByText(strings.updateSaved, { exact: true }).count()).resolves.toBe(0);
  await expect(panel.getByRole('heading', { name: strings.updateNew, exact: true }).count()).resolves.toBe(1);
  await expect(hasFocus(body)).resolves.toBe(true);
  await page.keyboard.type(' senast den 1 september.');

  await expect(axeViolations(page)).resolves.toEqual([]);
  await saveScreenshot(page, 'editor/new-update');
  await publishAndSave(page);
  await updateItem(page, TITLE).waitFor();

  // Staff, an hour after their last visit: the update is marked new, the older ones are not.
  await staff.person.context.clock.fastForward('01:00:00');
  await staff.person.open({ view: 'updates' });
  const news = updateItem(staff.page, TITLE);
  await news.getByText(strings.updateNewBadge, { exact: true }).waitFor();
  for (const older of DEMO_UPDATES) {
    await expect(updateItem(staff.page, older.title).getByText(strings.updateNewBadge, { exact: true }).count()).resolves.toBe(0);
  }
  await news.getByText(SUMMARY, { exact: true }).waitFor();
  // The whole text, opened with the keyboard, as the editor wrote it.
  await tabTo(staff.page, news.getByText(strings.updateReadMore, { exact: true }));
  await staff.page.keyboard.press('Enter');
  const text = news.locator('details');
  await text.getByRole('heading', { name: 'Höstens utbildningar' }).waitFor();
  await expect(text.locator('strong, b').innerText()).resolves.toBe('obligatorisk');
  await expect(text.locator('em, i').innerText()).resolves.toBe('frivillig');
  await expect(text.getByRole('list').getByRole('listitem').allInnerTexts()).resolves.toEqual(['Grundkurs i september', 'Fördjupning i november']);
  const link = text.getByRole('link', { name: LINK });
  await expect(link.getAttribute('href')).resolves.toBe(LINK);
  await expect(link.getAttribute('target')).resolves.toBe('_blank');
  await expect(link.getAttribute('rel')).resolves.toBe('noopener noreferrer');
  await expect(text.innerText()).resolves.toContain('senast den 1 september.');
  await expect(axeViolations(staff.page)).resolves.toEqual([]);
  await saveScreenshot(staff.page, 'editor/staff-reads-new-update');

  await expect(editor.watch.problems()).resolves.toEqual([]);
  await expect(staff.watch.problems()).resolves.toEqual([]);
}, JOURNEY_MS);

test('the hostile-input corpus, stored in the list, is rendered for staff and no script runs', async () => {
  // Every hostile input published straight in the list, as anyone who can edit the list in SharePoint could.
  const { repos } = serverClient(suite.app, 'editor');
  const publishAt = new Date(Date.now() - 60_000).toISOString();
  for (const input of HOSTILE_INPUTS) {
    await repos.updates.save({ id: 0, title: `Fientlig: ${input.name}`, summary: input.html, body: input.html, status: 'published', publishAt, pinned: false });
  }

  const staff = await open('member');
  await staff.person.open({ view: 'updates' });
  await updateItem(staff.page, `Fientlig: ${HOSTILE_INPUTS[0].name}`).waitFor();
  await openEveryBody(staff.page);
  await expect(staff.watch.richTextCount()).resolves.toBeGreaterThanOrEqual(HOSTILE_INPUTS.length);
  await staff.watch.provokeHandlers();
  await saveScreenshot(staff.page, 'editor/hostile-corpus');
  await expect(staff.watch.activeContent()).resolves.toEqual([]);
  await expect(staff.watch.problems()).resolves.toEqual([]);
}, JOURNEY_MS);

test('the hostile-input corpus pasted into the editor is published and rendered, and no script runs', async () => {
  const editor = await editorWithNewForm();
  const { page } = editor;
  await tabTo(page, viewPanel(page).getByRole('textbox', { name: strings.updateFieldTitle, exact: true }));
  await page.keyboard.type(PASTED_TITLE);
  await intoBody(page);
  // The whole corpus on the clipboard as HTML, as when copied from a web page, and pasted with Ctrl+V.
  await editor.person.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.app.url });
  await page.evaluate(async (html) => {
    const item = new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob(['–'], { type: 'text/plain' }) });
    await navigator.clipboard.write([item]);
  }, HOSTILE_INPUTS.map((input) => input.html).join('\n'));
  await page.keyboard.press('Control+V');
  await expect(editor.watch.problems()).resolves.toEqual([]);
  await publishAndSave(page);

  const staff = await open('member');
  await staff.person.open({ view: 'updates' });
  const pasted = updateItem(staff.page, PASTED_TITLE);
  await pasted.waitFor();
  await openEveryBody(staff.page);
  await expect(pasted.innerText()).resolves.toContain('Hej');
  await staff.watch.provokeHandlers();
  await expect(staff.watch.activeContent()).resolves.toEqual([]);
  await expect(staff.watch.problems()).resolves.toEqual([]);
  await expect(editor.watch.activeContent()).resolves.toEqual([]);
  await expect(editor.watch.problems()).resolves.toEqual([]);
}, JOURNEY_MS);
