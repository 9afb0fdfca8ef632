import type * as React from 'react';

/** The formats the toolbar toggles; each matches an element on the sanitizer's allow-list. */
export type RichTextFormat = 'bold' | 'italic' | 'heading2' | 'heading3' | 'bulletedList' | 'numberedList';

/** Every label the editor shows or announces; the caller passes them in the person's language. */
export interface RichTextEditorStrings {
  toolbar: string;
  bold: string;
  italic: string;
  heading2: string;
  heading3: string;
  bulletedList: string;
  numberedList: string;
  link: string;
  removeLink: string;
  linkDialogTitle: string;
  linkAddress: string;
  linkAddressHint: string;
  linkInsert: string;
  linkCancel: string;
  linkRequired: string;
  linkNotAUrl: string;
  linkUnsafe: string;
}

export interface RichTextEditorProps {
  /** The body as HTML. Sanitised before it is shown. */
  value: string;
  /** Called with sanitised HTML, or '' when the body has no text. */
  onChange: (html: string) => void;
  label: string;
  strings: RichTextEditorStrings;
  disabled?: boolean;
  /** Marks the body as invalid and says why; an error is always told in words, never by colour alone. */
  validationMessage?: string;
  className?: string;
}

export interface LinkDialogState {
  open: boolean;
  address: string;
  /** Why the address was refused, in the person's language. */
  error?: string;
}

export interface RichTextEditorState {
  editorRef: React.RefObject<HTMLDivElement>;
  activeFormats: RichTextFormat[];
  /** Whether the caret or selection is inside a link, so that it can be edited or removed. */
  inLink: boolean;
  toggleFormat: (format: RichTextFormat) => void;
  removeLink: () => void;
  linkDialog: LinkDialogState;
  openLinkDialog: () => void;
  setLinkAddress: (address: string) => void;
  submitLink: () => void;
  closeLinkDialog: () => void;
  editorHandlers: {
    onFocus: () => void;
    onInput: () => void;
    onKeyDown: (event: React.KeyboardEvent<HTMLDivElement>) => void;
    onPaste: (event: React.ClipboardEvent<HTMLDivElement>) => void;
    onDrop: (event: React.DragEvent<HTMLDivElement>) => void;
  };
}
