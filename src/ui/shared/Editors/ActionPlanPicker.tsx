import * as React from 'react';
import { Field, Select } from '@fluentui/react-components';
import type { ActionPlan } from '../../../domain/actionPlan';
import { useLocalization } from '../../loc';

export interface ActionPlanPickerProps {
  label: string;
  hint?: string;
  plans: readonly ActionPlan[];
  planId: number | undefined;
  onChange: (planId: number | undefined) => void;
  /** When given, a first choice of no plan, with this label. */
  noneLabel?: string;
}

/** Picks one of the action plans by its title in the person's language (or none, where that is allowed). */
export function ActionPlanPicker({ label, hint, plans, planId, onChange, noneLabel }: ActionPlanPickerProps): React.ReactElement {
  const { text } = useLocalization();
  return (
    <Field label={label} hint={hint}>
      <Select value={planId === undefined ? '' : String(planId)} onChange={(_event, data) => onChange(data.value === '' ? undefined : Number(data.value))}>
        {noneLabel !== undefined && <option value="">{noneLabel}</option>}
        {plans.map((plan) => (
          <option key={plan.id} value={plan.id}>
            {text(plan.title)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
