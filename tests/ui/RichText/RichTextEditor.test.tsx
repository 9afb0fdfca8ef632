/** @jest-environment jsdom */
import * as React from 'react';
import { cleanup, configure, fireEvent, render, RenderResult, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { RichTextEditor, RichTextEditorProps, RichTextEditorStrings } from '../../../src/ui/RichText';
import { activeContentIn } from '../../fixtures/activeContent';
import { HOSTILE_INPUTS } from '../../fixtures/hostileInputs';

// Role queries skip their visibility check, which costs seconds per query in jsdom with Fluent's many style rules.
configure({ defaultHidden: true });

const SWEDISH: RichTextEditorStrings = {
  toolbar: 'Formatering',
  bold: 'Fetstil',
  italic: 'Kursiv',
  heading2: 'Rubrik',
  heading3: 'Underrubrik',
  bulletedList: 'Punktlista',
  numberedList: 'Numrerad lista',
  link: 'Infoga länk',
  removeLink: 'Ta bort länk',
  linkDialogTitle: 'Länk',
  linkAddress: 'Webbadress',
  linkAddressHint: 'Börjar med https://, http:// eller mailto:',
  linkInsert: 'Infoga',
  linkCancel: 'Avbryt',
  linkRequired: 'Fyll i en webbadress.',
  linkNotAUrl: 'Skriv hela adressen, till exempel https://start.stockholm.',
  linkUnsafe: 'Av säkerhetsskäl kan en länk bara börja med https://, http:// eller mailto:.'
};

const ENGLISH: RichTextEditorStrings = {
  toolbar: 'Formatting',
  bold: 'Bold',
  italic: 'Italic',
  heading2: 'Heading',
  heading3: 'Subheading',
  bulletedList: 'Bulleted list',
  numberedList: 'Numbered list',
  link: 'Insert link',
  removeLink: 'Remove link',
  linkDialogTitle: 'Link',
  linkAddress: 'Web address',
  linkAddressHint: 'Starts with https://, http:// or mailto:',
  linkInsert: 'Insert',
  linkCancel: 'Cancel',
  linkRequired: 'Enter a web address.',
  linkNotAUrl: 'Enter the whole address, for example https://start.stockholm.',
  linkUnsafe: 'For safety, a link can only start with https://, http:// or mailto:.'
};

const LABEL = 'Brödtext';

/** jsdom has no execCommand; the editor's formatting is checked by what it asks the browser to do. */
let execCommand: jest.Mock;

beforeEach(() => {
  execCommand = jest.fn(() => true);
  Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
});

afterEach(() => {
  cleanup();
  delete (document as Partial<Document>).execCommand;
});

function renderEditor(props: Partial<RichTextEditorProps> = {}): RenderResult & { onChange: jest.Mock; editor: HTMLElement } {
  const onChange = jest.fn();
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <RichTextEditor value="" onChange={onChange} label={LABEL} strings={SWEDISH} {...props} />
    </FluentProvider>
  );
  return { ...result, onChange, editor: screen.getByRole('textbox', { name: props.label ?? LABEL }) };
}

/** Puts the caret inside the first element matching `selector`, as a click there would. */
function placeCaretIn(editor: HTMLElement, selector: string): void {
  const text = editor.querySelector(selector)?.firstChild;
  if (!text) throw new Error(`nothing to place the caret in at ${selector}`);
  document.getSelection()?.collapse(text, 1);
  fireEvent(document, new Event('selectionchange'));
}

/** The commands the editor ran, without execCommand's constant showUI argument. */
function commands(): [string, string | undefined][] {
  return execCommand.mock.calls
    .map(([command, , value]) => [command, value] as [string, string | undefined])
    .filter(([command]) => command !== 'styleWithCSS' && command !== 'defaultParagraphSeparator');
}

function pasteEvent(data: Record<string, string>): { clipboardData: Pick<DataTransfer, 'getData'> } {
  return { clipboardData: { getData: (type: string) => data[type] ?? '' } };
}

describe('RichTextEditor toolbar', () => {
  it.each([
    ['Swedish', SWEDISH],
    ['English', ENGLISH]
  ])('names the toolbar and every button in %s, with nothing pressed at first', (_language, strings) => {
    renderEditor({ strings, label: strings === SWEDISH ? 'Brödtext' : 'Body' });

    const toolbar = screen.getByRole('toolbar', { name: strings.toolbar });
    for (const name of [strings.bold, strings.italic, strings.heading2, strings.heading3, strings.bulletedList, strings.numberedList]) {
      expect(within(toolbar).getByRole('button', { name }).getAttribute('aria-pressed')).toBe('false');
    }
    expect(within(toolbar).getByRole('button', { name: strings.link }).getAttribute('aria-haspopup')).toBe('dialog');
    expect(within(toolbar).getByRole('button', { name: strings.removeLink })).toHaveProperty('disabled', true);
  });

  it('tells assistive technology about the keyboard shortcuts', () => {
    renderEditor();

    expect(screen.getByRole('button', { name: 'Fetstil' }).getAttribute('aria-keyshortcuts')).toBe('Control+B Meta+B');
    expect(screen.getByRole('button', { name: 'Kursiv' }).getAttribute('aria-keyshortcuts')).toBe('Control+I Meta+I');
    expect(screen.getByRole('button', { name: 'Infoga länk' }).getAttribute('aria-keyshortcuts')).toBe('Control+K Meta+K');
  });

  it('shows the formats at the caret as pressed buttons', () => {
    const { editor } = renderEditor({
      value: '<h2>Mål</h2><p><b>fet</b> och <em>kursiv</em></p><ol><li>först</li></ol><p><a href="https://example.com">länk</a></p>'
    });
    const pressed = (name: string): string | null => screen.getByRole('button', { name }).getAttribute('aria-pressed');

    placeCaretIn(editor, 'b');
    expect([pressed('Fetstil'), pressed('Kursiv')]).toEqual(['true', 'false']);

    placeCaretIn(editor, 'em');
    expect([pressed('Fetstil'), pressed('Kursiv')]).toEqual(['false', 'true']);

    placeCaretIn(editor, 'h2');
    expect([pressed('Rubrik'), pressed('Underrubrik')]).toEqual(['true', 'false']);

    placeCaretIn(editor, 'li');
    expect([pressed('Numrerad lista'), pressed('Punktlista')]).toEqual(['true', 'false']);

    placeCaretIn(editor, 'a');
    expect(screen.getByRole('button', { name: 'Ta bort länk' })).toHaveProperty('disabled', false);
  });

  it('runs the formatting command for each button', () => {
    renderEditor();

    for (const name of ['Fetstil', 'Kursiv', 'Rubrik', 'Underrubrik', 'Punktlista', 'Numrerad lista']) {
      fireEvent.click(screen.getByRole('button', { name }));
    }

    expect(commands()).toEqual([
      ['bold', undefined],
      ['italic', undefined],
      ['formatBlock', '<h2>'],
      ['formatBlock', '<h3>'],
      ['insertUnorderedList', undefined],
      ['insertOrderedList', undefined]
    ]);
  });

  it('turns a heading back into a paragraph', () => {
    const { editor } = renderEditor({ value: '<h3>Steg</h3>' });
    placeCaretIn(editor, 'h3');

    fireEvent.click(screen.getByRole('button', { name: 'Underrubrik' }));

    expect(commands()).toEqual([['formatBlock', '<p>']]);
  });

  it('removes the whole link around the caret', () => {
    const { editor } = renderEditor({ value: '<p>Läs <a href="https://example.com">programmet</a></p>' });
    placeCaretIn(editor, 'a');

    fireEvent.click(screen.getByRole('button', { name: 'Ta bort länk' }));

    expect(commands()).toEqual([['unlink', undefined]]);
    expect(document.getSelection()?.toString()).toBe('programmet');
  });
});

describe('RichTextEditor keyboard shortcuts', () => {
  it.each([
    [{ key: 'b', ctrlKey: true }, 'bold'],
    [{ key: 'B', ctrlKey: true }, 'bold'],
    [{ key: 'i', metaKey: true }, 'italic']
  ])('%o runs %s', (keys, command) => {
    const { editor } = renderEditor();

    const notCancelled = fireEvent.keyDown(editor, keys);

    expect(notCancelled).toBe(false);
    expect(commands()).toEqual([[command, undefined]]);
  });

  it('opens the link dialog with Ctrl+K', () => {
    const { editor } = renderEditor();

    fireEvent.keyDown(editor, { key: 'k', ctrlKey: true });

    expect(screen.getByRole('dialog', { name: 'Länk' })).toBeTruthy();
  });

  it.each([[{ key: 'b' }], [{ key: 'b', ctrlKey: true, shiftKey: true }], [{ key: 'i', ctrlKey: true, altKey: true }]])(
    'leaves %o to the browser',
    (keys) => {
      const { editor } = renderEditor();

      expect(fireEvent.keyDown(editor, keys)).toBe(true);
      expect(commands()).toEqual([]);
    }
  );
});

describe('RichTextEditor link dialog', () => {
  function openDialogAndSubmit(address: string): HTMLElement {
    fireEvent.click(screen.getByRole('button', { name: 'Infoga länk' }));
    const dialog = screen.getByRole('dialog', { name: 'Länk' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Webbadress/ }), { target: { value: address } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Infoga' }));
    return dialog;
  }

  it.each([
    ['javascript:alert(1)', SWEDISH.linkUnsafe],
    ['  JaVaScRiPt:alert(1)', SWEDISH.linkUnsafe],
    ['data:text/html,<script>alert(1)</script>', SWEDISH.linkUnsafe],
    ['vbscript:msgbox(1)', SWEDISH.linkUnsafe],
    ['www.stockholm.se', SWEDISH.linkNotAUrl],
    ['', SWEDISH.linkRequired]
  ])('refuses %p and says why', (address, message) => {
    renderEditor();

    const dialog = openDialogAndSubmit(address);

    const input = within(dialog).getByRole('textbox', { name: /Webbadress/ });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).getByText(message)).toBeTruthy();
    expect(commands()).toEqual([]);
  });

  it('inserts an https link and closes', () => {
    renderEditor();

    openDialogAndSubmit(' https://start.stockholm/mr ');

    expect(commands()).toEqual([['createLink', 'https://start.stockholm/mr']]);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('offers the address of the link at the caret for editing', () => {
    const { editor } = renderEditor({ value: '<p><a href="mailto:mr@stockholm.se">Skriv</a></p>' });
    placeCaretIn(editor, 'a');

    fireEvent.click(screen.getByRole('button', { name: 'Infoga länk' }));

    expect(screen.getByRole('textbox', { name: /Webbadress/ })).toHaveProperty('value', 'mailto:mr@stockholm.se');
  });

  it('closes without a change on cancel', () => {
    renderEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Infoga länk' }));

    fireEvent.click(screen.getByRole('button', { name: 'Avbryt' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(commands()).toEqual([]);
  });
});

describe('RichTextEditor content', () => {
  it('is a labelled multi-line textbox', () => {
    const { editor } = renderEditor();

    expect(editor.getAttribute('aria-multiline')).toBe('true');
    expect(editor.getAttribute('contenteditable')).toBe('true');
  });

  it('emits sanitised HTML as the content changes, and only when it changes', () => {
    const { editor, onChange } = renderEditor();

    editor.innerHTML = '<p onclick="alert(1)" style="color:red">Hej<script>alert(1)</script> <a href="javascript:alert(1)">x</a></p>';
    fireEvent.input(editor);
    fireEvent.input(editor);

    expect(onChange.mock.calls).toEqual([['<p>Hej <a>x</a></p>']]);
  });

  it('emits an empty string when no text is left', () => {
    const { editor, onChange } = renderEditor({ value: '<p>Hej</p>' });

    editor.innerHTML = '<ul><li><br></li></ul>';
    fireEvent.input(editor);

    expect(onChange).toHaveBeenCalledWith('');
  });

  it('loads its value sanitised', () => {
    const { editor } = renderEditor({ value: '<div class="ExternalClass1"><p>Hej<img src="x" onerror="alert(1)"></p></div>' });

    expect(editor.innerHTML).toBe('<div><p>Hej</p></div>');
  });

  it('keeps what is being written when its own change comes back as the value, and loads a new value', () => {
    const onChange = jest.fn();
    const editorWith = (value: string): JSX.Element => (
      <RichTextEditor value={value} onChange={onChange} label={LABEL} strings={SWEDISH} />
    );
    const { rerender } = render(editorWith(''));
    const editor = screen.getByRole('textbox', { name: LABEL });
    // The browser's own markup, which the emitted value no longer has: replacing it would lose the caret.
    editor.innerHTML = '<p><span style="font-weight:700">Hej</span></p>';
    fireEvent.input(editor);

    rerender(editorWith('<p><span>Hej</span></p>'));
    expect(editor.innerHTML).toBe('<p><span style="font-weight:700">Hej</span></p>');

    rerender(editorWith('<p>Ett annat inlägg</p>'));
    expect(editor.innerHTML).toBe('<p>Ett annat inlägg</p>');
  });

  it('pastes HTML only after sanitising it', () => {
    const { editor } = renderEditor();

    fireEvent.paste(editor, pasteEvent({ 'text/html': '<p style="color:red" onclick="alert(1)">Klistrat <b>fet</b></p><script>alert(1)</script>' }));

    expect(commands()).toEqual([['insertHTML', '<p>Klistrat <b>fet</b></p>']]);
  });

  it('pastes plain text as text', () => {
    const { editor } = renderEditor();

    fireEvent.paste(editor, pasteEvent({ 'text/plain': '<b>inte fet</b>' }));

    expect(commands()).toEqual([['insertText', '<b>inte fet</b>']]);
  });

  it('inserts a drop the way it inserts a paste', () => {
    const { editor } = renderEditor();

    fireEvent.drop(editor, { dataTransfer: { getData: (type: string) => (type === 'text/html' ? '<img src=x onerror="alert(1)"><em>släppt</em>' : '') } });

    expect(commands()).toEqual([['insertHTML', '<em>släppt</em>']]);
  });

  it('pastes every entry of the hostile corpus without active content', () => {
    const { editor } = renderEditor();
    const pasted = document.implementation.createHTMLDocument('').body;

    const violations = HOSTILE_INPUTS.flatMap((input) => {
      execCommand.mockClear();
      fireEvent.paste(editor, pasteEvent({ 'text/html': input.html }));
      const [[, inserted]] = commands();
      pasted.innerHTML = inserted ?? '';
      return activeContentIn(pasted).map((violation) => `${input.name}: ${violation}`);
    });

    expect(violations).toEqual([]);
  });

});

describe('RichTextEditor states', () => {
  it('shows a validation message in words and marks the textbox invalid', () => {
    const { editor } = renderEditor({ validationMessage: 'Fyll i brödtext.' });

    expect(editor.getAttribute('aria-invalid')).toBe('true');
    const described = (editor.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain('Fyll i brödtext.');
  });

  it('can be disabled', () => {
    const { editor } = renderEditor({ disabled: true, value: '<p>Hej</p>' });

    expect(editor.getAttribute('contenteditable')).toBe('false');
    expect(editor.getAttribute('aria-disabled')).toBe('true');
    for (const button of within(screen.getByRole('toolbar')).getAllByRole('button')) expect(button).toHaveProperty('disabled', true);
    fireEvent.keyDown(editor, { key: 'b', ctrlKey: true });
    expect(commands()).toEqual([]);
  });
});
