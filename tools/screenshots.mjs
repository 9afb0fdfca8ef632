// Screenshots of the overview in Teams light, dark and high contrast, for the README, taken from the
// local host page with the project's own browser tooling (playwright-core with the system Chromium).
//
//   node tools/screenshots.mjs [url] [outdir]
//     url     a running `npm start`, default http://localhost:4321
//     outdir  default docs/screenshots
//
// Each picture opens the page as a Teams tab (`?host=teams&theme=…&user=member&lang=sv`), waits until the
// overview shows the programme's goal, and captures the whole page; the last shows a meeting's 320 px side
// panel (`host=meeting`), where the view tabs that do not fit are in the "Fler vyer" menu.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const SHOTS = [
  { host: 'teams', theme: 'light', file: 'overview-teams-light.png' },
  { host: 'teams', theme: 'dark', file: 'overview-teams-dark.png' },
  { host: 'teams', theme: 'contrast', file: 'overview-teams-contrast.png' },
  { host: 'meeting', theme: 'light', file: 'overview-meeting-panel.png' }
];

/** Takes the screenshots; returns the files written. */
export async function takeScreenshots(baseUrl, outdir) {
  await mkdir(outdir, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const written = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (const { host, theme, file } of SHOTS) {
      const url = new URL(`/?host=${host}&theme=${theme}&user=member&lang=sv`, baseUrl);
      await page.goto(url.toString());
      // The goal is quoted once the overview has its data: no skeletons in the picture.
      await page.locator('blockquote').first().waitFor({ state: 'visible', timeout: 30_000 });
      await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 30_000 });
      const path = join(outdir, file);
      await page.screenshot({ path, fullPage: true });
      written.push(path);
    }
  } finally {
    await browser.close();
  }
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [baseUrl = 'http://localhost:4321', outdir = join('docs', 'screenshots')] = process.argv.slice(2);
  for (const file of await takeScreenshots(baseUrl, outdir)) console.log(`Wrote ${file}`);
}
