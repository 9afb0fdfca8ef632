export { UnitForm, UnitsEditor } from './UnitsEditor';
export type { UnitsEditorProps } from './UnitsEditor';
