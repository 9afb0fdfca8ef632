/** Using the page with the keyboard alone, as a person who cannot use a mouse does. */
import type { Locator, Page } from 'playwright-core';

/** Whether the element, or something inside it, has the focus. */
export function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement || element.contains(document.activeElement));
}

/**
 * Presses Tab (Shift+Tab with `backwards`) until `target` has the focus, and fails when it is not reached:
 * the element must be in the tab order. Returns the number of presses it took.
 */
export async function tabTo(page: Page, target: Locator, { backwards = false, maxPresses = 80 } = {}): Promise<number> {
  for (let presses = 0; presses <= maxPresses; presses++) {
    if (await hasFocus(target)) return presses;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  const focused = await page.evaluate(() => {
    const element = document.activeElement;
    return element ? `${element.localName}${element.id ? `#${element.id}` : ''} "${(element.textContent ?? '').trim().slice(0, 60)}"` : 'nothing';
  });
  throw new Error(`${maxPresses} presses of ${backwards ? 'Shift+Tab' : 'Tab'} did not reach ${target.toString()}; the focus is on ${focused}`);
}

/** Whether a focused element shows a focus indicator as Fluent draws it for keyboard users. */
export function showsKeyboardFocus(target: Locator): Promise<boolean> {
  return target.evaluate((element) => {
    const focused = document.activeElement;
    const visible = (node: Element | null): boolean => node !== null && (node.hasAttribute('data-fui-focus-visible') || node.matches(':focus-visible'));
    return (element === focused || element.contains(focused)) && (visible(focused) || visible(element) || element.querySelector('[data-fui-focus-within]') !== null);
  });
}

/** The app's view tabs (the content view has tabs of its own further down): the navigation that holds a tab list. */
function viewNavigation(page: Page): Locator {
  return page.getByRole('navigation').filter({ has: page.getByRole('tablist') }).first();
}

/**
 * Opens another of the app's views with the keyboard: Tab to the selected view tab, the arrow keys along
 * the tabs, Enter. Where the width does not hold every tab (a 320 px side panel), a tab that is not shown is
 * in the overflow menu beside the tabs: Tab on to its button, Enter opens the menu, ↓ to the view, Enter.
 * `tabName` is the target tab's accessible name.
 */
export async function keyboardToTab(page: Page, tabName: string): Promise<void> {
  const navigation = viewNavigation(page);
  // Only the tabs that are shown: the others are in the overflow menu.
  const tabs = navigation.getByRole('tablist').getByRole('tab');
  await tabTo(page, tabs.and(page.getByRole('tab', { selected: true })));
  const names = (await tabs.allInnerTexts()).map((name) => name.trim());
  const to = names.indexOf(tabName);
  if (to < 0) {
    await keyboardToOverflowView(page, navigation, tabName, names);
    return;
  }
  const from = await tabs.evaluateAll((all) => all.findIndex((tab) => tab === document.activeElement));
  for (let step = from; step !== to; step += to > from ? 1 : -1) await page.keyboard.press(to > from ? 'ArrowRight' : 'ArrowLeft');
  if (!(await hasFocus(tabs.nth(to)))) throw new Error(`The arrow keys did not reach the tab "${tabName}".`);
  await page.keyboard.press('Enter');
}

/** From the selected tab: Tab to the overflow menu's button, Enter, ↓ to the view's item, Enter. */
async function keyboardToOverflowView(page: Page, navigation: Locator, tabName: string, shown: string[]): Promise<void> {
  const more = navigation.getByRole('button');
  if ((await more.count()) === 0) throw new Error(`There is no tab named "${tabName}" and no overflow menu (tabs: ${shown.join(', ')}).`);
  await tabTo(page, more);
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await menu.waitFor();
  const items = (await menu.getByRole('menuitem').allInnerTexts()).map((name) => name.trim());
  const to = items.indexOf(tabName);
  if (to < 0) throw new Error(`There is no tab named "${tabName}" (tabs: ${shown.join(', ')}; in the menu: ${items.join(', ')}).`);
  // The menu opens with the focus on its first item.
  for (let step = 0; step < to; step++) await page.keyboard.press('ArrowDown');
  if (!(await hasFocus(menu.getByRole('menuitem').nth(to)))) throw new Error(`The arrow keys did not reach "${tabName}" in the overflow menu.`);
  await page.keyboard.press('Enter');
  await menu.waitFor({ state: 'detached' });
}

/**
 * Types `script` as a person at the keyboard: text as it stands, keys in braces pressed on the way,
 * e.g. `Det är {Control+B}viktigt{Control+B}.{Enter}`.
 */
export async function typeKeys(page: Page, script: string): Promise<void> {
  for (const part of script.split(/(\{[^{}]+\})/)) {
    const key = /^\{(.+)\}$/.exec(part)?.[1];
    if (key !== undefined) await page.keyboard.press(key);
    else if (part !== '') await page.keyboard.type(part);
  }
}
