/**
 * WCAG 2.2's AA criteria that axe-core does not check, scripted in the real browser:
 * - 2.5.7 Dragging movements: nothing on the view is draggable (the app has no drag interaction; see
 *   tests/ui/dragging.test.ts for the source side), so no single-pointer alternative is owed;
 * - 3.2.6 Consistent help: where the help is among the parts every view repeats.
 */
import type { Page } from 'playwright-core';

/** Elements in the app that can be dragged: none may be, unless it also works with a single pointer. */
export function draggableElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const app = document.querySelector('[role="tabpanel"]')?.closest('.fui-FluentProvider');
    if (!app) return ['The app is not on the page.'];
    return [...app.querySelectorAll('[draggable="true"]')].map((element) => `<${element.localName}> "${(element.textContent ?? '').trim().slice(0, 40)}" is draggable`);
  });
}

/**
 * The parts every view repeats, in the order the page has them, by name: the help's place among them must be
 * the same on every view (3.2.6). `helpName` is the help button's name.
 */
export function repeatedParts(page: Page, helpName: string): Promise<string[]> {
  return page.evaluate((help) => {
    const app = document.querySelector('[role="tabpanel"]')?.closest('.fui-FluentProvider');
    if (!app) return [];
    const parts: Array<[string, Element | null]> = [
      ['title', app.querySelector('h1, h2')],
      ['help', [...app.querySelectorAll('button')].find((button) => (button.textContent ?? '').trim() === help) ?? null],
      ['search', app.querySelector('[role="search"]')],
      ['navigation', app.querySelector('nav')],
      ['view', app.querySelector('[role="tabpanel"]')]
    ];
    return parts
      .filter((part): part is [string, Element] => part[1] !== null)
      .sort(([, a], [, b]) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))
      .map(([name]) => name);
  }, helpName);
}
