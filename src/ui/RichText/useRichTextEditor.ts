import * as React from 'react';
import { linkIssue } from '../../domain/validation';
import { sanitizeHtml } from './sanitizeHtml';
import type { LinkDialogState, RichTextEditorProps, RichTextEditorState, RichTextFormat } from './RichTextEditor.types';

/**
 * Formatting goes through document.execCommand. It is deprecated, but it is still the only way every browser offers
 * to format a contentEditable region with working undo, and nothing has replaced it; what it produces is sanitised
 * on the way out like everything else.
 */
function execute(command: string, value?: string): void {
  document.execCommand(command, false, value);
}

/** The execCommand call that turns a format on, or off when it is already active. */
const FORMAT_COMMANDS: Record<RichTextFormat, (active: boolean) => [command: string, value?: string]> = {
  bold: () => ['bold'],
  italic: () => ['italic'],
  heading2: (active) => ['formatBlock', active ? '<p>' : '<h2>'],
  heading3: (active) => ['formatBlock', active ? '<p>' : '<h3>'],
  bulletedList: () => ['insertUnorderedList'],
  numberedList: () => ['insertOrderedList']
};

const CLOSED_LINK_DIALOG: LinkDialogState = { open: false, address: '' };

/** The nearest element matching `selector` from `node` up to, but not including, the editor. */
function closestInEditor(node: Node, editor: HTMLElement, selector: string): Element | undefined {
  const element = node instanceof Element ? node : node.parentElement;
  const match = element?.closest(selector);
  return match && match !== editor && editor.contains(match) ? match : undefined;
}

function formatsAt(node: Node, editor: HTMLElement): RichTextFormat[] {
  const within = (selector: string): boolean => closestInEditor(node, editor, selector) !== undefined;
  const list = closestInEditor(node, editor, 'ul, ol')?.localName;
  const states: [RichTextFormat, boolean][] = [
    ['bold', within('b, strong')],
    ['italic', within('i, em')],
    ['heading2', within('h2')],
    ['heading3', within('h3')],
    ['bulletedList', list === 'ul'],
    ['numberedList', list === 'ol']
  ];
  return states.filter(([, active]) => active).map(([format]) => format);
}

/** The current selection's range when it lies in the editor. */
function selectionIn(editor: HTMLElement): Range | undefined {
  const selection = document.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
  return range && editor.contains(range.commonAncestorContainer) ? range : undefined;
}

/** Ctrl (Cmd on a Mac) with these keys, as in Word and SharePoint's own editor. */
const SHORTCUTS: ReadonlyMap<string, RichTextFormat | 'link'> = new Map([
  ['b', 'bold'],
  ['i', 'italic'],
  ['k', 'link']
]);

function shortcutOf(event: React.KeyboardEvent): RichTextFormat | 'link' | undefined {
  const onlyCtrlOrCmd = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
  return onlyCtrlOrCmd ? SHORTCUTS.get(event.key.toLowerCase()) : undefined;
}

/** State and behaviour of the rich-text editor; the component only renders what this returns. */
export function useRichTextEditor(props: RichTextEditorProps): RichTextEditorState {
  const { value, onChange, strings, disabled = false } = props;
  const editorRef = React.useRef<HTMLDivElement>(null);
  /** The HTML last emitted or loaded, so that our own changes coming back as `value` do not reset the caret. */
  const shownValue = React.useRef<string | undefined>(undefined);
  /** The selection in the editor, kept while focus is in the toolbar or the link dialog. */
  const savedRange = React.useRef<Range | undefined>(undefined);
  const [activeFormats, setActiveFormats] = React.useState<RichTextFormat[]>([]);
  const [inLink, setInLink] = React.useState(false);
  const [linkDialog, setLinkDialog] = React.useState<LinkDialogState>(CLOSED_LINK_DIALOG);
  const returningFromLinkDialog = React.useRef(false);

  React.useLayoutEffect(() => {
    const editor = editorRef.current;
    if (editor && value !== shownValue.current) {
      editor.innerHTML = sanitizeHtml(value);
      shownValue.current = value;
    }
  }, [value]);

  const refreshFormats = React.useCallback((): void => {
    const editor = editorRef.current;
    const range = savedRange.current;
    if (!editor || !range) return;
    const formats = formatsAt(range.startContainer, editor);
    setActiveFormats((previous) => (previous.join() === formats.join() ? previous : formats));
    setInLink(closestInEditor(range.startContainer, editor, 'a') !== undefined);
  }, []);

  React.useEffect(() => {
    const onSelectionChange = (): void => {
      const range = editorRef.current && selectionIn(editorRef.current);
      if (range) {
        savedRange.current = range.cloneRange();
        refreshFormats();
      }
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, [refreshFormats]);

  const emitChange = (): void => {
    const editor = editorRef.current;
    if (!editor) return;
    const html = editor.textContent?.trim() === '' ? '' : sanitizeHtml(editor.innerHTML);
    if (html !== shownValue.current) {
      shownValue.current = html;
      onChange(html);
    }
  };

  /** Puts the saved selection back, after the link dialog took the selection with it. */
  const restoreSelection = (): void => {
    const selection = document.getSelection();
    if (!selection || !savedRange.current) return;
    selection.removeAllRanges();
    selection.addRange(savedRange.current);
  };

  const select = (range: Range): void => {
    savedRange.current = range;
    restoreSelection();
  };

  const runCommand = (command: string, commandValue?: string): void => {
    const editor = editorRef.current;
    if (disabled || !editor) return;
    const selectionLeft = selectionIn(editor) === undefined;
    // Focusing first ourselves, not leaving it to execCommand, lets onFocus prepare the editor outside the command.
    editor.focus();
    if (selectionLeft) restoreSelection();
    execute(command, commandValue);
    const range = selectionIn(editor);
    if (range) savedRange.current = range.cloneRange();
    emitChange();
    refreshFormats();
  };

  const toggleFormat = (format: RichTextFormat): void => {
    runCommand(...FORMAT_COMMANDS[format](activeFormats.includes(format)));
  };

  /** The link around the saved selection, selected whole, so that a command acts on all of it. */
  const selectLinkAroundSelection = (): boolean => {
    const editor = editorRef.current;
    const link = editor && savedRange.current && closestInEditor(savedRange.current.startContainer, editor, 'a');
    if (!link) return false;
    const range = document.createRange();
    range.selectNode(link);
    select(range);
    return true;
  };

  const removeLink = (): void => {
    if (selectLinkAroundSelection()) runCommand('unlink');
  };

  const openLinkDialog = (): void => {
    if (disabled) return;
    const editor = editorRef.current;
    const link = editor && savedRange.current && closestInEditor(savedRange.current.startContainer, editor, 'a');
    setLinkDialog({ open: true, address: link?.getAttribute('href') ?? '' });
  };

  const setLinkAddress = (address: string): void => setLinkDialog((dialog) => ({ ...dialog, address }));

  const closeLinkDialog = (): void => {
    returningFromLinkDialog.current = true;
    setLinkDialog(CLOSED_LINK_DIALOG);
  };

  const linkError = (address: string): string | undefined => {
    if (address === '') return strings.linkRequired;
    const issue = linkIssue('href', address);
    if (issue === undefined) return undefined;
    return issue.code === 'unsafeUrl' ? strings.linkUnsafe : strings.linkNotAUrl;
  };

  const submitLink = (): void => {
    const address = linkDialog.address.trim();
    const error = linkError(address);
    if (error !== undefined) {
      setLinkDialog({ ...linkDialog, error });
      return;
    }
    closeLinkDialog();
    selectLinkAroundSelection();
    runCommand('createLink', address);
    // The new link is selected; writing goes on after it instead of replacing it.
    document.getSelection()?.collapseToEnd();
    savedRange.current?.collapse(false);
  };

  /** Pasted or dropped content enters the editor only as sanitised HTML, or as plain text. */
  const insertTransfer = (data: DataTransfer): void => {
    const html = data.getData('text/html');
    if (html !== '') runCommand('insertHTML', sanitizeHtml(html));
    else runCommand('insertText', data.getData('text/plain'));
  };

  const editorHandlers: RichTextEditorState['editorHandlers'] = {
    onFocus: () => {
      // Back from the link dialog, writing goes on where it stopped, not at the start.
      if (returningFromLinkDialog.current) restoreSelection();
      returningFromLinkDialog.current = false;
      // Formatting as elements, not inline styles the sanitizer would strip; Enter starts a <p>, not a <div>.
      execute('styleWithCSS', 'false');
      execute('defaultParagraphSeparator', 'p');
    },
    onInput: emitChange,
    onKeyDown: (event) => {
      const shortcut = shortcutOf(event);
      if (shortcut === undefined) return;
      event.preventDefault();
      if (shortcut === 'link') openLinkDialog();
      else toggleFormat(shortcut);
    },
    onPaste: (event) => {
      event.preventDefault();
      insertTransfer(event.clipboardData);
    },
    onDrop: (event) => {
      event.preventDefault();
      // Where the browser can tell, the content goes where it was dropped; elsewhere at the caret.
      const dropPoint = document.caretRangeFromPoint?.(event.clientX, event.clientY);
      if (dropPoint) select(dropPoint);
      insertTransfer(event.dataTransfer);
    }
  };

  return {
    editorRef,
    activeFormats,
    inLink,
    toggleFormat,
    removeLink,
    linkDialog,
    openLinkDialog,
    setLinkAddress,
    submitLink,
    closeLinkDialog,
    editorHandlers
  };
}
