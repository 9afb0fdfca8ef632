import * as React from 'react';
import { Select } from '@fluentui/react-components';
import type { Unit } from '../../domain/unit';

export interface UnitSelectProps {
  units: readonly Unit[];
  selected?: Unit;
  onSelect: (unitId: number) => void;
  disabled?: boolean;
}

/** A native select of units: labelled by the Field around it, usable with the keyboard and screen readers. */
export function UnitSelect({ units, selected, onSelect, disabled = false }: UnitSelectProps): React.ReactElement {
  return (
    <Select value={selected ? String(selected.id) : ''} disabled={disabled} onChange={(_, data) => onSelect(Number(data.value))}>
      {units.map((unit) => (
        <option key={unit.id} value={unit.id}>
          {unit.name}
        </option>
      ))}
    </Select>
  );
}
