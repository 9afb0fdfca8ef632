/**
 * The meeting, minuted and on the stage: three members of the demo team's unit (Nämndkansliet) have the plan's
 * checklist open in the meeting's side panel, each in a browser of their own; they tick, comment and untick
 * one after the other, and Ali sets an item's due date. A fourth browser shows the meeting's stage (Lars Läsare, who is in no unit: the stage
 * only shows). Maja saves the minutes at the end, adding a guest who had no app open; SharePoint then holds
 * minutes that list exactly what happened, by whom, and who was there, and the unit's page shows them.
 * No step waits a fixed time: each waits for what it needs to see (the stage's latency is measured by `npm run bench`).
 */
import {
  browserSuite,
  checklistHeading,
  checklistOn,
  ChecklistOnPage,
  currentPeriod,
  DEMO_UNIT,
  demoPlan,
  demoUnit,
  openPerson,
  Person,
  serverClient,
  Setup,
  templatePattern,
  ui,
  until,
  viewPanel,
  waitForIdle
} from './harness';

const suite = browserSuite();

/** Others' ticks arrive by polling: wait generously, never a fixed time. */
const SYNC_MS = 90_000;

const plan = demoPlan('genderEquality', 'sv');
const [item0, item1, item2] = plan.items;
const { strings, fill } = ui('sv');

interface Participant {
  name: string;
  person: Person;
  checklist: ChecklistOnPage;
}

const people: Person[] = [];

afterAll(async () => {
  await Promise.all(people.map((person) => person.close()));
});

/** Opens the plan's checklist in a meeting frame (side panel or stage) through the deep link Teams would carry. */
async function join(name: string, user: Setup['user'], host: 'meeting' | 'stage'): Promise<Participant> {
  const person = await openPerson(suite.browser, suite.app.url, { host, theme: 'light', lang: 'sv', user }, { view: 'plans', item: plan.key });
  people.push(person);
  await viewPanel(person.page).getByRole('heading', { name: checklistHeading('sv', plan.title), exact: true }).waitFor({ timeout: SYNC_MS });
  await waitForIdle(person.page);
  return { name, person, checklist: checklistOn(person.page, 'sv') };
}

/** Waits until the page shows exactly `items` ticked and nothing pending. */
async function shows({ name, checklist }: Participant, items: string[]): Promise<void> {
  await until(
    async () => JSON.stringify(await checklist.ticked()) === JSON.stringify(items) && (await checklist.pending()).length === 0,
    `${name} to show ${JSON.stringify(items)} ticked`,
    SYNC_MS,
    async () => `ticked ${JSON.stringify(await checklist.ticked())}`
  );
}

test('three members tick and comment in the meeting; the saved minutes list exactly that and who was there; the stage shows every tick', async () => {
  const maja = await join('Maja', 'maja.medlem', 'meeting');
  const ali = await join('Ali', 'ali.hassan', 'meeting');
  const sara = await join('Sara', 'sara.nilsson', 'meeting');
  const stage = await join('the stage', 'lars.lasare', 'stage');
  const minutes = maja.person.page.getByRole('region', { name: strings.minutesTitle });
  const noted = minutes.getByRole('list', { name: strings.minutesChanges }).getByRole('listitem');

  // The stage shows, and only shows: its boxes cannot be ticked, and it offers no minutes.
  await expect(stage.checklist.checkbox(item0).isDisabled()).resolves.toBe(true);
  await expect(stage.person.page.getByRole('region', { name: strings.minutesTitle }).count()).resolves.toBe(0);

  // One change after another; each waits until Maja's minutes (and the stage) have it, so the order is the room's.
  const steps: Array<{ who: Participant; act: () => Promise<void>; ticked: string[]; line: string }> = [
    { who: maja, act: () => maja.checklist.setWithKeyboard(item0, true), ticked: [item0], line: fill(strings.minutesChangeTicked, { item: item0, name: 'Maja Medlem' }) },
    { who: ali, act: () => ali.checklist.setWithKeyboard(item1, true), ticked: [item0, item1], line: fill(strings.minutesChangeTicked, { item: item1, name: 'Ali Hassan' }) },
    {
      who: ali,
      act: async () => {
        await ali.checklist.row(item1).getByRole('button', { name: fill(strings.checklistAddCommentFor, { item: item1 }) }).click();
        await ali.person.page.getByRole('textbox', { name: fill(strings.checklistCommentLabel, { item: item1 }) }).fill('Ali tar det med ledningen');
        await ali.person.page.getByRole('button', { name: strings.checklistSaveComment }).click();
      },
      ticked: [item0, item1],
      line: fill(strings.minutesChangeCommented, { item: item1, name: 'Ali Hassan', comment: 'Ali tar det med ledningen' })
    },
    { who: sara, act: () => sara.checklist.setWithKeyboard(item2, true), ticked: [item0, item1, item2], line: fill(strings.minutesChangeTicked, { item: item2, name: 'Sara Nilsson' }) },
    { who: sara, act: () => sara.checklist.setWithKeyboard(item0, false), ticked: [item1, item2], line: fill(strings.minutesChangeUnticked, { item: item0, name: 'Sara Nilsson' }) }
  ];
  for (const [index, step] of steps.entries()) {
    await step.act();
    await shows(step.who, step.ticked);
    await until(async () => (await noted.count()) === index + 1, `Maja's minutes to note: ${step.line}`, SYNC_MS, async () => JSON.stringify(await noted.allTextContents()));
    await shows(stage, step.ticked);
  }
  await expect(noted.allTextContents()).resolves.toEqual(steps.map((step) => step.line));
  await stage.checklist.row(item1).getByText('Ali tar det med ledningen').waitFor({ timeout: SYNC_MS });

  // Ali gives Sara's item a due date: the minutes take it from the row's version history when they are saved.
  const due = `${currentPeriod()}-12-31`;
  await ali.checklist.row(item2).getByRole('button', { name: fill(strings.assignmentOpenFor, { item: item2 }) }).click();
  const assignment = ali.person.page.getByRole('group', { name: fill(strings.assignmentOpenFor, { item: item2 }) });
  await assignment.locator('input[type="date"]').fill(due);
  await assignment.locator('input[type="date"]').press('Tab');
  await assignment.getByText(strings.assignmentSaved).waitFor({ timeout: SYNC_MS });

  // Kim took part without the app; Maja adds her and saves.
  await minutes.getByRole('textbox', { name: new RegExp(strings.minutesAddName) }).fill('Kim Gäst');
  await minutes.getByRole('button', { name: strings.minutesAddNameButton }).click();
  await minutes.getByRole('button', { name: strings.minutesSave }).click();
  await minutes.getByText(fill(strings.minutesSaved, { changes: steps.length + 1, people: 4 })).waitFor({ timeout: SYNC_MS });

  // SharePoint holds exactly what happened and who was there, written by Maja, in the unit's folder.
  const unit = await demoUnit(suite.app, DEMO_UNIT);
  const [saved, ...others] = (await serverClient(suite.app, 'editor').repos.minutes.forUnit(unit.id)).value;
  expect(others).toEqual([]);
  expect(saved.period).toBe(currentPeriod());
  expect(saved.savedBy?.name).toBe('Maja Medlem');
  expect(saved.meeting?.id).toEqual(expect.stringMatching(/^local-meeting-/));
  expect(saved.participants).toEqual([
    { name: 'Ali Hassan', source: 'present' },
    { name: 'Maja Medlem', source: 'present' },
    { name: 'Sara Nilsson', source: 'present' },
    { name: 'Kim Gäst', source: 'added' }
  ]);
  expect(saved.changes.map(({ item, kind, by, value }) => ({ item, kind, by, value }))).toEqual([
    { item: item0, kind: 'ticked', by: 'Maja Medlem', value: undefined },
    { item: item1, kind: 'ticked', by: 'Ali Hassan', value: undefined },
    { item: item1, kind: 'commented', by: 'Ali Hassan', value: 'Ali tar det med ledningen' },
    { item: item2, kind: 'ticked', by: 'Sara Nilsson', value: undefined },
    { item: item0, kind: 'unticked', by: 'Sara Nilsson', value: undefined },
    { item: item2, kind: 'dueChanged', by: 'Ali Hassan', value: due }
  ]);

  // Later, on the unit's page: the minutes to read, print and export.
  await sara.person.open({ view: 'plans' });
  const savedList = viewPanel(sara.person.page).getByRole('region', { name: fill(strings.minutesSavedList, { unit: DEMO_UNIT }) });
  const entry = savedList.getByRole('article');
  await entry.getByText(fill(strings.minutesParticipantPresent, { name: 'Maja Medlem' })).waitFor({ timeout: SYNC_MS });
  await expect(entry.getByText(templatePattern(strings.minutesChangeCommented, { item: item1, name: 'Ali Hassan', comment: 'Ali tar det med ledningen' })).count()).resolves.toBe(1);
  await expect(entry.getByRole('link', { name: strings.minutesOpenMeeting }).getAttribute('href')).resolves.toMatch(/^https:\/\/teams\.microsoft\.com\/l\/chat\//);
  await expect(entry.getByRole('button', { name: strings.minutesPrint }).isVisible()).resolves.toBe(true);
  const download = sara.person.page.waitForEvent('download');
  await entry.getByRole('button', { name: strings.minutesExport }).click();
  expect((await download).suggestedFilename()).toMatch(/^motesanteckningar-\d{4}-\d{2}-\d{2}\.txt$/);
}, 400_000);
