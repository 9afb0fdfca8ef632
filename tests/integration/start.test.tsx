/** @jest-environment jsdom */
/**
 * The app's start against the local SharePoint, counted at the server: a Teams tab opened on a unit's
 * checklist asks in one $batch (one HTTP request) when the link names the unit, in two when the unit
 * follows from the person's rights; a second start shows the cached checklist before the batch answers,
 * with its ticks not confirmed and nothing to change until it does.
 */
import * as React from 'react';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import nodeFetch, { Headers as NodeHeaders, Request as NodeRequest, Response as NodeResponse } from 'node-fetch';
import { memoryStartCache } from '../../src/app';
import type { MrRepositories, StartCache, StartData } from '../../src/app';
import { SCHEMA_VERSION } from '../../src/data/schema';
import { emptyAssignment } from '../../src/domain/itemAssignment';
import { DEMO_TEAMS_GROUP_ID } from '../../src/data/seed/content';
import { App } from '../../src/ui';
import type { HostContext } from '../../src/ui';
import { clientFor } from '../data/localSite';
import { DemoSite, startDemoSite } from '../data/demoSite';
import { hostContext, localization } from '../ui/render';

// jsdom has no fetch of its own; PnPjs talks to the local server through Node's.
Object.assign(globalThis, { fetch: nodeFetch, Headers: NodeHeaders, Request: NodeRequest, Response: NodeResponse });

const PERIOD = 2025;
const WAIT = { timeout: 60000 };
const { strings, fill, formatDate } = localization('sv');
let demo: DemoSite;
let planKey: string;

beforeAll(async () => {
  demo = await startDemoSite();
  const { repos } = clientFor(demo.site.siteUrl, 'editor');
  planKey = (await repos.actionPlans.list()).value.find((plan) => plan.id === demo.planId)?.key ?? '';
  // Maja (the member) has ticked one item, so that a cached view has a tick to show.
  const member = clientFor(demo.site.siteUrl, 'member').repos;
  await member.checklist.applyIntent({ unitId: demo.teamId, planId: demo.planId, itemId: demo.itemIds[0], period: PERIOD, done: true, at: new Date().toISOString() });
}, 60000);

afterEach(cleanup);

afterAll(async () => {
  await demo.site.close();
});

/** REST requests the server answered, the form digest left out (PnPjs in Node has no page to take it from). */
function dataRequests(): number {
  const stats = demo.site.stats();
  const digest = Object.entries(stats.byPath)
    .filter(([path]) => path.toLowerCase().endsWith('/_api/contextinfo'))
    .reduce((sum, [, count]) => sum + count, 0);
  return stats.total - digest;
}

/** The start's requests: the REST requests but the form digest and the live poll (getchanges), which may start on its cadence meanwhile. */
function startRequests(): Record<string, number> {
  return Object.fromEntries(
    Object.entries(demo.site.stats().byPath).filter(([path]) => !/\/_api\/contextinfo$|\/getchanges$/i.test(path))
  );
}

function teamsTab(repositories: MrRepositories, overrides: Partial<HostContext> = {}): HostContext {
  return hostContext('sv', {
    repositories,
    unitSource: { kind: 'teamsGroup', groupId: DEMO_TEAMS_GROUP_ID },
    route: { view: 'plans', item: planKey, unit: demo.teamId },
    period: PERIOD,
    dataSiteUrl: demo.site.siteUrl,
    ...overrides
  });
}

async function enabledCheckboxes(): Promise<HTMLInputElement[]> {
  let boxes: HTMLInputElement[] = [];
  await waitFor(() => {
    boxes = screen.getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.length).toBeGreaterThan(0);
    expect(boxes.every((box) => !box.disabled)).toBe(true);
  }, WAIT);
  return boxes;
}

describe('the start, counted at the local SharePoint', () => {
  it('asks in one request when the link names the unit', async () => {
    const { repos } = clientFor(demo.site.siteUrl, 'member');
    await repos.site.permissions(); // the digest, as a SharePoint page carries it
    demo.site.resetStats();
    render(<App host={teamsTab(repos)} />);
    const boxes = await enabledCheckboxes();
    expect(boxes.length).toBe(demo.itemIds.length);
    expect(dataRequests()).toBe(1);
  }, 120000);

  it('asks in two when the unit follows from the team', async () => {
    const { repos } = clientFor(demo.site.siteUrl, 'member');
    await repos.site.permissions();
    demo.site.resetStats();
    render(<App host={teamsTab(repos, { route: { view: 'plans', item: planKey } })} />);
    await enabledCheckboxes();
    expect(dataRequests()).toBe(2);
  }, 120000);

  it('brings the whole plan page in that one request: the plan’s progress across units and the items’ due dates too', async () => {
    const { repos } = clientFor(demo.site.siteUrl, 'member');
    await repos.assignments.save(emptyAssignment(demo.teamId, demo.itemIds[1], demo.planId, PERIOD), { dueDate: '2025-11-30' });
    demo.site.resetStats();
    render(<App host={teamsTab(repos)} />);
    await enabledCheckboxes();
    await screen.findByText(strings.planProgressHeading, undefined, WAIT);
    await screen.findByText(fill(strings.assignmentDue, { date: formatDate('2025-11-30') }), { exact: false }, WAIT);
    expect(startRequests()).toEqual({ '/sites/mr/_api/$batch': 1 });
  }, 120000);

  it('brings the plans’ list with the unit’s saved minutes in one request', async () => {
    const { repos } = clientFor(demo.site.siteUrl, 'member');
    await repos.site.permissions();
    demo.site.resetStats();
    render(<App host={teamsTab(repos, { route: { view: 'plans', unit: demo.teamId } })} />);
    await screen.findByText(strings.minutesNone, undefined, WAIT);
    expect(startRequests()).toEqual({ '/sites/mr/_api/$batch': 1 });
  }, 120000);

  it('shows the cached checklist before the batch answers, its ticks not confirmed; then the batch’s', async () => {
    const cache = memoryStartCache();
    const startCache = { cache, person: 'member', schemaVersion: SCHEMA_VERSION };
    const first = clientFor(demo.site.siteUrl, 'member').repos;
    render(<App host={teamsTab(first, { startCache })} />);
    await enabledCheckboxes();
    cleanup();

    const { repos } = clientFor(demo.site.siteUrl, 'member');
    let answer: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (answer = resolve));
    const load = repos.start.load.bind(repos.start);
    repos.start.load = async (route) => {
      const data = await load(route);
      await held;
      return data;
    };
    render(<App host={teamsTab(repos, { startCache })} />);
    await screen.findByText(strings.startRefreshing, undefined, WAIT);
    const cachedBoxes = (await screen.findAllByRole('checkbox', undefined, WAIT)) as HTMLInputElement[];
    expect(cachedBoxes.every((box) => box.disabled)).toBe(true);
    expect(cachedBoxes.filter((box) => box.checked)).toHaveLength(1);
    expect(screen.getAllByText(strings.checklistUnconfirmed)).toHaveLength(1);

    answer();
    await enabledCheckboxes();
    expect(screen.queryByText(strings.startRefreshing)).toBeNull();
    expect(screen.queryByText(strings.checklistUnconfirmed)).toBeNull();
  }, 120000);

  it('shows nothing another person left in the cache', async () => {
    const cache: StartCache = memoryStartCache();
    const member = clientFor(demo.site.siteUrl, 'member').repos;
    render(<App host={teamsTab(member, { startCache: { cache, person: 'member', schemaVersion: SCHEMA_VERSION } })} />);
    await enabledCheckboxes();
    cleanup();

    const editor = clientFor(demo.site.siteUrl, 'editor').repos;
    const shown: StartData[] = [];
    const read = cache.read.bind(cache);
    cache.read = async (key) => {
      const data = await read(key);
      if (data !== undefined) shown.push(data);
      return data;
    };
    render(<App host={teamsTab(editor, { startCache: { cache, person: 'editor', schemaVersion: SCHEMA_VERSION } })} />);
    await enabledCheckboxes();
    expect(screen.queryByText(strings.startRefreshing)).toBeNull();
    expect(shown).toEqual([]);
  }, 120000);
});
