import { makeStyles, shorthands, tokens } from '@fluentui/react-components';

export const useUpdateListStyles = makeStyles({
  root: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  update: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  selected: {
    paddingLeft: tokens.spacingHorizontalM,
    ...shorthands.borderLeft(tokens.strokeWidthThicker, 'solid', tokens.colorBrandStroke1)
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  meta: { margin: 0, display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground2 },
  pinned: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS },
  summary: { margin: 0 }
});
