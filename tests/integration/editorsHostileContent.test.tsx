/** @jest-environment jsdom */
/**
 * The hostile corpus fed in wherever editors' and colleagues' text is shown: update titles, summaries and
 * bodies (the updates view, as staff and as editors see it, and the editor's preview), checklist item titles
 * and comments (the checklist), and unit names (the unit bar). After rendering and provoking every handler,
 * nothing has run and no handler attribute or dangerous URL is left.
 */
import * as React from 'react';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { ChecklistItem } from '../../src/domain/checklist';
import type { Unit } from '../../src/domain/unit';
import type { Update } from '../../src/domain/update';
import { Checklist } from '../../src/ui/Checklist';
import { Field } from '@fluentui/react-components';
import { UnitPicker } from '../../src/ui/shared/UnitPicker';
import { UpdateEditor, Updates } from '../../src/ui/Updates';
import { activeContentIn, provokeEveryHandler } from '../fixtures/activeContent';
import { HOSTILE_INPUTS } from '../fixtures/hostileInputs';
import { watchHostileWindow } from '../fixtures/hostileWindow';
import { ACTION_PLANS, EDITOR, fakeRepositories, OWNER_PERMISSIONS, PERIOD, PROGRAMME_ENTRIES, UNITS } from '../ui/fakes';
import { renderInProviders, SITE_URL, viewProps } from '../ui/render';

const watch = watchHostileWindow();

/** Where one input is shown: the elements that hold its text, not the product's own icons and controls around them. */
interface Shown {
  name: string;
  elements: Element[];
}

/** Provokes everything shown, then checks that nothing ran and nothing active is left, naming the input at fault. */
function expectInert(root: HTMLElement, shown: Shown[]): void {
  provokeEveryHandler(root);
  const faults = shown.flatMap(({ name, elements }) =>
    elements.length === 0 ? [`${name}: not shown`] : elements.flatMap((element) => activeContentIn(element).map((fault) => `${name}: ${fault}`))
  );
  expect(faults).toEqual([]);
  expect(watch.flag()).toBeUndefined();
  expect(watch.alert()).not.toHaveBeenCalled();
}

const hostileUpdates: Update[] = HOSTILE_INPUTS.map((input, index) => ({
  id: index + 1,
  title: input.html,
  summary: input.html,
  body: input.html,
  status: 'published',
  publishAt: new Date(Date.UTC(2025, 0, 1, 0, index)).toISOString(),
  pinned: index % 7 === 0
}));

/** Each update's title, summary and body. */
const updateRows = (): Shown[] =>
  HOSTILE_INPUTS.map((input, index) => ({
    name: input.name,
    elements: Array.from(document.querySelectorAll(`li[data-update-id="${index + 1}"] > :is(h3, p, details)`))
  }));

describe('the hostile corpus', () => {
  it('has at least fifty inputs', () => {
    expect(HOSTILE_INPUTS.length).toBeGreaterThanOrEqual(50);
  });

  it('stays inert as update titles, summaries and bodies, as staff see them with every body unfolded', async () => {
    const repositories = fakeRepositories({ updates: hostileUpdates });
    const { container } = renderInProviders('sv', <Updates {...viewProps({ repositories, route: { view: 'updates' } })} />);
    await waitFor(() => expect(container.querySelectorAll('li[data-update-id]')).toHaveLength(HOSTILE_INPUTS.length));
    container.querySelectorAll('details').forEach((details) => (details.open = true));
    expectInert(container, updateRows());
  });

  it('stays inert in the editors’ updates view', async () => {
    const repositories = fakeRepositories({ updates: hostileUpdates, user: EDITOR, permissions: OWNER_PERMISSIONS });
    const { container } = renderInProviders('en', <Updates {...viewProps({ repositories, permissions: OWNER_PERMISSIONS })} />);
    await waitFor(() => expect(container.querySelectorAll('li[data-update-id]')).toHaveLength(HOSTILE_INPUTS.length));
    expectInert(container, updateRows());
  });

  it.each(HOSTILE_INPUTS.map((input) => [input.name, input.html]))('%s: stays inert in the editor and its preview', (_name, html) => {
    const update: Update = { id: 1, title: html, summary: html, body: html, status: 'draft', pinned: false, etag: '"1"' };
    const { container } = renderInProviders(
      'sv',
      <UpdateEditor update={update} plans={ACTION_PLANS} repository={fakeRepositories().updates} navigate={jest.fn()} onDone={jest.fn()} onCancel={jest.fn()} />
    );
    fireEvent.click(screen.getByText('Förhandsgranska', { selector: 'button' }));
    // The writing area and the preview; the title and summary are form values, never markup.
    const shown = Array.from(container.querySelectorAll('[contenteditable], section'));
    expect(shown).toHaveLength(2);
    expectInert(container, [{ name: 'editor', elements: shown }]);
  });

  it('stays inert as checklist item titles and comments', async () => {
    const repositories = fakeRepositories();
    const unit = UNITS[2];
    const plan = ACTION_PLANS[0];
    const items: ChecklistItem[] = HOSTILE_INPUTS.map((input, index) => ({
      id: 1000 + index,
      planId: plan.id,
      focusArea: 'knowledge',
      order: index,
      title: { sv: input.html, en: input.html },
      active: true,
      isExample: false
    }));
    for (const item of items) {
      await repositories.actionPlans.saveItem(item);
      await repositories.checklist.applyIntent({
        unitId: unit.id,
        itemId: item.id,
        planId: plan.id,
        period: PERIOD,
        done: true,
        comment: item.title.sv,
        at: '2025-05-01T10:00:00Z'
      });
    }
    const { container } = renderInProviders(
      'sv',
      <Checklist
        repositories={repositories}
        unitId={unit.id}
        planId={plan.id}
        period={PERIOD}
        focusAreas={PROGRAMME_ENTRIES.filter((entry) => entry.kind === 'focusArea')}
        canContribute
        compact={false}
        siteUrl={SITE_URL}
      />
    );
    const boxes = (): Element[] => Array.from(container.querySelectorAll('li input[type="checkbox"]'));
    await waitFor(() => expect(boxes()).toHaveLength(items.length));
    // Each row's label (the item's title) and paragraphs (its status and the comment).
    const rows = boxes().map((box) => Array.from((box.closest('li') as Element).querySelectorAll('label, p')));
    expect(rows.every((row, index) => row.some((element) => element.textContent === HOSTILE_INPUTS[index].html))).toBe(true);
    expectInert(
      container,
      rows.map((elements, index) => ({ name: HOSTILE_INPUTS[index].name, elements }))
    );
  });

  it('stays inert as unit names in the unit picker', () => {
    const units: Unit[] = HOSTILE_INPUTS.map((input, index) => ({ id: 500 + index, name: input.html, type: 'team', memberIds: [] }));
    renderInProviders(
      'sv',
      <Field label="Enhet">
        <UnitPicker units={units} ownUnitIds={new Set([units[0].id])} onSelect={jest.fn()} />
      </Field>
    );
    fireEvent.click(screen.getByRole('combobox', { name: 'Enhet' }));
    const options = screen.getAllByRole('option');
    // Each name shown as text (its own units first, then the rest), never as markup.
    for (const input of HOSTILE_INPUTS) expect(options.some((option) => option.textContent?.includes(input.html))).toBe(true);
    // Fluent's own check mark (an svg icon) is no content: each option is checked without it.
    const labels = options.map((option) => {
      const label = option.cloneNode(true) as HTMLElement;
      label.querySelectorAll('.fui-Option__checkIcon').forEach((icon) => icon.remove());
      return label;
    });
    expectInert(document.body, [{ name: 'unit names', elements: labels }]);
  });
});
