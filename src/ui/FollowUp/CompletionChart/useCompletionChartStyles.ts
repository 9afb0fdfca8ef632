import { makeStyles, tokens } from '@fluentui/react-components';
import { currentBar, previousBar } from '../chartStyles';

export const useCompletionChartStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '60rem' },
  rows: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // Name beside the bars where there is room, above them in a narrow column (a meeting's side panel).
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  title: { flex: '1 1 14rem', maxWidth: '18rem', overflowWrap: 'anywhere' },
  tracks: { flex: '999 1 14rem', display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0 },
  // The value sits after the bar; the track keeps room for it so that 100 % still fits.
  track: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, paddingRight: '5em' },
  bar: { height: '1rem', minWidth: '1px', flexShrink: 0, maxWidth: '100%' },
  current: currentBar,
  previous: { ...previousBar, height: '0.75rem' },
  value: { whiteSpace: 'nowrap', fontSize: tokens.fontSizeBase200, fontVariantNumeric: 'tabular-nums', marginRight: '-5em' }
});
