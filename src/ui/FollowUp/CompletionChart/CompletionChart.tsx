import * as React from 'react';
import { mergeClasses } from '@fluentui/react-components';
import type { CompletionChange } from '../../../domain/followUp';
import type { Period } from '../../../domain/period';
import { useLocalization } from '../../loc';
import { ChartFigure } from '../ChartFigure';
import { ChartLegend } from '../ChartLegend';
import { DataTable } from '../DataTable';
import { useFigures } from '../figures';
import { useCompletionChartStyles } from './useCompletionChartStyles';

export interface CompletionRow {
  key: string;
  title: string;
  activeItems: number;
  completion: CompletionChange;
}

export interface CompletionChartProps {
  /** What the rows are, e.g. "Avbockat per handlingsplan 2026": the table's caption. */
  caption: string;
  /** The header of the rows' names, e.g. "Handlingsplan". */
  nameColumn: string;
  rows: CompletionRow[];
  period: Period;
  comparedWith: Period;
}

/** The share of checklist items done per plan or focus area in both periods: bars with the shares written on them, and the table. */
export function CompletionChart({ caption, nameColumn, rows, period, comparedWith }: CompletionChartProps): React.ReactElement {
  const { strings, fill } = useLocalization();
  const figures = useFigures();
  const styles = useCompletionChartStyles();
  const now = String(period);
  const before = String(comparedWith);
  const summary = fill(strings.followUpCompletionChartLabel, {
    caption,
    comparedWith: before,
    bars: rows
      .map((row) =>
        fill(strings.followUpCompletionChartItem, {
          title: row.title,
          percent: figures.percent(row.completion.percent),
          previousPercent: figures.percent(row.completion.previousPercent),
          comparedWith: before
        })
      )
      .join('; ')
  });

  const chart = (
    <div role="img" aria-label={summary} className={styles.root}>
      <ChartLegend period={period} comparedWith={comparedWith} />
      <div className={styles.rows}>
        {rows.map((row) => (
          <div key={row.key} className={styles.row}>
            <span className={styles.title}>{row.title}</span>
            <div className={styles.tracks}>
              <div className={styles.track}>
                <div className={mergeClasses(styles.bar, styles.current)} style={{ width: `${row.completion.percent}%` }} />
                <span className={styles.value}>{figures.percent(row.completion.percent)}</span>
              </div>
              <div className={styles.track}>
                <div className={mergeClasses(styles.bar, styles.previous)} style={{ width: `${row.completion.previousPercent}%` }} />
                <span className={styles.value}>{figures.percent(row.completion.previousPercent)}</span>
              </div>
            </div>
          </div>
        ))}
      </div>
    </div>
  );

  const table = (
    <DataTable
      caption={caption}
      columns={[
        nameColumn,
        strings.followUpColumnActiveItems,
        fill(strings.followUpColumnDone, { period: now }),
        fill(strings.followUpColumnShare, { period: now }),
        fill(strings.followUpColumnShare, { period: before }),
        strings.followUpColumnChangePoints
      ]}
      rows={rows.map((row) => ({
        key: row.key,
        header: row.title,
        cells: [
          row.activeItems,
          fill(strings.followUpDoneOfPossible, { done: row.completion.current.done, total: row.completion.current.total }),
          figures.percent(row.completion.percent),
          figures.percent(row.completion.previousPercent),
          figures.points(row.completion.deltaPoints)
        ]
      }))}
    />
  );

  return <ChartFigure chart={chart} table={table} />;
}
