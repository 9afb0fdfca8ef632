import * as React from 'react';
import { mergeClasses } from '@fluentui/react-components';
import type { FollowUpReport } from '../../../domain/followUp';
import { useLocalization } from '../../loc';
import { ChartLegend } from '../ChartLegend';
import { DataTable } from '../DataTable';
import { useFigures } from '../figures';
import { ChartFigure } from '../ChartFigure';
import { useLevelChartStyles } from './useLevelChartStyles';

const PLOT_REM = 8;

export interface LevelChartProps {
  report: FollowUpReport;
}

/** How many units stand on each level of the staircase, 0–6, in both periods: a column chart and its table. */
export function LevelChart({ report }: LevelChartProps): React.ReactElement {
  const { strings, fill } = useLocalization();
  const figures = useFigures();
  const styles = useLevelChartStyles();
  const period = String(report.period);
  const comparedWith = String(report.comparedWith);
  const highest = Math.max(1, ...report.levels.flatMap((l) => [l.units, l.previousUnits]));
  // The tallest bar is the plot's height; the plot keeps room above it for its count.
  const height = (count: number): string => `${(count / highest) * PLOT_REM}rem`;
  const summary = fill(strings.followUpLevelsChartLabel, {
    period,
    comparedWith,
    levels: report.levels
      .map((l) => fill(strings.followUpLevelsChartItem, { level: l.level, count: l.units, previousCount: l.previousUnits, comparedWith }))
      .join('; ')
  });

  const chart = (
    <div role="img" aria-label={summary} className={styles.root}>
      <ChartLegend period={report.period} comparedWith={report.comparedWith} />
      <div className={styles.plot}>
        <span className={styles.valueAxisTitle}>{strings.followUpUnitsAxisTitle}</span>
        <div className={styles.columns}>
          {report.levels.map((l) => (
            <div key={l.level} className={styles.group}>
              <div className={styles.bars}>
                <div className={styles.barSlot}>
                  <span className={styles.count}>{l.units}</span>
                  <div className={mergeClasses(styles.bar, styles.current)} style={{ height: height(l.units) }} />
                </div>
                <div className={styles.barSlot}>
                  <span className={styles.count}>{l.previousUnits}</span>
                  <div className={mergeClasses(styles.bar, styles.previous)} style={{ height: height(l.previousUnits) }} />
                </div>
              </div>
              <span className={styles.levelLabel}>{l.level}</span>
            </div>
          ))}
        </div>
      </div>
      <span className={styles.levelAxisTitle}>{strings.followUpLevelAxisTitle}</span>
    </div>
  );

  const table = (
    <DataTable
      caption={fill(strings.followUpLevelsTableCaption, { period, comparedWith })}
      columns={[
        strings.followUpColumnLevel,
        fill(strings.followUpColumnUnitsIn, { period }),
        fill(strings.followUpColumnUnitsIn, { period: comparedWith }),
        strings.followUpColumnChange
      ]}
      rows={report.levels.map((l) => ({
        key: l.level,
        header: String(l.level),
        cells: [l.units, l.previousUnits, figures.change(l.delta)]
      }))}
    />
  );

  return <ChartFigure chart={chart} table={table} />;
}
