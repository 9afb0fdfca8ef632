/**
 * Watching a page for script that should never run: dialogs (the hostile corpus calls alert), the corpus's
 * global flag, uncaught errors and console errors, and, on demand, active content in what the app rendered
 * from rich text. The DOM checks are tests/fixtures/activeContent.ts itself, bundled into the page, so the
 * jsdom tests and the browser apply the same rules.
 */
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type { Page } from 'playwright-core';
import { HOSTILE_FLAG } from '../../fixtures/hostileInputs';

const GLOBAL = 'mrActiveContent';

let bundle: string | undefined;

/** tests/fixtures/activeContent.ts as a script that defines `window.mrActiveContent`. */
function activeContentScript(): string {
  bundle ??= buildSync({
    entryPoints: [join(__dirname, '..', '..', 'fixtures', 'activeContent.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    platform: 'browser',
    target: 'es2020',
    write: false,
    logLevel: 'silent'
  }).outputFiles[0].text + `\nglobalThis.${GLOBAL} = ${GLOBAL};`;
  return bundle;
}

/**
 * The elements the app rendered rich text into: each RichTextView's content, the element just before its
 * hidden "opens in a new window" hint (src/ui/RichText/RichTextView.tsx).
 */
const RICH_TEXT_ROOTS = `Array.from(document.querySelectorAll('span[hidden][id*="rich-text-new-window"]')).map((hint) => hint.previousElementSibling).filter(Boolean)`;

export interface ScriptWatch {
  /** Everything seen so far that shows script ran or the page broke; empty when all is well. */
  problems(): Promise<string[]>;
  /** How many rich-text blocks the page shows now. */
  richTextCount(): Promise<number>;
  /** Active content (script, handlers, dangerous URLs, styles) in the rendered rich text, and inline handlers anywhere. */
  activeContent(): Promise<string[]>;
  /** Fires every event the corpus's handlers wait for on every element of the rendered rich text. */
  provokeHandlers(): Promise<void>;
}

export async function watchForScript(page: Page): Promise<ScriptWatch> {
  const seen: string[] = [];
  page.on('dialog', (dialog) => {
    seen.push(`a ${dialog.type()} dialog opened: "${dialog.message()}"`);
    dialog.dismiss().catch(() => undefined);
  });
  page.on('pageerror', (error) => seen.push(`uncaught error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') seen.push(`console error: ${message.text()} (${message.location().url || 'no location'})`);
  });
  page.on('popup', (popup) => seen.push(`a window opened: ${popup.url()}`));
  await page.addInitScript({ content: activeContentScript() });

  return {
    problems: async () => {
      const flag = await page.evaluate((name) => (window as unknown as Record<string, unknown>)[name] === true, HOSTILE_FLAG);
      return flag ? [...seen, `window.${HOSTILE_FLAG} was set: a hostile payload ran`] : [...seen];
    },
    richTextCount: () => page.evaluate(`${RICH_TEXT_ROOTS}.length`) as Promise<number>,
    activeContent: () =>
      page.evaluate(`(() => {
        const found = [];
        ${RICH_TEXT_ROOTS}.forEach((root, index) => ${GLOBAL}.activeContentIn(root).forEach((issue) => found.push('rich text ' + index + ': ' + issue)));
        for (const element of document.querySelectorAll('*')) {
          for (const name of element.getAttributeNames()) {
            if (name.toLowerCase().startsWith('on')) found.push('inline ' + name + ' handler on <' + element.localName + '>');
          }
        }
        return found;
      })()`) as Promise<string[]>,
    provokeHandlers: async () => {
      await page.evaluate(`${RICH_TEXT_ROOTS}.forEach((root) => ${GLOBAL}.provokeEveryHandler(root))`);
    }
  };
}
