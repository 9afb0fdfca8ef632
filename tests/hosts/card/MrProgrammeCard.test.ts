/**
 * The Viva Connections card as the dashboard runs it, against a local SharePoint with the demo content:
 * the real card class, its card view and quick view, in Swedish and English, for a member of a unit, a
 * reader with no unit, and someone the data site refuses. The SPFx base classes are the local page's
 * stand-in (src/hosts/devPage/vivaConnections/aceStandIn.ts explains why); the quick view's template is
 * expanded with its data by the Adaptive Cards templating engine and parsed by the Adaptive Cards library.
 */
jest.mock('@microsoft/sp-adaptive-card-extension-base', () => jest.requireActual('../../../src/hosts/devPage/vivaConnections/aceStandIn'));
// Adaptive Cards' carousel element (the card uses none) loads swiper, an ES-module-only package jest leaves untransformed.
jest.mock('swiper', () => ({}));
jest.mock('@microsoft/sp-property-pane', () => jest.requireActual('../../../src/hosts/devPage/vivaConnections/propertyPaneStandIn'));

import { readFileSync } from 'node:fs';
import { AdaptiveCard, SerializationContext } from 'adaptivecards';
import type { LocalSharePoint } from '../../../local/server/index.ts';
import MrProgrammeCard from '../../../src/hosts/card/MrProgrammeCardAdaptiveCardExtension';
import { TEAMS_APP_ID } from '../../../src/hosts/card/deepLinks';
import { runCard, RunningCard, RuntimeExtension } from '../../../src/hosts/devPage/vivaConnections/cardRuntime';
import { cardLocalizationFor } from '../../../src/ui/loc/card';
import { lastVisitKey, updateVisits } from '../../../src/app/updates/visits';
import { startDemoSite } from '../../data/demoSite';
import { clientFor } from '../../data/localSite';

const APP_PAGE = 'https://stockholm.sharepoint.com/sites/intranet/SitePages/MR-programmet.aspx';
let site: LocalSharePoint;
// Ali Hassan works in one unit, Nämndkansliet, through its linked team.
let actingUser = 'ali.hassan';
const realFetch = globalThis.fetch;

beforeAll(async () => {
  site = (await startDemoSite()).site;
  // The dashboard's requests carry the signed-in person; the local SharePoint reads who that is from a header.
  globalThis.fetch = (input, init) => realFetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), 'X-MR-Local-User': actingUser } });
}, 120_000);

afterAll(async () => {
  globalThis.fetch = realFetch;
  await site.close();
});

interface Started {
  card: RunningCard;
  extension: RuntimeExtension;
  renders: () => number;
}

async function start(culture: string, size: 'Medium' | 'Large', appPageUrl: string = APP_PAGE, cache?: Map<string, string>): Promise<Started> {
  const extension = new MrProgrammeCard() as unknown as RuntimeExtension;
  let renders = 0;
  const card = await runCard(extension, {
    context: { pageContext: { web: { absoluteUrl: site.siteUrl }, cultureInfo: { currentUICultureName: culture }, legacyPageContext: {} }, sdks: {} },
    properties: { dataSiteUrl: '', appPageUrl },
    cardSize: size,
    storage: cache && { getItem: (key) => cache.get(key) ?? null, setItem: (key, value) => void cache.set(key, value) },
    cacheKey: 'card',
    onRender: () => void renders++
  });
  return { card, extension, renders: () => renders };
}

async function loaded(started: Started): Promise<Started> {
  for (let attempt = 0; attempt < 400 && (started.extension.state as { status: string }).status === 'loading'; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return started;
}

type Block = { type: string; text?: string; title?: string; url?: string; items?: Block[]; columns?: Block[]; actions?: Block[]; selectAction?: Block };

/** Every text and link in an Adaptive Card, in order. */
function contents(card: object): { texts: string[]; links: { title: string; url: string }[] } {
  const texts: string[] = [];
  const links: { title: string; url: string }[] = [];
  const visit = (block: Block): void => {
    if (block.type === 'TextBlock' && block.text) texts.push(block.text);
    if (block.type === 'Action.OpenUrl') links.push({ title: block.title ?? '', url: block.url ?? '' });
    [...(block.items ?? []), ...(block.columns ?? []), ...(block.actions ?? []), ...(block.selectAction ? [block.selectAction] : [])].forEach(visit);
  };
  const root = card as { body: Block[]; actions?: Block[] };
  [...root.body, ...(root.actions ?? [])].forEach(visit);
  return { texts, links };
}

function parses(card: object): void {
  const adaptiveCard = new AdaptiveCard();
  const context = new SerializationContext();
  adaptiveCard.parse(card, context);
  expect(context.eventCount).toBe(0);
  expect(adaptiveCard.validateProperties().validationEvents).toEqual([]);
}

test('the card’s Teams links name the app the Teams manifest declares', () => {
  expect(TEAMS_APP_ID).toBe(JSON.parse(readFileSync('teams/manifest.json', 'utf8')).id);
});

describe.each([
  ['sv-SE', 'Din enhet: nivå 0 av 6'],
  ['en-US', 'Your unit: level 0 of 6']
] as const)('in %s', (culture, unitStart) => {
  const { strings, fill } = cardLocalizationFor(culture);

  test('a member’s card says where the unit stands; the quick view links to plans, the staircase and updates', async () => {
    actingUser = 'ali.hassan';
    const { card } = await loaded(await start(culture, 'Large'));
    const view = contents(card.cardView());
    expect(view.texts[0]).toBe(strings.appTitle);
    expect(view.texts[1]).toMatch(new RegExp(`^${unitStart} · \\d+ `));
    expect(view.texts[1]).toContain(fill(strings.cardNewUpdatesOther, { count: 2 }));
    // The demo site's figures are illustrative, and the card says so first.
    expect(view.texts[2]).toBe(`${strings.exampleDataTitle}: ${fill(strings.cardUnitDetails, { unit: 'Nämndkansliet', period: String(new Date().getFullYear()) })}`);
    expect(view.links).toEqual([{ title: strings.cardOpenApp, url: `${APP_PAGE}?mrView=overview` }]);
    parses(card.cardView());

    card.pressCardButton(0);
    const quickView = card.quickView();
    expect(quickView).toBeDefined();
    parses(quickView!);
    const { texts, links } = contents(quickView!);
    // The quick view says it too, before its figures.
    expect(texts[0]).toBe(strings.exampleDataTitle);
    expect(texts).toContain(strings.plansHeading);
    expect(texts).toContain(strings.updatesHeading);
    expect(texts.some((text) => text.startsWith(fill(strings.cardNextStepHeading, { step: '' })))).toBe(true);
    expect(links.filter((link) => link.url.includes('mrView=plans&mrPlan=')).length).toBeGreaterThan(0);
    expect(links).toContainEqual({ title: strings.cardOpenStaircase, url: `${APP_PAGE}?mrView=staircase` });
    expect(links.filter((link) => /mrView=updates&mrUpdate=\d+$/.test(link.url))).toHaveLength(2);
    expect(links[links.length - 1]).toEqual({ title: strings.cardOpenApp, url: `${APP_PAGE}?mrView=overview` });
  });

  test('the medium card has one button, and without an app page the links open the app in Teams', async () => {
    actingUser = 'ali.hassan';
    const { card } = await loaded(await start(culture, 'Medium', ''));
    const view = card.cardView() as { body: unknown[]; actions: { title: string }[] };
    expect(view.body).toHaveLength(3);
    expect(view.actions.map((action) => action.title)).toEqual([strings.cardShowMore]);
    card.pressCardButton(0);
    const plan = contents(card.quickView()!).links.find((link) => link.url.includes('subEntityId'));
    expect(plan?.url).toMatch(new RegExp(`^https://teams\\.microsoft\\.com/l/entity/${TEAMS_APP_ID}/mr-programmet\\?context=`));
    expect(JSON.parse(decodeURIComponent(plan!.url.split('context=')[1])).subEntityId).toMatch(/^plans\/\w+$/);
  });

  test('someone with no unit sees the programme’s goal and the latest update', async () => {
    actingUser = 'reader';
    const { card } = await loaded(await start(culture, 'Large'));
    const [, goal, latest] = contents(card.cardView()).texts;
    expect(goal).toBe(culture.startsWith('en') ? 'The City of Stockholm is an open, equal and gender-equal city, free from all forms of discrimination and racism.' : 'Stockholms stad är en öppen, jämlik och jämställd stad, fri från alla former av diskriminering och rasism.');
    expect(latest).toBe(`${strings.exampleDataTitle}: ${fill(strings.cardLatestUpdate, { title: 'Ett samlat program för de mänskliga rättigheterna' })}`);
    card.pressCardButton(0);
    const { texts } = contents(card.quickView()!);
    expect(texts[0]).toBe(strings.exampleDataTitle);
    expect(texts).not.toContain(strings.plansHeading);
    expect(texts).toContain(strings.updatesHeading);
  });

  test('the settings, loaded only when the property pane opens: the data site and the app page, both validated', async () => {
    actingUser = 'ali.hassan';
    const { extension } = await start(culture, 'Medium');
    const settings = extension as unknown as { loadPropertyPaneResources(): Promise<void>; getPropertyPaneConfiguration(): any };
    expect(() => settings.getPropertyPaneConfiguration()).toThrow();
    await settings.loadPropertyPaneResources();
    const [group] = settings.getPropertyPaneConfiguration().pages[0].groups;
    expect(group.groupName).toBe(strings.propertyGroupData);
    const [dataSite, appPage] = group.groupFields;
    expect([dataSite.targetProperty, appPage.targetProperty]).toEqual(['dataSiteUrl', 'appPageUrl']);
    expect(appPage.properties.label).toBe(strings.cardPropertyAppPageUrl);
    expect(appPage.properties.onGetErrorMessage('http://intranet/SitePages/MR.aspx')).toBe(strings.propertyDataSiteUrlInvalid);
    expect(appPage.properties.onGetErrorMessage(APP_PAGE)).toBe('');
    expect(dataSite.properties.onGetErrorMessage('')).toBe('');
  });

  test('someone without access to the data site is told so, with no quick view and nothing to retry', async () => {
    actingUser = 'outsider';
    const { card } = await loaded(await start(culture, 'Large'));
    const view = card.cardView() as { actions: unknown[] };
    expect(contents(view).texts.slice(1)).toEqual([strings.accessDeniedTitle, fill(strings.accessDeniedText, { site: site.siteUrl })]);
    expect(view.actions).toEqual([]);
  });
});

test('an unreachable data site can be retried from the card', async () => {
  actingUser = 'ali.hassan';
  site.setFaults({ failRate: 1, refusalKinds: ['drop'] });
  try {
    const { card, extension } = await loaded(await start('sv-SE', 'Medium'));
    const { strings, fill } = cardLocalizationFor('sv-SE');
    const view = card.cardView() as { actions: { title: string }[] };
    expect(contents(view).texts.slice(1)).toEqual([strings.unreachableTitle, fill(strings.unreachableText, { site: site.siteUrl })]);
    expect(view.actions.map((action) => action.title)).toEqual([strings.retry]);
    site.setFaults({ failRate: 0 });
    card.pressCardButton(0);
    await loaded({ card, extension, renders: () => 0 });
    for (let attempt = 0; attempt < 400 && (extension.state as { status: string }).status !== 'ready'; attempt++) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(contents(card.cardView()).texts[1]).toMatch(/^Din enhet: nivå 0 av 6/);
  } finally {
    site.setFaults({ failRate: 0 });
  }
});

test('the card cache shows the last card at once and lets the next load come in one batched request', async () => {
  actingUser = 'ali.hassan';
  const cache = new Map<string, string>();
  await loaded(await start('sv-SE', 'Medium', APP_PAGE, cache));
  expect(JSON.parse(cache.get('card')!).state.status).toBe('ready');

  site.resetStats();
  const again = await start('sv-SE', 'Medium', APP_PAGE, cache);
  expect((again.extension.state as { status: string }).status).toBe('ready');
  expect(contents(again.card.cardView()).texts[1]).toMatch(/^Din enhet: nivå 0 av 6/);
  const before = again.renders();
  for (let attempt = 0; attempt < 400 && again.renders() === before; attempt++) await new Promise((resolve) => setTimeout(resolve, 25));
  // One batch; the request digest its POST needs is the one PnPjs kept from the first load.
  expect(site.stats().byPath).toEqual({ '/sites/mr/_api/$batch': 1 });
});

test.each(['sv-SE', 'en-US'])('in %s, someone in several units sees the first by name and is told which others they belong to', async (culture) => {
  const { strings, fill } = cardLocalizationFor(culture);
  const other = 'Avdelningen för individ- och familjeomsorg';
  // Maja Medlem is named there, and works in Nämndkansliet through its linked team.
  actingUser = 'member';
  const { card } = await loaded(await start(culture, 'Large'));
  expect(contents(card.cardView()).texts[2]).toBe(`${strings.exampleDataTitle}: ${fill(strings.cardUnitDetails, { unit: other, period: String(new Date().getFullYear()) })}`);
  card.pressCardButton(0);
  expect(contents(card.quickView()!).texts).toContain(fill(strings.cardOtherUnits, { unit: other, others: 'Nämndkansliet' }));
});

test('"ny uppdatering" counts what was published since the visit the updates view recorded, and the card records none', async () => {
  const remembered = new Map<string, string>();
  const storage = { getItem: (key: string) => remembered.get(key) ?? null, setItem: (key: string, value: string) => void remembered.set(key, value), removeItem: (key: string) => void remembered.delete(key) };
  // The browser's storage, shared by the web part's updates view and the card on the same SharePoint origin.
  Object.assign(globalThis, { window: { localStorage: storage } });
  try {
    actingUser = 'ali.hassan';
    const member = await clientFor(site.siteUrl, 'ali.hassan').repos.site.currentUser();
    // The person opened the updates view between the demo's two updates (10 March and 17 June 2025).
    updateVisits(storage, site.siteUrl).record(member.id, new Date('2025-05-01T12:00:00Z'));
    const { card } = await loaded(await start('sv-SE', 'Medium'));
    const { strings, fill } = cardLocalizationFor('sv-SE');
    expect(contents(card.cardView()).texts[1]).toContain(` · ${fill(strings.cardNewUpdatesOne, { count: 1 })}`);
    expect(remembered.get(lastVisitKey(site.siteUrl, member.id))).toBe('2025-05-01T12:00:00.000Z');
  } finally {
    delete (globalThis as { window?: unknown }).window;
  }
});
