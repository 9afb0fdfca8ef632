import * as React from 'react';
import { unitGroups } from './unitHierarchy';
import type { UnitPickerProps, UnitPickerState } from './UnitPicker.types';

/** An option's value: the unit's id, with a prefix where it is listed among the person's own units. */
export const OWN_PREFIX = 'own:';
export const optionValue = (unitId: number, own: boolean): string => (own ? `${OWN_PREFIX}${unitId}` : String(unitId));
const unitIdOf = (value: string): number => Number(value.startsWith(OWN_PREFIX) ? value.slice(OWN_PREFIX.length) : value);

/** Search as you type over every unit; choosing one hands it on, leaving without a choice keeps the last one. */
export function useUnitPicker({ units, ownUnitIds, selectedId, onSelect }: UnitPickerProps): UnitPickerState {
  // Undefined while the person is not typing: then the input shows the chosen unit and the list shows all.
  const [query, setQuery] = React.useState<string>();
  const [open, setOpen] = React.useState(false);
  const selected = units.find((unit) => unit.id === selectedId);
  const groups = React.useMemo(() => unitGroups(units, ownUnitIds, query), [units, ownUnitIds, query]);
  const typed = query !== undefined && query.trim() !== '';
  const matchCount = typed ? new Set(groups.flatMap((group) => group.entries.map((entry) => entry.unit.id))).size : undefined;

  return {
    inputValue: query ?? selected?.name ?? '',
    groups,
    matchCount,
    selectedOptions: selected ? [optionValue(selected.id, false), optionValue(selected.id, true)] : [],
    open,
    onOpenChange: (next) => {
      setOpen(next);
      // Closed without a choice (Escape, a click elsewhere): the input shows the chosen unit again.
      if (!next) setQuery(undefined);
    },
    onInput: (text) => {
      setQuery(text);
      setOpen(true);
    },
    onOptionValue: (value) => {
      // The combobox clears its selection while the person types; the chosen unit stays until another is chosen.
      const unit = value === undefined || value === '' ? undefined : units.find((candidate) => candidate.id === unitIdOf(value));
      if (unit === undefined) return;
      setQuery(undefined);
      setOpen(false);
      onSelect(unit);
    },
    onDone: () => {
      setQuery(undefined);
      setOpen(false);
    }
  };
}
