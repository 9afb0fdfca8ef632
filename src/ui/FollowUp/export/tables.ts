/**
 * The follow-up report as plain tables, one per sheet: the CSV and the workbook both render these,
 * so the two files always hold the same figures under the same headers.
 */
import { CompletionChange, FollowUpReport, UnitFollowUp } from '../../../domain/followUp';
import { format, pick } from '../../../domain/language';
import { UNIT_TYPES } from '../../../domain/unit';
import type { LanguageTexts } from '../../loc';
import { EXPORT_STRINGS, unitTypeLabel } from './exportStrings';

/**
 * How a number is meant: a whole number, a signed change of one, a share in percent with one decimal
 * (66.6 means 66.6 %), or a signed change in percentage points with one decimal.
 */
export type NumberFormat = 'integer' | 'change' | 'percent' | 'points';

/** A text, or a number that stays a number in the files. */
export type ExportCell = string | { value: number; format: NumberFormat };

export interface ExportTable {
  /** Also the sheet name: at most 31 characters, none of []:*?/\ */
  name: string;
  header: string[];
  rows: ExportCell[][];
}

const integer = (value: number): ExportCell => ({ value, format: 'integer' });
const change = (value: number): ExportCell => ({ value, format: 'change' });
const percent = (value: number): ExportCell => ({ value, format: 'percent' });
const points = (value: number): ExportCell => ({ value, format: 'points' });

export function followUpTables(report: FollowUpReport, { language, strings: app }: LanguageTexts): ExportTable[] {
  const text = EXPORT_STRINGS[language];
  const now = { period: report.period };
  const before = { period: report.comparedWith };
  const yesNo = (value: boolean): string => (value ? text.yes : text.no);
  const overdueHeader = format(text.columnOverdue, { date: report.overdueOn });

  const completionHeader = [
    text.columnPossible,
    format(text.columnDone, now),
    format(text.columnShare, now),
    format(text.columnDone, before),
    format(text.columnShare, before),
    text.columnChangePoints
  ];
  const completionCells = (c: CompletionChange): ExportCell[] => [
    integer(c.current.total),
    integer(c.current.done),
    percent(c.percent),
    integer(c.previous.done),
    percent(c.previousPercent),
    points(c.deltaPoints)
  ];
  const unitCells = (u: UnitFollowUp): ExportCell[] => [u.name, unitTypeLabel(u.type, app), u.parentName ?? ''];
  const unitHeader = [app.followUpColumnUnit, app.followUpColumnType, app.followUpColumnParent];

  const allTypes = report.filter.types.length === UNIT_TYPES.length;
  const summary: ExportCell[][] = [
    [text.summaryPeriod, integer(report.period)],
    [text.summaryComparedWith, integer(report.comparedWith)],
    [text.summaryUnitTypes, allTypes ? text.summaryAllTypes : report.filter.types.map((t) => unitTypeLabel(t, app)).join(', ')],
    [text.summaryParent, report.filter.parent?.name ?? text.summaryWholeCity],
    [text.summaryUnits, integer(report.totals.units)],
    [format(text.summaryUnitsActive, now), integer(report.totals.activeUnits)],
    [format(text.summaryUnitsWithoutActivity, now), integer(report.totals.unitsWithoutActivity)],
    [text.columnActiveItems, integer(report.totals.activeItems)],
    ...completionCells(report.totals.completion).map((cell, index) => [completionHeader[index], cell]),
    [overdueHeader, integer(report.totals.overdue)]
  ];

  return [
    { name: text.sheetSummary, header: [text.columnMeasure, text.columnValue], rows: summary },
    {
      name: text.sheetUnits,
      header: [
        ...unitHeader,
        format(text.columnLevel, now),
        format(text.columnLevel, before),
        text.columnLevelChange,
        ...completionHeader,
        format(text.columnActivity, now),
        format(text.columnActivity, before),
        ...report.plans.map((p) => format(text.columnTitleShare, { title: pick(p.title, language), period: report.period })),
        ...report.focusAreas.map((a) => format(text.columnTitleShare, { title: pick(a.title, language), period: report.period })),
        overdueHeader,
        ...report.plans.map((p) => format(text.columnTitleOverdue, { title: pick(p.title, language), date: report.overdueOn }))
      ],
      rows: report.units.map((u) => [
        ...unitCells(u),
        integer(u.level),
        integer(u.previousLevel),
        change(u.levelDelta),
        ...completionCells(u.completion),
        yesNo(u.active),
        yesNo(u.activeInPrevious),
        ...u.byPlan.map((c) => percent(c.percent)),
        ...report.focusAreas.map((a) => percent(u.byFocusArea[a.key].percent)),
        integer(u.overdue),
        ...u.overdueByPlan.map(integer)
      ])
    },
    {
      name: text.sheetLevels,
      header: [text.columnStaircaseLevel, format(text.columnUnitsIn, now), format(text.columnUnitsIn, before), text.columnChange],
      rows: report.levels.map((l) => [integer(l.level), integer(l.units), integer(l.previousUnits), change(l.delta)])
    },
    {
      name: text.sheetPlans,
      header: [text.columnPlan, text.columnActiveItems, ...completionHeader, overdueHeader],
      rows: report.plans.map((p) => [pick(p.title, language), integer(p.activeItems), ...completionCells(p.completion), integer(p.overdue)])
    },
    {
      name: text.sheetFocusAreas,
      header: [text.columnFocusArea, text.columnActiveItems, ...completionHeader],
      rows: report.focusAreas.map((a) => [pick(a.title, language), integer(a.activeItems), ...completionCells(a.completion)])
    },
    {
      name: text.sheetWithoutActivity,
      header: [...unitHeader, format(text.columnActivity, before), format(text.columnLevel, before)],
      rows: report.withoutActivity.map((u) => [...unitCells(u), yesNo(u.activeInPrevious), integer(u.previousLevel)])
    }
  ];
}
