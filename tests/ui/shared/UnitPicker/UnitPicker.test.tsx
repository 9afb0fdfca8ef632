/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, screen, within } from '@testing-library/react';
import { Field } from '@fluentui/react-components';
import { UnitPicker } from '../../../../src/ui/shared/UnitPicker';
import { LANGUAGES, localization, renderInProviders, TestLanguage } from '../../render';
import { CITY_UNIT, CITY_UNITS } from './cityUnits';

describe.each(LANGUAGES)('UnitPicker (%s)', (language: TestLanguage) => {
  const { strings, fill, plural } = localization(language);

  function renderPicker(own: number[] = [], selectedId?: number): { onSelect: jest.Mock; input: HTMLInputElement } {
    const onSelect = jest.fn();
    renderInProviders(
      language,
      <Field label={strings.unitLabel}>
        <UnitPicker units={CITY_UNITS} ownUnitIds={new Set(own)} selectedId={selectedId} onSelect={onSelect} />
      </Field>
    );
    return { onSelect, input: screen.getByRole('combobox', { name: strings.unitLabel }) as HTMLInputElement };
  }
  const type = (input: HTMLInputElement, text: string): void => void fireEvent.change(input, { target: { value: text } });
  /** The accessible names of the elements with `role` in `container`: what a screen reader reads. */
  const names = (role: 'group' | 'option', container: HTMLElement = document.body): Array<[string, HTMLElement]> => {
    const found: Array<[string, HTMLElement]> = [];
    within(container).queryAllByRole(role, {
      name: (name, element) => {
        // jsdom has no layout, so the name gets a space before each comma that a browser leaves out.
        found.push([name.replace(/\s+,/g, ','), element]);
        return true;
      }
    });
    return found;
  };
  /** What a screen reader reads, group by group: `group: option`. */
  const shown = (): string[] => names('group').flatMap(([group, element]) => names('option', element).map(([option]) => `${group}: ${option}`));

  it('shows the chosen unit, or asks for one', () => {
    renderPicker([], 3);
    expect((screen.getByRole('combobox', { name: strings.unitLabel }) as HTMLInputElement).value).toBe('Nämndkansliet');
  });

  it('opens on the whole organisation, grouped and in order, each unit with what it belongs to', () => {
    const { input } = renderPicker();
    expect(input.placeholder).toBe(strings.unitPickerPlaceholder);
    fireEvent.click(input);
    const lines = shown();
    expect(lines[0]).toBe(`${strings.unitGroupDistrictCommittees}: Bromma stadsdelsnämnd`);
    expect(lines).toContain(`${strings.unitGroupDistrictCommittees}: Nämndkansliet, Hägersten-Älvsjö stadsdelsnämnd, Hägersten-Älvsjö stadsdelsförvaltning`);
    expect(lines).toContain(`${strings.unitGroupCommittees}: Nämndkansliet, Kulturnämnden, Kulturförvaltningen`);
    expect(lines).toContain(`${strings.unitGroupCompanyBoards}: Stockholm Vatten och Avfall AB`);
    expect(lines[lines.length - 1]).toBe(`${strings.unitGroupOther}: Årsta team`);
    expect(lines.filter((line) => line.startsWith(strings.unitGroupOwn))).toEqual([]);
  });

  it('lists the person’s own units first', () => {
    const { input } = renderPicker([12]);
    fireEvent.click(input);
    expect(shown()[0]).toBe(`${strings.unitGroupOwn}: Nämndkansliet, Kulturnämnden, Kulturförvaltningen`);
  });

  it('searches as the person types, with Swedish collation, and says how many match', () => {
    const { input } = renderPicker();
    type(input, 'ÄLVSJÖ');
    // Each option reads as the unit's name, then what it belongs to.
    const expected = [
      'Hägersten-Älvsjö stadsdelsnämnd',
      'Hägersten-Älvsjö stadsdelsförvaltning',
      'Avdelningen för individ- och familjeomsorg',
      'Éxtra-éxamen',
      'Nämndkansliet',
      'Zinkensdamms team',
      'Älvsjö stadsdelsnämnd'
    ];
    const found = names('option').map(([name]) => name);
    expect(found.map((text, index) => text.startsWith(expected[index]))).toEqual(expected.map(() => true));
    expect(screen.getByText(plural(7, strings.unitPickerMatchesOne, strings.unitPickerMatchesOther))).toBeTruthy();
    type(input, 'alvsjo');
    expect(screen.getByText(fill(strings.unitPickerNoMatch, { query: 'alvsjo' }))).toBeTruthy();
    expect(screen.queryAllByRole('group')).toEqual([]);
  });

  // Arrow keys and Enter are Fluent's own and need a real layout: the browser journeys choose units with the keyboard alone.
  it('closes on Escape without a choice, and shows the unit chosen before again', () => {
    const { input, onSelect } = renderPicker([], 7);
    input.focus();
    type(input, 'östermalm');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.value).toBe('Socialnämnden');
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('chooses by click, and leaving without a choice keeps the unit chosen before', () => {
    const { input, onSelect } = renderPicker([], 6);
    type(input, 'Kultur');
    fireEvent.click(screen.getByRole('option', { name: 'Kulturnämnden' }));
    expect(onSelect).toHaveBeenLastCalledWith(CITY_UNIT(10));
    type(input, 'Soc');
    fireEvent.blur(input);
    expect(input.value).toBe('Bromma stadsdelsnämnd');
    expect(onSelect).toHaveBeenCalledTimes(1);
  });

  it('offers a unit listed twice (own, and in its place) as the same unit', () => {
    const { input, onSelect } = renderPicker([9]);
    type(input, 'strategi');
    const options = screen.getAllByRole('option', { name: /Avdelningen för strategi och utveckling/ });
    expect(options).toHaveLength(2);
    fireEvent.click(options[1]);
    expect(onSelect).toHaveBeenCalledWith(CITY_UNIT(9));
  });
});

