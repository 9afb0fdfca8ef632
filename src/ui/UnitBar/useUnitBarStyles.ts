import { makeStyles, tokens } from '@fluentui/react-components';

export const useUnitBarStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalXL, rowGap: tokens.spacingVerticalXS, minHeight: '32px' },
  picker: { minWidth: 'min(16rem, 100%)' },
  readOnly: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2 },
  icon: { flexShrink: 0 },
  period: { color: tokens.colorNeutralForeground2 },
  skeleton: { height: '32px', maxWidth: '24rem' },
  pickerSkeleton: { height: '32px', width: '20rem', maxWidth: '100%' },
  mapping: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalM, marginTop: tokens.spacingVerticalS },
  failure: { marginTop: tokens.spacingVerticalS, marginBottom: 0, color: tokens.colorPaletteRedForeground1 }
});
