// Renders the app icons from the SVG sources in tools/teams-icons/ with headless Chromium:
//   teams/<component id>_color.png    192×192, full colour (Teams app icon)
//   teams/<component id>_outline.png   32×32, white on transparent (Teams rule for the app bar)
//   sharepoint/assets/mr-programmet.png 96×96, the solution's icon in the app catalog
// The PNGs are committed; run this (`node tools/draw-teams-icons.mjs`) only after changing an SVG.
// CHROMIUM_PATH names the browser when it is not /usr/bin/chromium.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const webPartManifest = JSON.parse(
  await readFile(path.join(root, 'src/hosts/webpart/MrProgrammeWebPart.manifest.json'), 'utf8')
);
const componentId = webPartManifest.id;

const icons = [
  { source: 'color.svg', size: 192, target: `teams/${componentId}_color.png` },
  { source: 'outline.svg', size: 32, target: `teams/${componentId}_outline.png` },
  { source: 'color.svg', size: 96, target: 'sharepoint/assets/mr-programmet.png' }
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run'
  ]
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { source, size, target } of icons) {
    const svg = await readFile(path.join(root, 'tools/teams-icons', source));
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">` +
        `<img width="${size}" height="${size}" style="display:block" ` +
        `src="data:image/svg+xml;base64,${svg.toString('base64')}"></body></html>`
    );
    await page.locator('img').evaluate((image) => image.decode());
    const png = await page.screenshot({ clip: { x: 0, y: 0, width: size, height: size }, omitBackground: true });
    await writeFile(path.join(root, target), png);
    console.log(`${target} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
