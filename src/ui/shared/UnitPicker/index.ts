export { UnitPicker } from './UnitPicker';
export type { UnitPickerProps } from './UnitPicker.types';
export { compareUnitNames, containsQuery, unitGroups, unitsInOrder, unitWithPath, UNIT_GROUP_ORDER } from './unitHierarchy';
export type { UnitEntry, UnitGroup, UnitGroupKey } from './unitHierarchy';
export { ChooseUnit } from './ChooseUnit';
export type { ChooseUnitProps } from './ChooseUnit';
