import { makeStyles, tokens } from '@fluentui/react-components';
import { currentBar, previousBar } from '../chartStyles';

export const useChartLegendStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, listStyleType: 'none', margin: 0, padding: 0 },
  entry: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  swatch: { display: 'inline-block', width: '1.5em', height: '1em' },
  current: currentBar,
  previous: previousBar
});
