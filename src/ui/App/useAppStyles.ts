import { makeStyles, tokens } from '@fluentui/react-components';

export const useAppStyles = makeStyles({
  provider: {
    // Fluent copies the provider's classes onto the mount node of every popup (a portal on <body>, positioned
    // absolutely at the top): there a minimum height would make it an invisible layer over the whole page,
    // over the very input that opened it (WCAG 2.4.11).
    ':not([data-portal-node])': { minHeight: '100%' },
    // Reflow at 320 px: Fluent's fields, selects and comboboxes are at least as wide as their longest option
    // or their input's default size; here they shrink to the width they are given, in every view.
    '& .fui-Field, & .fui-Select, & .fui-Select__select, & .fui-Combobox__input': { minWidth: 0, maxWidth: '100%' },
    '& .fui-Combobox': { gridTemplateColumns: 'minmax(0, 1fr) auto', maxWidth: '100%' }
  },
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    color: tokens.colorNeutralForeground1
  },
  compact: {
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600, fontWeight: tokens.fontWeightSemibold },
  compactTitle: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  subtitle: { margin: 0, color: tokens.colorNeutralForeground2 },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 }
});
