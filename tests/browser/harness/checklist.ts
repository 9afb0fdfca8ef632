/**
 * A unit's checklist as a person sees and uses it (src/ui/Checklist): each item a checkbox named by its title,
 * in a row that says whether the tick waits to be saved or who made it; the connection status above.
 */
import type { Locator, Page } from 'playwright-core';
import { tabTo } from './keyboard';
import { viewPanel } from './pages';
import type { Language } from './pages';
import { escapeRegExp, ui, UiStrings } from './strings';

/** A regular expression for a text the app fills from `template`; `{name}`s given in `params` are literal, the rest anything. */
export function templatePattern(template: string, params: Record<string, string> = {}): RegExp {
  const pattern = template
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (name === undefined) return escapeRegExp(part);
      return params[name] !== undefined ? escapeRegExp(params[name]) : '.+';
    })
    .join('');
  return new RegExp(pattern);
}

export interface ChecklistOnPage {
  readonly page: Page;
  readonly strings: UiStrings;
  checkbox(item: string): Locator;
  /** The item's row: its checkbox, its status line, its comment. */
  row(item: string): Locator;
  /** The connection status (role status). */
  connection(): Locator;
  /** The titles of the items ticked on screen, in order. */
  ticked(): Promise<string[]>;
  /** The titles of the items whose tick waits to be saved. */
  pending(): Promise<string[]>;
  /** Tabs to the item's checkbox and presses Space, the keyboard alone. Fails unless the box then shows `done`. */
  setWithKeyboard(item: string, done: boolean): Promise<void>;
}

export function checklistOn(page: Page, lang: Language): ChecklistOnPage {
  const { strings } = ui(lang);
  const panel = viewPanel(page);
  // Locators inside `has` are relative to the row, so they start from the page, not the panel.
  const named = (item: string): Locator => page.getByRole('checkbox', { name: item, exact: true });
  const checkbox = (item: string): Locator => panel.getByRole('checkbox', { name: item, exact: true });
  const row = (item: string): Locator => panel.getByRole('listitem').filter({ has: named(item) });
  const states = (): Promise<Array<{ label: string; checked: boolean; pending: boolean }>> =>
    panel
      .getByRole('listitem')
      .filter({ has: page.getByRole('checkbox') })
      .evaluateAll(
        (elements, pendingText) =>
          elements.map((element) => {
            const input = element.querySelector('input[type="checkbox"]') as HTMLInputElement | null;
            return {
              label: (input?.labels?.[0]?.textContent ?? '').trim(),
              checked: input?.checked === true,
              pending: (element.textContent ?? '').includes(pendingText)
            };
          }),
        strings.checklistPending
      );

  return {
    page,
    strings,
    checkbox,
    row,
    connection: () => {
      const words = [strings.checklistOnline, strings.checklistSyncing, strings.checklistOffline];
      return panel.getByRole('status').filter({ hasText: new RegExp(`^(${words.map(escapeRegExp).join('|')})`) });
    },
    ticked: async () => (await states()).filter((state) => state.checked).map((state) => state.label),
    pending: async () => (await states()).filter((state) => state.pending).map((state) => state.label),
    setWithKeyboard: async (item, done) => {
      const target = checkbox(item);
      await tabTo(page, target);
      if ((await target.isChecked()) === done) throw new Error(`"${item}" is already ${done ? 'ticked' : 'not ticked'} on this page.`);
      await page.keyboard.press('Space');
      if ((await target.isChecked()) !== done) throw new Error(`Space did not ${done ? 'tick' : 'untick'} "${item}".`);
    }
  };
}
