import { makeStyles, shorthands, tokens } from '@fluentui/react-components';

export const useOverviewStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  // Cards flow top to bottom through as many columns as fit (one in the side panel), in reading order,
  // so a long card never leaves a hole beside it.
  cards: { columnWidth: '22rem', columnGap: tokens.spacingHorizontalL },
  card: { breakInside: 'avoid', marginBottom: tokens.spacingVerticalL },
  goal: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    ...shorthands.borderLeft(tokens.strokeWidthThickest, 'solid', tokens.colorBrandStroke1),
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500
  },
  compactGoal: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  listItem: { marginBottom: tokens.spacingVerticalS },
  plainList: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  term: { fontWeight: tokens.fontWeightSemibold },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  paragraph: { margin: 0 },
  skeleton: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  skeletonGoal: { height: '96px' },
  skeletonCard: { display: 'block', height: '240px', borderRadius: tokens.borderRadiusLarge }
});
