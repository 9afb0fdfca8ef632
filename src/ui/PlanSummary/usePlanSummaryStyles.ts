import { makeStyles, shorthands, tokens } from '@fluentui/react-components';

export const usePlanSummaryStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} 0`
  },
  selected: {
    paddingLeft: tokens.spacingHorizontalM,
    ...shorthands.borderLeft(tokens.strokeWidthThicker, 'solid', tokens.colorBrandStroke1)
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  status: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, margin: 0 },
  icon: { fontSize: '20px', flexShrink: 0, color: tokens.colorNeutralForeground2 },
  adoptedIcon: { color: tokens.colorStatusSuccessForeground1 },
  replaces: { margin: 0, color: tokens.colorNeutralForeground2 }
});
