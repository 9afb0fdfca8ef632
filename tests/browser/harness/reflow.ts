/**
 * Reflow (WCAG 1.4.10) as a person at 320 px meets it: every element of the app fits its container, and no text
 * that carries information is cut off, neither by an ellipsis nor by an ancestor that hides what does not fit.
 * The one exception WCAG allows is a data table that scrolls sideways inside a region of its own that the
 * keyboard can reach and that is named (role="region", tabindex="0", a label); everything inside it is exempt.
 */
import type { Page } from 'playwright-core';

/** Every reflow problem of the app on the page as it is now, one readable line each; empty when it reflows. */
export function reflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const app = document.querySelector('[role="tabpanel"]')?.closest('.fui-FluentProvider');
    if (!app) return ['The app is not on the page.'];
    // A pixel of slack for sub-pixel layout.
    const SLACK = 1;
    const describe = (element: Element): string => {
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
      const role = element.getAttribute('role');
      const classes = [...element.classList].filter((name) => name.startsWith('fui-')).join('.');
      return `<${element.localName}${role ? ` role=${role}` : ''}${classes ? ` .${classes}` : ''}> "${text}"`;
    };
    const isAllowedScrollRegion = (element: Element): boolean =>
      element.getAttribute('role') === 'region' &&
      element.getAttribute('tabindex') === '0' &&
      (element.hasAttribute('aria-label') || element.hasAttribute('aria-labelledby')) &&
      element.querySelector('table') !== null;
    // Visually hidden text for screen readers is clipped on purpose (clip or clip-path), and is not laid out to be seen.
    const isVisuallyHidden = (style: CSSStyleDeclaration): boolean =>
      (style.position === 'absolute' && (style.clip.startsWith('rect(0') || style.clipPath.startsWith('inset(50%'))) || style.opacity === '0';
    // The box an element sits in: wrappers without a box of their own (display: contents, or no width at all) are passed over.
    const boxParent = (element: Element): Element | null => {
      let parent = element.parentElement;
      while (parent && (getComputedStyle(parent).display === 'contents' || parent.getBoundingClientRect().width === 0)) parent = parent.parentElement;
      return parent;
    };

    // The page itself never scrolls sideways.
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth > root.clientWidth + SLACK) problems.push(`the page scrolls sideways (${root.scrollWidth} px in ${root.clientWidth} px)`);

    const walk = (element: Element): void => {
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden' || isVisuallyHidden(style)) return;
      if (isAllowedScrollRegion(element)) return;
      const rect = element.getBoundingClientRect();
      // A box of no size that hides its overflow shows nothing (Fluent's search field keeps its clear button so while unfocused).
      if (rect.width === 0 && rect.height === 0 && style.overflow === 'hidden') return;
      if (rect.width > 0 || rect.height > 0) {
        // Cut by an ellipsis, or by itself hiding (or scrolling) what does not fit.
        const sideways = element.scrollWidth > element.clientWidth + SLACK;
        const downwards = element.scrollHeight > element.clientHeight + SLACK;
        if (style.textOverflow === 'ellipsis' && sideways) problems.push(`${describe(element)} ends in an ellipsis`);
        else if (sideways && style.overflowX !== 'visible') problems.push(`${describe(element)} cuts its content sideways (${element.scrollWidth} px in ${element.clientWidth} px, overflow-x: ${style.overflowX})`);
        else if (sideways && element.children.length === 0) problems.push(`${describe(element)} has text that sticks out sideways (${element.scrollWidth} px in ${element.clientWidth} px)`);
        if (downwards && (style.overflowY === 'hidden' || style.overflowY === 'clip')) problems.push(`${describe(element)} cuts its content at the bottom (${element.scrollHeight} px in ${element.clientHeight} px)`);
        if (style.webkitLineClamp !== 'none' && style.webkitLineClamp !== '' && downwards) problems.push(`${describe(element)} is clamped to ${style.webkitLineClamp} lines`);
        // Fits its container: nothing sticks out to the left or right of the box it sits in.
        const parent = element === app ? null : boxParent(element);
        if (parent && style.position !== 'fixed') {
          const outer = parent.getBoundingClientRect();
          if (rect.width > 0 && (rect.left < outer.left - SLACK || rect.right > outer.right + SLACK)) {
            problems.push(`${describe(element)} (${Math.round(rect.left)}–${Math.round(rect.right)} px) sticks out of ${describe(parent)} (${Math.round(outer.left)}–${Math.round(outer.right)} px)`);
          }
        }
      }
      for (const child of element.children) walk(child);
    };
    walk(app);
    return problems;
  });
}
