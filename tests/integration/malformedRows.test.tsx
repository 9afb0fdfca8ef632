/** @jest-environment jsdom */
/**
 * A view over lists seeded with malformed rows of every kind a view of one unit can meet: a key that differs
 * only by a trailing space, a tick whose checklist item is gone, and dates in year 0001 and 9999. The staircase
 * reads every plan's checklist (six reads of one ticks list), yet names each row once, says what is wrong in
 * words an editor can act on, and shows the rest.
 */
import * as React from 'react';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import nodeFetch, { Headers as NodeHeaders, Request as NodeRequest, Response as NodeResponse } from 'node-fetch';
import { tickKey } from '../../src/domain/checklist';
import { assessmentKey } from '../../src/domain/staircase';
import { listOf } from '../../src/data/queries';
import { Staircase } from '../../src/ui/Staircase';
import { DemoSite, startDemoSite } from '../data/demoSite';
import { clientFor } from '../data/localSite';
import { MEMBER_PERMISSIONS } from '../ui/fakes';
import { localization, renderInProviders, viewProps } from '../ui/render';

Object.assign(globalThis, { fetch: nodeFetch, Headers: NodeHeaders, Request: NodeRequest, Response: NodeResponse });

const PERIOD = 2033;
const { strings, fill, plural } = localization('sv');

let demo: DemoSite;

beforeAll(async () => {
  demo = await startDemoSite();
});

afterAll(() => demo.site.close());

afterEach(cleanup);

it('reports each malformed row once, in words, and shows the rest of the staircase', async () => {
  const { sp, repos } = clientFor(demo.site.siteUrl, 'editor');
  const ticks = listOf(sp, 'checklistTicks').items;
  const [first, second, third] = demo.itemIds;
  const tick = (itemId: number, fields: Record<string, unknown> = {}): Record<string, unknown> => ({
    Title: tickKey(demo.teamId, itemId, PERIOD),
    UnitId: demo.teamId,
    ChecklistItemId: itemId,
    ActionPlanId: demo.planId,
    Period: PERIOD,
    Done: true,
    ...fields
  });
  const trailingSpace = (await ticks.add(tick(first, { Title: `${tickKey(demo.teamId, first, PERIOD)} ` }))) as { Id: number };
  const ancient = (await ticks.add(tick(second, { DoneAt: '0001-01-01T00:00:00Z' }))) as { Id: number };
  // An item ticked, then deleted: its tick points at nothing.
  const gone = (await listOf(sp, 'checklistItems').items.add({ Title: 'Borttagen punkt', ActionPlanId: demo.planId, FocusArea: 'knowledge', SortOrder: 99 })) as { Id: number };
  const dangling = (await ticks.add(tick(gone.Id))) as { Id: number };
  await listOf(sp, 'checklistItems').items.getById(gone.Id).delete();
  const future = (await listOf(sp, 'staircaseAssessments').items.add({
    Title: assessmentKey(demo.teamId, 1, PERIOD),
    UnitId: demo.teamId,
    Step: 1,
    Period: PERIOD,
    StepStatus: 'fulfilled',
    AssessedAt: '9999-12-31T00:00:00Z'
  })) as { Id: number };
  // One good tick, which the view shows.
  await ticks.add(tick(third, { DoneAt: '2033-03-01T10:00:00Z' }));

  const unit = (await repos.units.list()).value.find((candidate) => candidate.id === demo.teamId);
  renderInProviders('sv', <Staircase {...viewProps({ repositories: repos, unit, period: PERIOD, permissions: MEMBER_PERMISSIONS })} />);
  const title = await screen.findByText(plural(4, strings.rowProblemsOne, strings.rowProblemsOther), {}, { timeout: 30000 });
  const bar = title.closest('.fui-MessageBar') as HTMLElement;
  fireEvent.click(within(bar).getByRole('button', { name: strings.rowProblemsShowDetails }));
  const lines = within(bar).getAllByRole('listitem').map((line) => line.textContent ?? '');
  expect(lines).toHaveLength(4);
  const line = (id: number, list = 'MrChecklistTicks'): string => lines.find((text) => text.startsWith(`${list}, rad ${id}:`)) ?? '';
  // The trailing space shows, inside quotes.
  expect(line(trailingSpace.Id)).toContain(`”${tickKey(demo.teamId, first, PERIOD)} ” borde vara ”${tickKey(demo.teamId, first, PERIOD)}”`);
  expect(line(ancient.Id)).toContain('0001-01-01');
  expect(line(dangling.Id)).toContain(`(id ${gone.Id})`);
  expect(line(future.Id, 'MrStaircaseAssessments')).toContain('9999-12-31');
  // The rest is there: the level, and the six steps.
  expect(screen.getByRole('img', { name: fill(strings.staircaseLevel, { level: 0, total: 6 }) })).toBeTruthy();
  expect(screen.getAllByRole('radiogroup')).toHaveLength(6);
});
