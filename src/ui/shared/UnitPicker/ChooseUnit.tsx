import * as React from 'react';
import { Field } from '@fluentui/react-components';
import type { UnitChoice } from '../ViewProps';
import { UnitPicker } from './UnitPicker';

export interface ChooseUnitProps {
  /** What choosing a unit is for, e.g. "Choose a unit to see where it stands on the staircase." */
  prompt: string;
  choice: UnitChoice;
}

/** A view that shows one unit's work, without a unit yet: asks for one, right where its content would be. */
export function ChooseUnit({ prompt, choice }: ChooseUnitProps): React.ReactElement {
  return (
    <Field label={prompt}>
      <UnitPicker units={choice.units} ownUnitIds={choice.ownUnitIds} onSelect={(unit) => choice.select(unit.id)} />
    </Field>
  );
}
