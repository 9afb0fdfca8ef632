import * as React from 'react';
import type { FollowUpReport, UnitFollowUp } from '../../../domain/followUp';
import { UNIT_TYPES } from '../../../domain/unit';
import { Section } from '../../shared';
import { useLocalization } from '../../loc';
import { EmptyState } from '../../shared/states';
import { CompletionChart } from '../CompletionChart';
import { DataTable } from '../DataTable';
import { unitTypeLabel } from '../export/exportStrings';
import { useFigures } from '../figures';
import { LevelChart } from '../LevelChart';
import { useFollowUpReportViewStyles } from './useFollowUpReportViewStyles';

export interface FollowUpReportViewProps {
  report: FollowUpReport;
}

/** The report's figures: the key figures, the charts with their tables, the units without activity and every unit. */
export function FollowUpReportView({ report }: FollowUpReportViewProps): React.ReactElement {
  const { strings, fill, text, formatNumber, formatDate } = useLocalization();
  const figures = useFigures();
  const styles = useFollowUpReportViewStyles();
  const period = String(report.period);
  const comparedWith = String(report.comparedWith);
  const { totals } = report;
  const yesNo = (value: boolean): string => (value ? strings.followUpYes : strings.followUpNo);
  const unitCells = (unit: UnitFollowUp): string[] => [unitTypeLabel(unit.type, strings), unit.parentName ?? ''];

  if (report.units.length === 0) return <EmptyState>{strings.followUpNoMatch}</EmptyState>;

  const keyFigures: [string, string][] = [
    [strings.followUpFigureUnits, formatNumber(totals.units)],
    [fill(strings.followUpFigureActive, { period }), formatNumber(totals.activeUnits)],
    [fill(strings.followUpFigureWithoutActivity, { period }), formatNumber(totals.unitsWithoutActivity)],
    [
      fill(strings.followUpFigureCompletion, { period }),
      fill(strings.followUpShareOf, {
        percent: figures.percent(totals.completion.percent),
        done: totals.completion.current.done,
        total: totals.completion.current.total
      })
    ],
    [fill(strings.followUpFigureChange, { comparedWith }), figures.points(totals.completion.deltaPoints)],
    [fill(strings.followUpColumnOverdue, { date: formatDate(report.overdueOn) }), formatNumber(totals.overdue)]
  ];

  return (
    <>
      <Section heading={fill(strings.followUpSummaryHeading, { period })}>
        {/* What was selected, on screen and on paper: a figure means little without it. */}
        <p className={styles.selection}>
          {fill(strings.followUpSelection, {
            parent: report.filter.parent?.name ?? strings.followUpParentAll,
            types:
              report.filter.types.length === UNIT_TYPES.length
                ? strings.followUpSelectionAllTypes
                : report.filter.types.map((type) => unitTypeLabel(type, strings)).join(', ')
          })}
        </p>
        <dl className={styles.figures}>
          {keyFigures.map(([term, value]) => (
            <div key={term} className={styles.figure}>
              <dt className={styles.term}>{term}</dt>
              <dd className={styles.value}>{value}</dd>
            </div>
          ))}
        </dl>
      </Section>
      <Section heading={strings.followUpLevelsHeading}>
        <LevelChart report={report} />
      </Section>
      <Section heading={strings.followUpPlansHeading}>
        <CompletionChart
          caption={fill(strings.followUpPlansCaption, { period, comparedWith })}
          nameColumn={strings.followUpColumnPlan}
          rows={report.plans.map((plan) => ({ key: plan.key, title: text(plan.title), activeItems: plan.activeItems, completion: plan.completion }))}
          period={report.period}
          comparedWith={report.comparedWith}
        />
      </Section>
      <Section heading={strings.followUpOverdueHeading}>
        <DataTable
          caption={fill(strings.followUpOverdueCaption, { date: formatDate(report.overdueOn) })}
          columns={[strings.followUpColumnPlan, fill(strings.followUpColumnOverdue, { date: formatDate(report.overdueOn) })]}
          rows={report.plans.map((plan) => ({ key: plan.key, header: text(plan.title), cells: [formatNumber(plan.overdue)] }))}
        />
      </Section>
      <Section heading={strings.followUpFocusAreasHeading}>
        <CompletionChart
          caption={fill(strings.followUpFocusAreasCaption, { period, comparedWith })}
          nameColumn={strings.followUpColumnFocusArea}
          rows={report.focusAreas.map((area) => ({ key: area.key, title: text(area.title), activeItems: area.activeItems, completion: area.completion }))}
          period={report.period}
          comparedWith={report.comparedWith}
        />
      </Section>
      <Section heading={fill(strings.followUpWithoutActivityHeading, { period })}>
        {report.withoutActivity.length === 0 ? (
          <EmptyState>{fill(strings.followUpWithoutActivityNone, { period })}</EmptyState>
        ) : (
          <DataTable
            caption={fill(strings.followUpWithoutActivityHeading, { period })}
            columns={[strings.followUpColumnUnit, strings.followUpColumnType, strings.followUpColumnParent, fill(strings.followUpColumnActivity, { period: comparedWith })]}
            textColumns={3}
            rows={report.withoutActivity.map((unit) => ({ key: unit.unitId, header: unit.name, cells: [...unitCells(unit), yesNo(unit.activeInPrevious)] }))}
          />
        )}
      </Section>
      <Section heading={strings.followUpUnitsHeading}>
        <DataTable
          caption={fill(strings.followUpUnitsCaption, { period, comparedWith })}
          columns={[
            strings.followUpColumnUnit,
            strings.followUpColumnType,
            strings.followUpColumnParent,
            fill(strings.followUpColumnActivity, { period }),
            fill(strings.followUpColumnLevelIn, { period }),
            strings.followUpColumnLevelChange,
            fill(strings.followUpColumnShare, { period }),
            strings.followUpColumnChangePoints,
            fill(strings.followUpColumnOverdue, { date: formatDate(report.overdueOn) })
          ]}
          textColumns={3}
          rows={report.units.map((unit) => ({
            key: unit.unitId,
            header: unit.name,
            sortKeys: [
              unit.name,
              ...unitCells(unit),
              yesNo(unit.active),
              unit.level,
              unit.levelDelta,
              unit.completion.percent,
              unit.completion.deltaPoints,
              unit.overdue
            ],
            cells: [
              ...unitCells(unit),
              yesNo(unit.active),
              unit.level,
              figures.change(unit.levelDelta),
              figures.percent(unit.completion.percent),
              figures.points(unit.completion.deltaPoints),
              formatNumber(unit.overdue)
            ]
          }))}
        />
      </Section>
    </>
  );
}
