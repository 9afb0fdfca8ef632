import { makeStyles, tokens } from '@fluentui/react-components';
import { visuallyHidden } from '../shared/visuallyHidden';

/** The smallest touch target WCAG 2.5.5 asks for, used in meeting mode. */
const TOUCH_TARGET = '44px';

export const useChecklistStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  // The stage is read across a room: the progress in large type.
  stageProgress: { fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600, fontWeight: tokens.fontWeightSemibold },
  connection: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, minHeight: '32px' },
  connectionText: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  icon: { fontSize: '16px', flexShrink: 0 },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  groupTitle: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold },
  groupProgress: { margin: 0, color: tokens.colorNeutralForeground2 },
  items: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  row: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`
  },
  meetingRow: { padding: `${tokens.spacingVerticalS} 0` },
  checkbox: { maxWidth: '100%' },
  meetingCheckbox: { minHeight: TOUCH_TARGET, alignItems: 'center', fontSize: tokens.fontSizeBase400 },
  // One line, always there, so a row keeps its height when someone ticks or a tick waits to be saved.
  meta: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXXL,
    minHeight: tokens.lineHeightBase300,
    maxWidth: '100%',
    boxSizing: 'border-box',
    color: tokens.colorNeutralForeground2
  },
  // Wraps rather than cuts: who ticked and when is information, also in a 320 px side panel.
  metaText: { minWidth: 0, overflowWrap: 'anywhere' },
  step: { margin: 0, paddingLeft: tokens.spacingHorizontalXXL, color: tokens.colorNeutralForeground2 },
  comment: { margin: 0, paddingLeft: tokens.spacingHorizontalXXL, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  commentButton: { marginLeft: tokens.spacingHorizontalXL },
  editor: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignSelf: 'stretch', paddingLeft: tokens.spacingHorizontalXXL },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  visuallyHidden
});
