import { makeStyles, shorthands, tokens } from '@fluentui/react-components';

export const useRichTextEditorStyles = makeStyles({
  // Framed like Fluent's outline Textarea, so that it reads as one field with the other inputs of a form.
  root: {
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium
  },
  invalid: {
    ...shorthands.borderColor(tokens.colorPaletteRedBorder2)
  },
  disabled: {
    backgroundColor: tokens.colorTransparentBackground,
    ...shorthands.borderColor(tokens.colorNeutralStrokeDisabled),
    color: tokens.colorNeutralForegroundDisabled
  },
  toolbar: {
    flexWrap: 'wrap',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`
  },
  editor: {
    minHeight: '10em',
    maxHeight: '40em',
    overflowY: 'auto',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottomLeftRadius: tokens.borderRadiusMedium,
    borderBottomRightRadius: tokens.borderRadiusMedium,
    outlineStyle: 'none',
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: `calc(${tokens.strokeWidthThick} * -1)`
    }
  },
  disabledEditor: {
    color: tokens.colorNeutralForegroundDisabled,
    cursor: 'not-allowed'
  }
});
