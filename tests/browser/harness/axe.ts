/**
 * WCAG 2.2 AA as axe-core checks it in the real browser: landmarks, names, roles, and colour contrast with
 * the theme's real colours. The result is a list of readable violations, empty when the page passes.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: the rules axe tags with these. */
export const WCAG_22_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Fluent's focus manager (tabster) puts hidden, focusable <i data-tabster-dummy> elements at the edges of a
 * focus area; they only pass the focus on. axe reports them as aria-hidden-focus, a known false positive that
 * Microsoft's Accessibility Insights suppresses the same way (microsoft/tabster#288).
 */
function isTabsterDummy(rule: string, html: string): boolean {
  return rule === 'aria-hidden-focus' && html.includes('data-tabster-dummy');
}

/** axe's advice, on one line and short enough to read in a test failure. */
function summary(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 240 ? `${line.slice(0, 240)}…` : line;
}

/** Every violation of the WCAG 2.2 A and AA rules on the page as it is now, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  // The app has no frames, so axe runs in the page itself (legacy mode) instead of finishing in a second page;
  // only violations are collected, which axe documents as the faster way for large pages. (`options` replaces
  // the options object, so it comes before `withTags`, which adds the tags to it.)
  const results = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(WCAG_22_AA_TAGS)
    .setLegacyMode()
    .analyze();
  return results.violations
    .map((violation) => ({ ...violation, nodes: violation.nodes.filter((node) => !isTabsterDummy(violation.id, node.html)) }))
    .filter((violation) => violation.nodes.length > 0)
    .map(
      (violation) =>
        `${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help} – ` +
        violation.nodes.map((node) => `${node.target.join(' ')}${node.failureSummary ? ` [${summary(node.failureSummary)}]` : ''}`).join('; ')
    );
}
