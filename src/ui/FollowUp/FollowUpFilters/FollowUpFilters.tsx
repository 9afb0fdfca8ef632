import * as React from 'react';
import { Checkbox, Field, Select } from '@fluentui/react-components';
import { compareSwedish } from '../../../domain/language';
import { FIRST_PERIOD, Period, periodsUpTo, previousPeriod, previousReportPeriod } from '../../../domain/period';
import { Unit, UNIT_TYPES, UnitType } from '../../../domain/unit';
import { useLocalization } from '../../loc';
import { unitTypeLabel } from '../export/exportStrings';
import { useFollowUpFiltersStyles } from './useFollowUpFiltersStyles';

export interface FollowUpFiltersProps {
  /** The host's current period: the latest that may be chosen. */
  currentPeriod: Period;
  period: Period;
  onPeriodChange: (period: Period) => void;
  /** The period compared with; earlier than `period`. */
  comparedWith: Period;
  onComparedWithChange: (period: Period) => void;
  /** All units, to offer those with units below them as the part of the city; absent while loading. */
  units?: readonly Unit[];
  /** The unit types included; never empty. */
  types: readonly UnitType[];
  onTypesChange: (types: UnitType[]) => void;
  parentId?: number;
  onParentChange: (parentId: number | undefined) => void;
}

/**
 * The periods a follow-up may be compared with: every earlier one from the programme's start, and at
 * least back to the previous report's (two years before), which is the default even where it predates the programme.
 */
function comparisonPeriods(period: Period): Period[] {
  const periods: Period[] = [];
  for (let p = previousPeriod(period); p >= Math.min(FIRST_PERIOD, previousReportPeriod(period)); p--) periods.push(p);
  return periods;
}

/** The value of the option that stands for no parent: the whole city. */
const WHOLE_CITY = '';

/**
 * Period, unit types and the part of the city to follow up, as native selects and checkboxes: light to
 * load, and every screen reader and keyboard knows them.
 */
export function FollowUpFilters(props: FollowUpFiltersProps): React.ReactElement {
  const { currentPeriod, period, onPeriodChange, comparedWith, onComparedWithChange, units = [], types, onTypesChange, parentId, onParentChange } = props;
  const { strings, fill } = useLocalization();
  const styles = useFollowUpFiltersStyles();
  // Every unit that holds or may hold others: all but teams, and any team that has units under it.
  const parents = React.useMemo(() => {
    const withChildren = new Set(units.map((unit) => unit.parentId));
    return units.filter((unit) => unit.type !== 'team' || withChildren.has(unit.id)).sort((a, b) => compareSwedish(a.name, b.name));
  }, [units]);
  const setType = (type: UnitType, included: boolean): void =>
    onTypesChange(UNIT_TYPES.filter((t) => (t === type ? included : types.includes(t))));

  return (
    <div className={styles.root}>
      <Field label={strings.followUpPeriodLabel}>
        <Select value={String(period)} onChange={(_, data) => onPeriodChange(Number(data.value))}>
          {periodsUpTo(currentPeriod).map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={strings.followUpComparedWithLabel} hint={fill(strings.followUpComparedWithHint, { period: String(previousReportPeriod(period)) })}>
        <Select value={String(comparedWith)} onChange={(_, data) => onComparedWithChange(Number(data.value))}>
          {comparisonPeriods(period).map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={strings.followUpParentLabel}>
        <Select
          value={parentId === undefined ? WHOLE_CITY : String(parentId)}
          disabled={parents.length === 0}
          onChange={(_, data) => onParentChange(data.value === WHOLE_CITY ? undefined : Number(data.value))}
        >
          <option value={WHOLE_CITY}>{strings.followUpParentAll}</option>
          {parents.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.name}
            </option>
          ))}
        </Select>
      </Field>
      <fieldset className={styles.types}>
        <legend className={styles.legend}>{strings.followUpTypesLabel}</legend>
        {UNIT_TYPES.map((type) => {
          const included = types.includes(type);
          return (
            <Checkbox
              key={type}
              label={unitTypeLabel(type, strings)}
              checked={included}
              // The last type stays: a follow-up of no units at all answers no question.
              disabled={included && types.length === 1}
              onChange={(_, data) => setType(type, data.checked === true)}
            />
          );
        })}
      </fieldset>
    </div>
  );
}
