/**
 * The city analyst's journey: the two-year view of the follow-up (this period against the previous
 * report's, two years before), filtered to one part of the city, then the report draft to the city
 * council (Word, recounted first) and the workbook downloaded, each opened again and checked.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { strFromU8, unzipSync } from 'fflate';
import { DEMO_TEAMS_GROUP_ID } from '../../src/data/seed/content';
import { browserSuite, currentPeriod, DEMO_UNIT, JOURNEY_TIMEOUT_MS, openPerson, Person, saveScreenshot, serverClient, ui, viewPanel } from './harness';

const suite = browserSuite();
const { strings, fill } = ui('sv');
const PART = 'Hägersten-Älvsjö stadsdelsförvaltning';

const people: Person[] = [];

afterAll(async () => {
  await Promise.all(people.map((person) => person.close()));
});

/** The files a download holds, as text by path. */
async function unzipped(download: Download): Promise<Record<string, string>> {
  const bytes = new Uint8Array(await readFile(await download.path()));
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, content]) => [path, strFromU8(content)]));
}

async function downloadBy(page: Page, button: string): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), viewPanel(page).getByRole('button', { name: button }).click()]);
  return download;
}

it(
  'an analyst opens the two-year view, filters it, and downloads the report draft and the workbook',
  async () => {
    const period = currentPeriod();
    // The demo unit ticks two items this period through the product, as a meeting would.
    const { repos } = serverClient(suite.app, 'member');
    const unit = await repos.units.forTeamsGroup(DEMO_TEAMS_GROUP_ID);
    const [plan] = (await repos.actionPlans.list()).value;
    const items = (await repos.actionPlans.items(plan.id)).value.filter((item) => item.active);
    for (const item of items.slice(0, 2)) {
      await repos.checklist.applyIntent({ unitId: unit!.id, itemId: item.id, planId: plan.id, period, done: true, at: new Date().toISOString() });
    }

    const analyst = await openPerson(suite.browser, suite.app.url, { host: 'sharepoint', theme: 'light', user: 'editor', lang: 'sv' }, { view: 'followUp' });
    people.push(analyst);
    const { page } = analyst;
    const panel = viewPanel(page);

    // The two-year view: compared with the previous report's period by default.
    await panel.getByRole('heading', { name: fill(strings.followUpSummaryHeading, { period: String(period) }) }).waitFor();
    expect(await panel.getByLabel(strings.followUpComparedWithLabel).inputValue()).toBe(String(period - 2));
    await panel.getByLabel(strings.followUpParentLabel).selectOption({ label: PART });
    await panel.getByRole('rowheader', { name: DEMO_UNIT, exact: true }).first().waitFor();
    expect(await panel.getByRole('rowheader', { name: 'Socialförvaltningen', exact: true }).count()).toBe(0);

    const draft = await downloadBy(page, strings.followUpExportReport);
    expect(draft.suggestedFilename()).toBe(`mr-rapportutkast-${period}-${period - 2}-hagersten-alvsjo-stadsdelsforvaltning.docx`);
    const word = await unzipped(draft);
    const document = word['word/document.xml'];
    expect(document).toContain(`MR-programmet – rapport till kommunfullmäktige ${period}`);
    expect(document).toContain(`Urval: Alla; ${PART}.`);
    expect(document).toContain(DEMO_UNIT);
    expect(document).not.toContain('Socialförvaltningen');
    expect(word['word/styles.xml']).toContain('<w:lang w:val="sv-SE"');
    // The recount ran for the draft, and the view says what it found.
    await panel.getByText(fill(strings.followUpVerifiedTitle, { time: '' }).trim(), { exact: false }).waitFor();

    const workbook = await downloadBy(page, strings.followUpExportXlsx);
    expect(workbook.suggestedFilename()).toBe(`mr-uppfoljning-${period}-hagersten-alvsjo-stadsdelsforvaltning.xlsx`);
    const sheets = await unzipped(workbook);
    expect(sheets['xl/worksheets/sheet1.xml']).toContain(PART);
    expect(sheets['xl/worksheets/sheet2.xml']).toContain(DEMO_UNIT);
    expect(sheets['xl/worksheets/sheet2.xml']).not.toContain('Socialförvaltningen');
    await saveScreenshot(page, 'follow-up-report-journey');
  },
  JOURNEY_TIMEOUT_MS
);
