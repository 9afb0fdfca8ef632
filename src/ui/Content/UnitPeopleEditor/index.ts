export { UnitPeopleEditor } from './UnitPeopleEditor';
export type { UnitPeopleEditorProps } from './UnitPeopleEditor';
