import { makeStyles, tokens } from '@fluentui/react-components';

export const useItemAssignmentStyles = makeStyles({
  // Each fact on its own line that wraps: owner, date and overdue stay readable in a 320 px side panel.
  summary: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXXL,
    color: tokens.colorNeutralForeground2,
    maxWidth: '100%',
    boxSizing: 'border-box'
  },
  fact: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS, minWidth: 0, overflowWrap: 'anywhere' },
  // Overdue is said in words with an icon; the colour only repeats it.
  overdue: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteRedForeground1 },
  icon: { fontSize: '16px', flexShrink: 0 },
  editor: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    alignSelf: 'stretch',
    paddingLeft: tokens.spacingHorizontalXXL,
    paddingTop: tokens.spacingVerticalS,
    minWidth: 0,
    boxSizing: 'border-box'
  },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: '0', maxWidth: '100%' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  link: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  linkText: { minWidth: 0, overflowWrap: 'anywhere' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  historyEntry: { margin: 0, overflowWrap: 'anywhere' },
  status: { margin: 0, color: tokens.colorNeutralForeground2 }
});
