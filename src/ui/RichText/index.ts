export { sanitizeHtml } from './sanitizeHtml';
export { RichTextView } from './RichTextView';
export type { RichTextViewProps, RichTextViewStrings } from './RichTextView';
export { useRichTextViewStyles } from './useRichTextViewStyles';
export { RichTextEditor } from './RichTextEditor';
export type { RichTextEditorProps, RichTextEditorStrings, RichTextFormat } from './RichTextEditor.types';
