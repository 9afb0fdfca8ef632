export { UpdateEditor } from './UpdateEditor';
export type { UpdateEditorProps } from './UpdateEditor';
