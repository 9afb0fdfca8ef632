import * as React from 'react';
import { mergeClasses } from '@fluentui/react-components';
import type { Period } from '../../../domain/period';
import { useLocalization } from '../../loc';
import { useChartLegendStyles } from './useChartLegendStyles';

export interface ChartLegendProps {
  period: Period;
  comparedWith: Period;
}

/** Which bar look is which period: solid for the chosen one, hatched for the one compared with. */
export function ChartLegend({ period, comparedWith }: ChartLegendProps): React.ReactElement {
  const { strings, fill } = useLocalization();
  const styles = useChartLegendStyles();
  return (
    <ul className={styles.root}>
      <li className={styles.entry}>
        <span className={mergeClasses(styles.swatch, styles.current)} />
        {fill(strings.periodLabel, { period: String(period) })}
      </li>
      <li className={styles.entry}>
        <span className={mergeClasses(styles.swatch, styles.previous)} />
        {fill(strings.periodLabel, { period: String(comparedWith) })}
      </li>
    </ul>
  );
}
