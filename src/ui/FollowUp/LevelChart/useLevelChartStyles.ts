import { makeStyles, tokens } from '@fluentui/react-components';
import { currentBar, previousBar } from '../chartStyles';

export const useLevelChartStyles = makeStyles({
  // The chart's own width decides how its counts are set: a 320 px panel gives each bar about 12 px.
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '48rem', containerType: 'inline-size' },
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
  count: {
    textAlign: 'center',
    fontSize: tokens.fontSizeBase200,
    fontVariantNumeric: 'tabular-nums',
    // Too narrow for two digits side by side: the count stands upright above its bar instead of spilling over the next.
    '@container (max-width: 30rem)': { writingMode: 'vertical-rl', alignSelf: 'center', fontSize: tokens.fontSizeBase100, lineHeight: 1 }
  },
  bar: { minHeight: '1px' },
  current: currentBar,
  previous: previousBar,
  levelLabel: { textAlign: 'center', fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalXS },
  levelAxisTitle: { textAlign: 'center', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 }
});
