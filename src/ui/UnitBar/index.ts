export { UnitBar } from './UnitBar';
export type { UnitBarProps } from './UnitBar';
export { useUnitResolution } from './useUnitResolution';
export type { UnitResolution } from './useUnitResolution';
