import { makeStyles, tokens } from '@fluentui/react-components';

export const useChartFigureStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  toggle: { alignSelf: 'flex-start', '@media print': { display: 'none' } },
  hiddenOnScreen: { '@media screen': { display: 'none' } }
});
