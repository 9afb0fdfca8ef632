/** @jest-environment jsdom */
/**
 * The checklist through the UI layer against the local SharePoint: two people tick in their own
 * browsers (two rendered checklists, each with its own repositories and user), and one goes offline.
 */
import * as React from 'react';
import { cleanup, fireEvent, waitFor, within } from '@testing-library/react';
import nodeFetch, { Headers as NodeHeaders, Request as NodeRequest, Response as NodeResponse } from 'node-fetch';
import { userByKey } from '../../local/server/index.ts';
import type { LocalUserKey } from '../../local/server/index.ts';
import type { ChecklistItem } from '../../src/domain/checklist';
import { Checklist } from '../../src/ui/Checklist';
import { clientFor } from '../data/localSite';
import { DemoSite, startDemoSite } from '../data/demoSite';
import { localization, renderInProviders } from '../ui/render';

// jsdom has no fetch of its own; PnPjs talks to the local server through Node's.
Object.assign(globalThis, { fetch: nodeFetch, Headers: NodeHeaders, Request: NodeRequest, Response: NodeResponse });

const PERIOD = 2025;
const SESSION = { pollIntervalMs: 100, retryDelayMs: 100, maxRetryDelayMs: 300 };
const WAIT = { timeout: 20000 };
const { strings, fill } = localization('sv');
let demo: DemoSite;
let items: ChecklistItem[];

beforeAll(async () => {
  demo = await startDemoSite();
  items = (await clientFor(demo.site.siteUrl, 'editor').repos.actionPlans.items(demo.planId)).value;
}, 60000);

afterEach(cleanup);

afterAll(async () => {
  await demo.site.close();
});

const nameOf = (user: LocalUserKey): string => userByKey(user)?.title ?? user;
const titleOf = (index: number): string => items[index].title.sv;

/** One person's browser: their own repositories and pending-tick storage, and the checklist on screen. */
function openBrowser(user: LocalUserKey): HTMLElement {
  const { repos } = clientFor(demo.site.siteUrl, user);
  const { container } = renderInProviders(
    'sv',
    <Checklist
      repositories={repos}
      unitId={demo.teamId}
      planId={demo.planId}
      period={PERIOD}
      focusAreas={[]}
      canContribute
      compact
      siteUrl={demo.site.siteUrl}
      sessionOptions={SESSION}
    />
  );
  return container;
}

const box = (browser: HTMLElement, index: number): HTMLInputElement => within(browser).getByLabelText(titleOf(index)) as HTMLInputElement;
const rowOf = (browser: HTMLElement, index: number): HTMLElement => box(browser, index).closest('li') as HTMLElement;

async function storedTicks(): Promise<Map<number, boolean>> {
  const view = await clientFor(demo.site.siteUrl, 'editor').repos.checklist.loadUnitPlanView(demo.teamId, demo.planId, PERIOD);
  return new Map(view.value.ticks.map((tick) => [tick.itemId, tick.done]));
}

it('shows each person the other’s ticks without reloading, and settles a tick both changed on the last intent', async () => {
  const member = openBrowser('member');
  const editor = openBrowser('editor');
  await within(member).findByLabelText(titleOf(0), undefined, WAIT);
  await within(editor).findByLabelText(titleOf(0), undefined, WAIT);

  fireEvent.click(box(member, 0));
  fireEvent.click(box(editor, 1));
  await waitFor(() => expect(box(editor, 0).checked).toBe(true), WAIT);
  await waitFor(() => expect(box(member, 1).checked).toBe(true), WAIT);
  expect(within(rowOf(editor, 0)).getByText(new RegExp(fill(strings.checklistTickedBy, { name: nameOf('member'), time: '' })))).toBeTruthy();
  expect(within(rowOf(member, 1)).getByText(new RegExp(fill(strings.checklistTickedBy, { name: nameOf('editor'), time: '' })))).toBeTruthy();

  // Both change the same item; the editor acts last and unticks it.
  fireEvent.click(box(member, 2));
  fireEvent.click(box(editor, 2));
  fireEvent.click(box(editor, 2));
  await waitFor(() => {
    expect(box(member, 2).checked).toBe(false);
    expect(box(editor, 2).checked).toBe(false);
    expect(within(member).queryByText(strings.checklistPending)).toBeNull();
    expect(within(editor).queryByText(strings.checklistPending)).toBeNull();
  }, WAIT);
  const stored = await storedTicks();
  expect([stored.get(items[0].id), stored.get(items[1].id), stored.get(items[2].id)]).toEqual([true, true, false]);
}, 60000);

it('keeps ticks made offline pending and confirms them once SharePoint answers again; nothing is lost', async () => {
  const member = openBrowser('member');
  const editor = openBrowser('editor');
  await within(member).findByLabelText(titleOf(3), undefined, WAIT);
  await within(editor).findByLabelText(titleOf(3), undefined, WAIT);

  demo.site.setFaults({ failRate: 1, refusalKinds: ['drop'] });
  fireEvent.click(box(member, 3));
  fireEvent.click(box(member, 4));
  await within(member).findByText(`${strings.checklistOffline} – ${fill(strings.checklistWaitingOther, { count: 2 })}`, undefined, WAIT);
  expect(within(rowOf(member, 3)).getByText(strings.checklistPending)).toBeTruthy();
  expect(box(member, 4).checked).toBe(true);

  demo.site.setFaults({ failRate: 0 });
  await within(member).findByText(strings.checklistOnline, undefined, WAIT);
  expect(within(member).queryByText(strings.checklistPending)).toBeNull();
  await waitFor(() => expect(box(editor, 3).checked && box(editor, 4).checked).toBe(true), WAIT);
  const stored = await storedTicks();
  expect([stored.get(items[3].id), stored.get(items[4].id)]).toEqual([true, true]);
}, 60000);
