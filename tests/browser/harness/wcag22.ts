/**
 * WCAG 2.2's AA criteria that axe-core does not check, scripted in the real browser:
 * - 2.4.11 Focus not obscured: every element the Tab key reaches is visible where it is, not covered by a sticky
 *   header, a toast or a popover (`elementFromPoint` at its centre is the element or inside it);
 * - 2.5.7 Dragging movements: nothing on the view is draggable (the app has no drag interaction; see
 *   tests/ui/dragging.test.ts for the source side), so no single-pointer alternative is owed;
 * - 3.2.6 Consistent help: where the help is among the parts every view repeats.
 */
import type { Page } from 'playwright-core';

/** The elements Tab reaches inside the app, in order, each with what covers its centre when something does. */
export async function obscuredFocus(page: Page, maxPresses = 150): Promise<string[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    (window as unknown as { mrSeenFocus: Set<Element> }).mrSeenFocus = new Set();
  });
  const problems: string[] = [];
  for (let press = 0; press < maxPresses; press++) {
    await page.keyboard.press('Tab');
    const result = await page.evaluate(() => {
      const seen = (window as unknown as { mrSeenFocus: Set<Element> }).mrSeenFocus;
      const element = document.activeElement;
      if (!element || element === document.body) return { done: false };
      if (seen.has(element)) return { done: true };
      seen.add(element);
      const app = document.querySelector('[role="tabpanel"]')?.closest('.fui-FluentProvider');
      // Fluent's focus manager passes the focus on from its hidden dummies; only the app's own elements count.
      if (!app || !app.contains(element) || element.hasAttribute('data-tabster-dummy')) return { done: false };
      // A link that wraps has a box per line: the centre of its bounding box may fall between them.
      const boxes = [...element.getClientRects()].filter((box) => box.width > 0 && box.height > 0);
      if (boxes.length === 0) return { done: false };
      // A region taller than the window shows what fits: the point is the centre of the part inside the window.
      const centre = (start: number, size: number, end: number): number => (Math.max(start, 0) + Math.min(start + size, end)) / 2;
      const centres = boxes.map((box) => [centre(box.left, box.width, window.innerWidth), centre(box.top, box.height, window.innerHeight)]);
      const covering = centres.map(([x, y]) => ({ x, y, hit: document.elementFromPoint(x, y) }));
      const seenAt = covering.find(({ hit }) => hit !== null && (hit === element || element.contains(hit)));
      const { x, y, hit } = covering[0];
      const name = (node: Element | null): string =>
        node ? `<${node.localName}${node.getAttribute('role') ? ` role=${node.getAttribute('role')}` : ''}> "${(node.getAttribute('aria-label') ?? node.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}"` : 'nothing (off screen)';
      if (seenAt) return { done: false };
      return { done: false, problem: `${name(element)} has the focus at (${Math.round(x)}, ${Math.round(y)}), where ${name(hit)} covers it` };
    });
    if (result.problem) problems.push(result.problem);
    if (result.done) break;
  }
  return problems;
}

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
