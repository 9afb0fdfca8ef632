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

/**
 * Opens another of the app's views with the keyboard: Tab to the selected view tab, the arrow keys along
 * the tabs, Enter. `tabName` is the target tab's accessible name.
 */
export async function keyboardToTab(page: Page, tabName: string): Promise<void> {
  // The app's view tabs come first on the page (the content view has tabs of its own further down).
  const tabs = page.getByRole('tablist').first().getByRole('tab');
  await tabTo(page, tabs.and(page.getByRole('tab', { selected: true })));
  const names = await tabs.allInnerTexts();
  const from = await tabs.evaluateAll((all) => all.findIndex((tab) => tab === document.activeElement));
  const to = names.findIndex((name) => name.trim() === tabName);
  if (to < 0) throw new Error(`There is no tab named "${tabName}" (tabs: ${names.join(', ')}).`);
  for (let step = from; step !== to; step += to > from ? 1 : -1) await page.keyboard.press(to > from ? 'ArrowRight' : 'ArrowLeft');
  if (!(await hasFocus(tabs.nth(to)))) throw new Error(`The arrow keys did not reach the tab "${tabName}".`);
  await page.keyboard.press('Enter');
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
