export { Updates } from './Updates';

export { UpdateEditor } from './UpdateEditor';
export type { UpdateEditorProps } from './UpdateEditor';
export { UpdateList } from './UpdateList';
export type { UpdateListProps } from './UpdateList';
