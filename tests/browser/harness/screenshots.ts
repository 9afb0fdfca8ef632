/**
 * Screenshots for people to review: every view in every theme, in screenshots/ at the repository's root
 * (git-ignored). Each run overwrites the previous one's files.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';

export const SCREENSHOT_DIR = join(__dirname, '..', '..', '..', 'screenshots');

/** Saves the whole page as screenshots/<name>.png; `name` may hold folders (`teams-dark/plans`). */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path, fullPage: true, animations: 'disabled', caret: 'hide' });
  return path;
}
