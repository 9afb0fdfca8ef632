import * as React from 'react';
import { Button, mergeClasses, useId } from '@fluentui/react-components';
import { TableRegular } from '@fluentui/react-icons';
import { useLocalization } from '../../loc';
import { useChartFigureStyles } from './useChartFigureStyles';

export interface ChartFigureProps {
  /** The chart: an image with a label that says what it shows. */
  chart: React.ReactNode;
  /** The same figures as a table, for those who cannot take in the chart. */
  table: React.ReactNode;
}

/** A chart with its figures as a table behind a disclosure; printed, the table is always there. */
export function ChartFigure({ chart, table }: ChartFigureProps): React.ReactElement {
  const { strings } = useLocalization();
  const styles = useChartFigureStyles();
  const [showTable, setShowTable] = React.useState(false);
  const tableId = useId('mr-chart-table');
  return (
    <div className={styles.root}>
      {chart}
      <Button
        className={styles.toggle}
        appearance="subtle"
        icon={<TableRegular />}
        aria-expanded={showTable}
        aria-controls={tableId}
        onClick={() => setShowTable(!showTable)}
      >
        {showTable ? strings.followUpHideTable : strings.followUpShowTable}
      </Button>
      <div id={tableId} className={mergeClasses(!showTable && styles.hiddenOnScreen)}>
        {table}
      </div>
    </div>
  );
}
