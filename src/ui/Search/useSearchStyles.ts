import { makeStyles, tokens } from '@fluentui/react-components';

export const useSearchStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  field: { maxWidth: '32rem' },
  box: { maxWidth: '100%' },
  results: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0
  },
  count: { margin: 0 },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  groupTitle: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  // At least 24 px high (WCAG 2.5.8 Target size): the results sit one under the other.
  link: { display: 'inline-block', paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  context: { color: tokens.colorNeutralForeground2 }
});
