/** @jest-environment jsdom */
/**
 * Two editors on one local SharePoint edit the same update in the real editor, each through the product's own
 * PnPjs repositories. The second save meets the first as a conflict: the dialog shows both versions, and only
 * the choice the second editor makes reaches SharePoint.
 */
import * as React from 'react';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import nodeFetch, { Headers as NodeHeaders, Request as NodeRequest, Response as NodeResponse } from 'node-fetch';
import type { LocalSharePoint } from '../../local/server/index.ts';
import type { MrRepositories } from '../../src/app';
import type { Update } from '../../src/domain/update';
import { UpdateEditor } from '../../src/ui/Updates';
import { startDemoSite } from '../data/demoSite';
import { clientFor } from '../data/localSite';
import { localization, renderInProviders } from '../ui/render';

// jsdom has no fetch of its own; PnPjs talks to the local server through Node's.
Object.assign(globalThis, { fetch: nodeFetch, Headers: NodeHeaders, Request: NodeRequest, Response: NodeResponse });

const { strings } = localization('sv');

let site: LocalSharePoint;
let first: MrRepositories;
let second: MrRepositories;

beforeAll(async () => {
  site = (await startDemoSite()).site;
  first = clientFor(site.siteUrl, 'editor').repos;
  second = clientFor(site.siteUrl, 'editor').repos;
});

afterAll(() => site.close());

afterEach(cleanup);

async function newUpdate(title: string): Promise<Update> {
  return first.updates.save({ id: 0, title, summary: 'Från början', body: '<p>Text</p>', status: 'draft', pinned: false });
}

const stored = async (id: number): Promise<Update | undefined> => (await first.updates.all()).value.find((update) => update.id === id);

/** The second editor opens the update, the first saves a change meanwhile, then the second saves theirs. */
async function meetConflict(update: Update): Promise<{ onDone: jest.Mock; dialog: HTMLElement }> {
  const onDone = jest.fn();
  renderInProviders(
    'sv',
    <UpdateEditor update={update} plans={[]} repository={second.updates} navigate={jest.fn()} onDone={onDone} onCancel={jest.fn()} />
  );
  await first.updates.save({ ...update, summary: 'Den förstas ingress' });
  fireEvent.change(screen.getByLabelText(new RegExp(`^${strings.updateFieldTitle}`), { selector: 'input' }), { target: { value: 'Den andras rubrik' } });
  fireEvent.click(screen.getByText(strings.editSave, { selector: 'button' }));
  // A real round trip: the save, the 412, and reading their version again.
  const dialog = await screen.findByRole('alertdialog', { name: strings.conflictTitle }, { timeout: 15000 });
  return { onDone, dialog };
}

describe('two editors save the same update', () => {
  it('shows the second editor the first one’s change, and "keep theirs" leaves it as the first saved it', async () => {
    const update = await newUpdate('Konflikt A');
    const { onDone, dialog } = await meetConflict(update);
    expect(within(dialog).getByText('Den förstas ingress')).toBeTruthy();
    expect(within(dialog).getByText('Den andras rubrik')).toBeTruthy();

    fireEvent.click(within(dialog).getByText(strings.conflictKeepTheirs, { selector: 'button' }));
    expect(onDone).toHaveBeenCalledWith(expect.objectContaining({ title: 'Konflikt A', summary: 'Den förstas ingress' }));
    expect(await stored(update.id)).toMatchObject({ title: 'Konflikt A', summary: 'Den förstas ingress' });
  });

  it('"use mine" stores the second editor’s version, knowingly, over the first', async () => {
    const update = await newUpdate('Konflikt B');
    const { onDone, dialog } = await meetConflict(update);
    fireEvent.click(within(dialog).getByText(strings.conflictUseMine, { selector: 'button' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled(), { timeout: 15000 });
    expect(await stored(update.id)).toMatchObject({ title: 'Den andras rubrik', summary: 'Från början' });
  });
});
