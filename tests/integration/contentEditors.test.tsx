/** @jest-environment jsdom */
/**
 * The content editors against the local SharePoint, through the product's own PnPjs repositories: two editors
 * renaming one unit meet as a conflict and nothing is silently overwritten; a member, whom SharePoint does not
 * let edit content, is refused by SharePoint itself and keeps what they typed; moving items is stored as one order.
 */
import * as React from 'react';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import nodeFetch, { Headers as NodeHeaders, Request as NodeRequest, Response as NodeResponse } from 'node-fetch';
import type { LocalSharePoint } from '../../local/server/index.ts';
import type { MrRepositories } from '../../src/app';
import type { Unit } from '../../src/domain/unit';
import { ChecklistItemsEditor } from '../../src/ui/Content/ChecklistItemsEditor';
import { UnitsEditor } from '../../src/ui/Content/UnitsEditor';
import { startDemoSite } from '../data/demoSite';
import { clientFor } from '../data/localSite';
import { localization, renderInProviders } from '../ui/render';

Object.assign(globalThis, { fetch: nodeFetch, Headers: NodeHeaders, Request: NodeRequest, Response: NodeResponse });

const { strings, fill } = localization('sv');

let site: LocalSharePoint;
let first: MrRepositories;
let second: MrRepositories;
let member: MrRepositories;

beforeAll(async () => {
  site = (await startDemoSite()).site;
  first = clientFor(site.siteUrl, 'editor').repos;
  second = clientFor(site.siteUrl, 'editor').repos;
  member = clientFor(site.siteUrl, 'member').repos;
});

afterAll(() => site.close());

afterEach(cleanup);

const units = async (): Promise<Unit[]> => (await first.units.list()).value;
const nameField = (): HTMLElement => screen.getByLabelText(new RegExp(`^${strings.contentUnitName}`), { selector: 'input' });

async function openUnit(repos: MrRepositories, unit: Unit, all: Unit[]): Promise<jest.Mock> {
  const onChanged = jest.fn();
  renderInProviders('sv', <UnitsEditor units={all} repository={repos.units} onChanged={onChanged} />);
  fireEvent.click(screen.getByRole('button', { name: fill(strings.contentEditNamed, { name: unit.name }) }));
  return onChanged;
}

describe('content editors on SharePoint', () => {
  it('two editors rename one unit: the second sees the first one’s name and "keep theirs" leaves it', async () => {
    const all = await units();
    const unit = all[0];
    const onChanged = await openUnit(second, unit, all);
    await first.units.save({ ...unit, name: 'Den förstas namn' });
    fireEvent.change(nameField(), { target: { value: 'Den andras namn' } });
    fireEvent.click(screen.getByText(strings.editSave, { selector: 'button' }));
    const dialog = await screen.findByRole('alertdialog', { name: strings.conflictTitle }, { timeout: 15000 });
    expect(within(dialog).getByText('Den förstas namn')).toBeTruthy();
    expect(within(dialog).getByText('Den andras namn')).toBeTruthy();
    fireEvent.click(within(dialog).getByText(strings.conflictKeepTheirs, { selector: 'button' }));
    expect(onChanged).toHaveBeenCalled();
    expect((await units()).find((u) => u.id === unit.id)?.name).toBe('Den förstas namn');
  });

  it('"use mine" stores the second editor’s name, knowingly', async () => {
    const all = await units();
    const unit = all[1];
    const onChanged = await openUnit(second, unit, all);
    await first.units.save({ ...unit, name: 'Först' });
    fireEvent.change(nameField(), { target: { value: 'Sist' } });
    fireEvent.click(screen.getByText(strings.editSave, { selector: 'button' }));
    const dialog = await screen.findByRole('alertdialog', { name: strings.conflictTitle }, { timeout: 15000 });
    fireEvent.click(within(dialog).getByText(strings.conflictUseMine, { selector: 'button' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled(), { timeout: 15000 });
    expect((await units()).find((u) => u.id === unit.id)?.name).toBe('Sist');
  });

  it('SharePoint itself refuses a member’s edit; the form says so and keeps the input', async () => {
    const all = (await member.units.list()).value;
    const unit = all[0];
    const onChanged = await openUnit(member, unit, all);
    fireEvent.change(nameField(), { target: { value: 'Obehörigt namn' } });
    fireEvent.click(screen.getByText(strings.editSave, { selector: 'button' }));
    expect(await screen.findByText(strings.editAccessDenied, undefined, { timeout: 15000 })).toBeTruthy();
    expect((nameField() as HTMLInputElement).value).toBe('Obehörigt namn');
    expect(onChanged).not.toHaveBeenCalled();
    expect((await units()).find((u) => u.id === unit.id)?.name).toBe(unit.name);
  });

  it('moving an item down stores the plan’s whole order', async () => {
    const plans = (await first.actionPlans.list()).value.sort((a, b) => a.order - b.order);
    const plan = plans[0];
    const before = (await first.actionPlans.items(plan.id)).value.sort((a, b) => a.order - b.order || a.id - b.id);
    expect(before.length).toBeGreaterThan(1);
    renderInProviders('sv', <ChecklistItemsEditor plans={plans} repository={first.actionPlans} siteUrl={site.siteUrl} />);
    const down = await screen.findByRole('button', { name: fill(strings.contentMoveDownNamed, { title: before[0].title.sv }) }, { timeout: 15000 });
    fireEvent.click(down);
    await waitFor(
      async () => {
        const after = (await first.actionPlans.items(plan.id)).value.sort((a, b) => a.order - b.order || a.id - b.id);
        expect(after.map((item) => item.id)).toEqual([before[1].id, before[0].id, ...before.slice(2).map((item) => item.id)]);
      },
      { timeout: 15000 }
    );
  });
});
