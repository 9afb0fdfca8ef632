export { sanitizeHtml } from './sanitizeHtml';
export { RichTextView } from './RichTextView';
export type { RichTextViewProps, RichTextViewStrings } from './RichTextView';
export { useRichTextViewStyles } from './useRichTextViewStyles';
