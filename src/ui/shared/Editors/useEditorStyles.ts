import { makeStyles, tokens } from '@fluentui/react-components';

export const useEditorStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '48rem' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  comparison: { tableLayout: 'auto' },
  comparedLabel: { verticalAlign: 'top', fontWeight: tokens.fontWeightSemibold },
  comparedValue: { verticalAlign: 'top', overflowWrap: 'anywhere' },
  changedBadge: { marginLeft: tokens.spacingHorizontalS },
  empty: { fontStyle: 'italic', color: tokens.colorNeutralForeground3 },
  dialog: { maxWidth: 'min(60rem, 95vw)' }
});
