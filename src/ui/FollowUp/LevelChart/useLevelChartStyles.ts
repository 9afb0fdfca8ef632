import { makeStyles, tokens } from '@fluentui/react-components';
import { currentBar, previousBar } from '../chartStyles';

export const useLevelChartStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '48rem' },
  plot: { display: 'flex', alignItems: 'stretch', gap: tokens.spacingHorizontalS },
  valueAxisTitle: {
    writingMode: 'vertical-rl',
    transform: 'rotate(180deg)',
    textAlign: 'center',
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200
  },
  columns: {
    flexGrow: 1,
    display: 'grid',
    gridTemplateColumns: 'repeat(7, minmax(0, 1fr))',
    gap: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralForeground2}`,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralForeground2}`,
    paddingLeft: tokens.spacingHorizontalS
  },
  group: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', minWidth: 0 },
  // 8rem for the tallest bar (see LevelChart), and room above it for its count.
  bars: { display: 'flex', alignItems: 'flex-end', gap: '2px', height: '10rem' },
  barSlot: { flexGrow: 1, display: 'flex', flexDirection: 'column', alignItems: 'stretch', minWidth: 0 },
  count: { textAlign: 'center', fontSize: tokens.fontSizeBase200, fontVariantNumeric: 'tabular-nums' },
  bar: { minHeight: '1px' },
  current: currentBar,
  previous: previousBar,
  levelLabel: { textAlign: 'center', fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalXS },
  levelAxisTitle: { textAlign: 'center', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 }
});
