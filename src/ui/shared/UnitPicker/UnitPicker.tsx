import * as React from 'react';
import { Combobox, mergeClasses, Option, OptionGroup } from '@fluentui/react-components';
import { useLocalization } from '../../loc';
import type { UnitEntry, UnitGroupKey } from './unitHierarchy';
import type { UnitPickerProps } from './UnitPicker.types';
import { optionValue, useUnitPicker } from './useUnitPicker';
import { useUnitPickerStyles } from './useUnitPickerStyles';

/**
 * Chooses a unit: type to search (Swedish collation), or open the list and browse the organisation, the
 * person's own units first. Each unit is named with what it belongs to, so that two teams with the same
 * name in different districts are told apart, by sight and by screen readers alike.
 */
export function UnitPicker(props: UnitPickerProps): React.ReactElement {
  const { disabled = false, className } = props;
  const { strings, fill, plural } = useLocalization();
  const styles = useUnitPickerStyles();
  const state = useUnitPicker(props);
  const groupLabel: Record<UnitGroupKey, string> = {
    own: strings.unitGroupOwn,
    districtCommittees: strings.unitGroupDistrictCommittees,
    committees: strings.unitGroupCommittees,
    companyBoards: strings.unitGroupCompanyBoards,
    other: strings.unitGroupOther
  };

  // Indented by depth in the organisation; among the person's own units, the path alone says where.
  const indent = [undefined, styles.depth1, styles.depth2, styles.depth3];
  const option = (entry: UnitEntry, own: boolean): React.ReactElement => {
    const depthClass = own ? undefined : indent[Math.min(entry.depth, indent.length - 1)];
    return (
      <Option
        key={optionValue(entry.unit.id, own)}
        value={optionValue(entry.unit.id, own)}
        text={entry.unit.name}
        className={mergeClasses(styles.option, depthClass)}
      >
        <span className={styles.name}>{entry.unit.name}</span>
        {entry.path.length > 0 && <span className={styles.visuallyHidden}>, </span>}
        {entry.path.length > 0 && (
          <span className={styles.path}>
            {entry.path.map((name, index) => (
              <React.Fragment key={index}>
                {index > 0 && (
                  <>
                    <span aria-hidden="true"> › </span>
                    <span className={styles.visuallyHidden}>, </span>
                  </>
                )}
                {name}
              </React.Fragment>
            ))}
          </span>
        )}
      </Option>
    );
  };

  return (
    <>
      <Combobox
        className={mergeClasses(styles.root, className)}
        aria-label={props['aria-label']}
        placeholder={strings.unitPickerPlaceholder}
        value={state.inputValue}
        selectedOptions={state.selectedOptions}
        disabled={disabled}
        listbox={{ className: styles.listbox }}
        onChange={(event) => state.onInput(event.target.value)}
        onFocus={(event) => event.target.select()}
        onOptionSelect={(_event, data) => state.onOptionValue(data.optionValue)}
        open={state.open}
        onOpenChange={(_event, data) => state.onOpenChange(data.open)}
        onBlur={state.onDone}
      >
        {state.groups.map((group) => (
          <OptionGroup key={group.key} label={groupLabel[group.key]}>
            {group.entries.map((entry) => option(entry, group.key === 'own'))}
          </OptionGroup>
        ))}
        {state.matchCount === 0 && (
          <Option value="" text="" disabled>
            {fill(strings.unitPickerNoMatch, { query: state.inputValue.trim() })}
          </Option>
        )}
      </Combobox>
      <span aria-live="polite" className={styles.visuallyHidden}>
        {state.matchCount === undefined ? '' : plural(state.matchCount, strings.unitPickerMatchesOne, strings.unitPickerMatchesOther)}
      </span>
    </>
  );
}
