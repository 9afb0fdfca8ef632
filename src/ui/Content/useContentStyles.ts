import { makeStyles, tokens } from '@fluentui/react-components';

export const useContentStyles = makeStyles({
  // The five sections' tabs wrap in a narrow window rather than stick out of it.
  sectionTabs: { flexWrap: 'wrap' },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`
  },
  rowText: { flexGrow: 1, minWidth: '12rem', display: 'flex', flexDirection: 'column' },
  rowName: { fontWeight: tokens.fontWeightSemibold },
  rowMeta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  retired: { fontStyle: 'italic' }
});
