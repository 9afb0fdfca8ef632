export { ChecklistItemsEditor, ItemForm } from './ChecklistItemsEditor';
export type { ChecklistItemsEditorProps } from './ChecklistItemsEditor';
