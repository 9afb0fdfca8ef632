export { RichTextEditor } from './RichTextEditor';
export type { RichTextEditorProps, RichTextEditorStrings, RichTextFormat } from './RichTextEditor.types';
