import * as React from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  mergeClasses,
  Toolbar,
  ToolbarButton,
  ToolbarDivider,
  ToolbarToggleButton,
  Tooltip,
  useRestoreFocusTarget
} from '@fluentui/react-components';
import {
  LinkDismissRegular,
  LinkRegular,
  TextBoldRegular,
  TextBulletListLtrRegular,
  TextHeader2Regular,
  TextHeader3Regular,
  TextItalicRegular,
  TextNumberListLtrRegular
} from '@fluentui/react-icons';
import { useRichTextViewStyles } from './useRichTextViewStyles';
import type { RichTextEditorProps, RichTextFormat } from './RichTextEditor.types';
import { useRichTextEditor } from './useRichTextEditor';
import { useRichTextEditorStyles } from './useRichTextEditorStyles';

const FORMAT_BUTTONS: { format: RichTextFormat; icon: JSX.Element; shortcut?: string }[] = [
  { format: 'bold', icon: <TextBoldRegular />, shortcut: 'Control+B Meta+B' },
  { format: 'italic', icon: <TextItalicRegular />, shortcut: 'Control+I Meta+I' },
  { format: 'heading2', icon: <TextHeader2Regular /> },
  { format: 'heading3', icon: <TextHeader3Regular /> },
  { format: 'bulletedList', icon: <TextBulletListLtrRegular /> },
  { format: 'numberedList', icon: <TextNumberListLtrRegular /> }
];

/** Keeps focus and the selection in the writing area when a toolbar button is clicked with the mouse. */
const keepEditorFocus = (event: React.MouseEvent): void => event.preventDefault();

/** An accessible editor for an update's body: bold, italics, headings, lists and links, emitting sanitised HTML. */
export function RichTextEditor(props: RichTextEditorProps): JSX.Element {
  const { label, strings, disabled = false, validationMessage, className } = props;
  const state = useRichTextEditor(props);
  const styles = useRichTextEditorStyles();
  const contentStyles = useRichTextViewStyles();
  const { linkDialog } = state;
  // The link dialog has no DialogTrigger, so these mark where focus returns when it closes.
  const restoreFocusTarget = useRestoreFocusTarget();

  return (
    <>
      <Field
        label={label}
        validationState={validationMessage === undefined ? 'none' : 'error'}
        validationMessage={validationMessage}
        className={className}
      >
        {(fieldProps) => (
          <div
            className={mergeClasses(
              styles.root,
              validationMessage !== undefined && styles.invalid,
              disabled && styles.disabled
            )}
          >
            <Toolbar
              aria-label={strings.toolbar}
              aria-controls={fieldProps.id}
              size="small"
              checkedValues={{ format: state.activeFormats }}
              className={styles.toolbar}
            >
              {FORMAT_BUTTONS.map(({ format, icon, shortcut }) => (
                <Tooltip key={format} content={strings[format]} relationship="label">
                  <ToolbarToggleButton
                    name="format"
                    value={format}
                    icon={icon}
                    aria-keyshortcuts={shortcut}
                    disabled={disabled}
                    onMouseDown={keepEditorFocus}
                    onClick={() => state.toggleFormat(format)}
                  />
                </Tooltip>
              ))}
              <ToolbarDivider />
              <Tooltip content={strings.link} relationship="label">
                <ToolbarButton
                  {...restoreFocusTarget}
                  icon={<LinkRegular />}
                  aria-keyshortcuts="Control+K Meta+K"
                  aria-haspopup="dialog"
                  disabled={disabled}
                  onMouseDown={keepEditorFocus}
                  onClick={state.openLinkDialog}
                />
              </Tooltip>
              <Tooltip content={strings.removeLink} relationship="label">
                <ToolbarButton
                  icon={<LinkDismissRegular />}
                  disabled={disabled || !state.inLink}
                  onMouseDown={keepEditorFocus}
                  onClick={state.removeLink}
                />
              </Tooltip>
            </Toolbar>
            <div
              {...fieldProps}
              {...state.editorHandlers}
              {...restoreFocusTarget}
              ref={state.editorRef}
              role="textbox"
              aria-multiline="true"
              aria-disabled={disabled || undefined}
              // The toolbar's focus manager moves Tab past elements without a tab index, contentEditable ones too.
              tabIndex={disabled ? -1 : 0}
              contentEditable={!disabled}
              suppressContentEditableWarning
              className={mergeClasses(contentStyles.root, styles.editor, disabled && styles.disabledEditor)}
            />
          </div>
        )}
      </Field>
      <Dialog
        open={linkDialog.open}
        onOpenChange={(_event, data) => {
          if (!data.open) state.closeLinkDialog();
        }}
      >
        <DialogSurface>
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              // The dialog renders in a portal, but React bubbles its submit to the form the editor sits in.
              event.stopPropagation();
              state.submitLink();
            }}
          >
            <DialogBody>
              <DialogTitle>{strings.linkDialogTitle}</DialogTitle>
              <DialogContent>
                <Field
                  label={strings.linkAddress}
                  hint={strings.linkAddressHint}
                  required
                  validationState={linkDialog.error === undefined ? 'none' : 'error'}
                  validationMessage={linkDialog.error}
                >
                  <Input type="url" value={linkDialog.address} onChange={(_event, data) => state.setLinkAddress(data.value)} />
                </Field>
              </DialogContent>
              <DialogActions>
                <Button type="submit" appearance="primary">
                  {strings.linkInsert}
                </Button>
                <Button onClick={state.closeLinkDialog}>{strings.linkCancel}</Button>
              </DialogActions>
            </DialogBody>
          </form>
        </DialogSurface>
      </Dialog>
    </>
  );
}
