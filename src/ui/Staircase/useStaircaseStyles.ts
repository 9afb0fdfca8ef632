import { makeStyles, tokens } from '@fluentui/react-components';

export const useStaircaseStyles = makeStyles({
  level: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalL },
  levelDrawing: { maxWidth: '100%', height: 'auto' },
  levelText: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  hints: { margin: 0 },
  steps: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  step: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalL,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`
  },
  stepTitle: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  hint: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, margin: 0, fontWeight: tokens.fontWeightSemibold },
  icon: { fontSize: '16px', flexShrink: 0 },
  tied: { listStyleType: 'none', margin: 0, padding: 0 },
  // A row at least 24 px high: the next step's links, one under the other, are targets of 2.5.8's minimum size.
  tiedItem: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minHeight: '24px' },
  // The three choices wrap in a narrow panel instead of sticking out of the step.
  statusChoices: { flexWrap: 'wrap' },
  saveRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  saved: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  history: { overflowX: 'auto' }
});
