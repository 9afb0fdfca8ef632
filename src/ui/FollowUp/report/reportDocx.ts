/**
 * The report draft to the city council as a Word document, written in the browser with `docx` (this
 * module and the library load only when someone asks for a draft). Its figures are the follow-up's own:
 * the same report, rendered through the same tables as the CSV and the workbook, from the recount.
 *
 * Accessible as Word checks it: real headings (Title, Heading 1 and 2), tables whose first row is a
 * header row (repeated on each page), alt text on every chart, and the document's language set
 * (sv-SE, or en-GB for an English draft) so that spelling and screen readers use the right one.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType
} from 'docx';
import { ActionPlan, hasGovernanceGap } from '../../../domain/actionPlan';
import type { FollowUpReport } from '../../../domain/followUp';
import { format, Language, pick } from '../../../domain/language';
import { UNIT_TYPES } from '../../../domain/unit';
import type { FollowUpVerification } from '../../../app/followUp/loadFollowUp';
import { LanguageTexts, loadLocalization, Localization } from '../../loc';
import { ExportCell, ExportTable, followUpTables } from '../export/tables';
import { EXPORT_STRINGS, selectionFileName, unitTypeLabel } from '../export/exportStrings';
import { figuresFor } from '../figures';
import { BarChart, drawBarChart } from './barChart';
import { REPORT_STRINGS, ReportStrings } from './reportStrings';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The document's language, as Word names it. */
export const REPORT_LOCALE: Readonly<Record<Language, string>> = { sv: 'sv-SE', en: 'en-GB' };

export interface ReportDraftInput {
  report: FollowUpReport;
  /** The recount the figures come from: the draft states it. */
  verification: FollowUpVerification;
  /** The action plans with their status, for the governance gap. */
  plans: readonly ActionPlan[];
  language: Language;
  /** When the draft is made; the governance gap is judged on this day. */
  now: Date;
}

/** Chart width in the document, in pixels at 96 dpi (about 16 cm). */
const CHART_WIDTH = 600;

interface Writer {
  text: ReportStrings;
  app: Localization;
  cell: (cell: ExportCell) => string;
}

function writerFor(app: Localization): Writer {
  const oneDecimal = new Intl.NumberFormat(app.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const signedOneDecimal = new Intl.NumberFormat(app.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const signed = new Intl.NumberFormat(app.locale, { signDisplay: 'exceptZero' });
  // The headers say the unit (%, percentage points), so the cells hold the numbers alone, as in the workbook.
  const cell = (value: ExportCell): string => {
    if (typeof value === 'string') return value;
    if (value.format === 'percent') return oneDecimal.format(value.value);
    if (value.format === 'points') return signedOneDecimal.format(value.value);
    if (value.format === 'change') return signed.format(value.value);
    return app.formatNumber(value.value);
  };
  return { text: REPORT_STRINGS[app.language], app, cell };
}

function heading(text: string, level: 1 | 2, pageBreakBefore = false): Paragraph {
  return new Paragraph({ text, heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, pageBreakBefore });
}

function paragraph(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun(text)], spacing: { after: 120 } });
}

/** A marked place for the analyst's own assessment: bracketed and highlighted, so it is found and not missed. */
function assessmentMark(writer: Writer, topic: string): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text: format(writer.text.assessmentMark, { topic }), italics: true, highlight: 'yellow' })],
    spacing: { before: 120, after: 240 }
  });
}

function caption(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, bold: true })], keepNext: true, spacing: { before: 120, after: 60 } });
}

/** A table with its caption above it; the first row is the header row, repeated on every page. */
function table(writer: Writer, name: string, header: readonly string[], rows: readonly ExportCell[][]): (Paragraph | Table)[] {
  const cellOf = (text: string, bold: boolean, alignEnd: boolean): TableCell =>
    new TableCell({
      children: [new Paragraph({ children: [new TextRun({ text, bold })], alignment: alignEnd ? AlignmentType.RIGHT : AlignmentType.LEFT })]
    });
  return [
    caption(name),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: header.map((text) => cellOf(text, true, false)) }),
        ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((value) => cellOf(writer.cell(value), false, typeof value !== 'string')) }))
      ]
    }),
    new Paragraph({ text: '' })
  ];
}

function exportTable(writer: Writer, exported: ExportTable, name = exported.name): (Paragraph | Table)[] {
  return table(writer, name, exported.header, exported.rows);
}

function chart(chartData: BarChart, altText: string, name: string, formatValue: (value: number) => string): Paragraph {
  const picture = drawBarChart(chartData, formatValue);
  return new Paragraph({
    children: [
      new ImageRun({
        type: 'svg',
        data: picture.svg,
        fallback: { type: 'png', data: picture.png },
        transformation: { width: CHART_WIDTH, height: Math.round((picture.height * CHART_WIDTH) / picture.width) },
        altText: { name, title: name, description: altText }
      })
    ]
  });
}

function titlePage(input: ReportDraftInput, writer: Writer): Paragraph[] {
  const { report, verification } = input;
  const { text, app } = writer;
  const exportText = EXPORT_STRINGS[input.language];
  const periods = { period: report.period, comparedWith: report.comparedWith };
  const allTypes = report.filter.types.length === UNIT_TYPES.length;
  const types = allTypes ? exportText.summaryAllTypes : report.filter.types.map((type) => unitTypeLabel(type, app.strings)).join(', ');
  const drift = verification.drift.length;
  return [
    new Paragraph({ text: format(text.title, periods), heading: HeadingLevel.TITLE }),
    paragraph(format(text.subtitle, periods)),
    paragraph(format(text.selection, { types, part: report.filter.parent?.name ?? exportText.summaryWholeCity })),
    paragraph(
      [
        format(text.verified, { ...periods, at: app.formatDateTime(verification.at), rows: app.formatNumber(verification.tickRows) }),
        drift === 0 ? text.verifiedAgree : format(text.verifiedDrift, { count: app.formatNumber(drift) }),
        verification.repair.failed > 0 ? format(text.verifiedFailed, { failed: app.formatNumber(verification.repair.failed) }) : ''
      ]
        .filter((sentence) => sentence !== '')
        .join(' ')
    ),
    paragraph(format(text.created, { date: app.formatDate(input.now.toISOString()) }))
  ];
}

function changes(input: ReportDraftInput, writer: Writer): (Paragraph | Table)[] {
  const { report } = input;
  const { text, app } = writer;
  const figures = figuresFor(app);
  const completion = report.totals.completion;
  const moved = report.units.filter((unit) => unit.levelDelta !== 0);
  const count = (predicate: (delta: number) => boolean): string => app.formatNumber(report.units.filter((unit) => predicate(unit.levelDelta)).length);
  const exportText = EXPORT_STRINGS[input.language];
  const now = { period: report.period };
  const before = { period: report.comparedWith };
  return [
    heading(format(text.headingChanges, { comparedWith: report.comparedWith }), 1),
    paragraph(
      format(text.changesText, {
        period: report.period,
        comparedWith: report.comparedWith,
        percent: figures.percent(completion.percent),
        previousPercent: figures.percent(completion.previousPercent),
        points: figures.points(completion.deltaPoints),
        up: count((delta) => delta > 0),
        down: count((delta) => delta < 0),
        same: count((delta) => delta === 0)
      })
    ),
    ...(moved.length === 0
      ? [paragraph(format(text.changedUnitsNone, { comparedWith: report.comparedWith }))]
      : table(
          writer,
          text.changedUnits,
          [app.strings.followUpColumnUnit, app.strings.followUpColumnParent, format(exportText.columnLevel, before), format(exportText.columnLevel, now), exportText.columnLevelChange],
          moved.map((unit) => [unit.name, unit.parentName ?? '', { value: unit.previousLevel, format: 'integer' }, { value: unit.level, format: 'integer' }, { value: unit.levelDelta, format: 'change' }])
        )),
    assessmentMark(writer, text.topicChanges)
  ];
}

function governanceGap(input: ReportDraftInput, writer: Writer): (Paragraph | Table)[] {
  const { text, app } = writer;
  const today = input.now.toISOString().slice(0, 10);
  const gaps = [...input.plans].sort((a, b) => a.order - b.order).filter((plan) => hasGovernanceGap(plan, today));
  const status = { draft: app.strings.planStatusDraft, consultation: app.strings.planStatusConsultation, adopted: app.strings.planStatusAdopted };
  return [
    heading(text.headingGap, 1),
    ...(gaps.length === 0
      ? [paragraph(text.gapNone)]
      : [
          paragraph(text.gapIntro),
          ...table(
            writer,
            text.headingGap,
            [app.strings.followUpColumnPlan, text.columnStatus, text.columnReplaces, text.columnCeased],
            gaps.map((plan) => [pick(plan.title, input.language), status[plan.status], plan.replaces ?? '', app.formatDate(plan.replacedCeasedOn ?? '')])
          )
        ]),
    assessmentMark(writer, text.topicGap)
  ];
}

/** One table per unit: the row of the units sheet, turned on its side. */
function appendix(unitsTable: ExportTable, writer: Writer): (Paragraph | Table)[] {
  const { text } = writer;
  return [
    heading(text.headingAppendix, 1, true),
    paragraph(text.appendixIntro),
    ...unitsTable.rows.flatMap((row) => {
      const name = String(row[0]);
      return [
        heading(name, 2),
        ...table(
          writer,
          name,
          [text.columnMeasure, text.columnValue],
          unitsTable.header.slice(1).map((header, index) => [header, row[index + 1]])
        )
      ];
    })
  ];
}

function documentFor(input: ReportDraftInput, localization: Localization): Document {
  const { report, language } = input;
  const writer = writerFor(localization);
  const { text, app } = writer;
  const figures = figuresFor(app);
  const oneDecimal = new Intl.NumberFormat(app.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const [summary, units, levels, plans, areas, withoutActivity] = followUpTables(report, app);
  const period = String(report.period);
  const comparedWith = String(report.comparedWith);
  const legend = { current: period, previous: comparedWith };

  const levelsAlt = format(app.strings.followUpLevelsChartLabel, {
    period,
    comparedWith,
    levels: report.levels
      .map((l) => format(app.strings.followUpLevelsChartItem, { level: l.level, count: l.units, previousCount: l.previousUnits, comparedWith }))
      .join('; ')
  });
  const completionAlt = (captionText: string, rows: { title: string; percent: number; previousPercent: number }[]): string =>
    format(app.strings.followUpCompletionChartLabel, {
      caption: captionText,
      comparedWith,
      bars: rows
        .map((row) =>
          format(app.strings.followUpCompletionChartItem, {
            title: row.title,
            percent: figures.percent(row.percent),
            previousPercent: figures.percent(row.previousPercent),
            comparedWith
          })
        )
        .join('; ')
    });
  const planRows = report.plans.map((plan) => ({ title: pick(plan.title, language), percent: plan.completion.percent, previousPercent: plan.completion.previousPercent }));
  const areaRows = report.focusAreas.map((area) => ({ title: pick(area.title, language), percent: area.completion.percent, previousPercent: area.completion.previousPercent }));
  const plansCaption = format(app.strings.followUpPlansCaption, { period, comparedWith });
  const areasCaption = format(app.strings.followUpFocusAreasCaption, { period, comparedWith });
  const completionChart = (rows: typeof planRows): BarChart => ({
    categories: rows.map((row) => ({ label: row.title, current: row.percent, previous: row.previousPercent })),
    max: 100,
    suffix: ' %',
    legend
  });

  const children = [
    ...titlePage(input, writer),
    heading(text.headingSummary, 1, true),
    ...exportTable(writer, summary),
    heading(text.headingOverall, 1),
    assessmentMark(writer, text.topicOverall),
    heading(app.strings.followUpLevelsHeading, 1),
    chart(
      {
        categories: report.levels.map((l) => ({ label: `${app.strings.followUpColumnLevel} ${l.level}`, current: l.units, previous: l.previousUnits })),
        max: Math.max(1, ...report.levels.flatMap((l) => [l.units, l.previousUnits])),
        suffix: '',
        legend
      },
      `${text.chartAltPrefix} ${levelsAlt}`,
      app.strings.followUpLevelsHeading,
      (value) => app.formatNumber(value)
    ),
    ...exportTable(writer, levels, format(app.strings.followUpLevelsTableCaption, { period, comparedWith })),
    assessmentMark(writer, text.topicLevels),
    heading(app.strings.followUpPlansHeading, 1),
    chart(completionChart(planRows), `${text.chartAltPrefix} ${completionAlt(plansCaption, planRows)}`, app.strings.followUpPlansHeading, (value) => oneDecimal.format(value)),
    ...exportTable(writer, plans, plansCaption),
    assessmentMark(writer, text.topicPlans),
    heading(app.strings.followUpFocusAreasHeading, 1),
    chart(completionChart(areaRows), `${text.chartAltPrefix} ${completionAlt(areasCaption, areaRows)}`, app.strings.followUpFocusAreasHeading, (value) => oneDecimal.format(value)),
    ...exportTable(writer, areas, areasCaption),
    assessmentMark(writer, text.topicAreas),
    ...changes(input, writer),
    heading(format(app.strings.followUpWithoutActivityHeading, { period }), 1),
    ...(withoutActivity.rows.length === 0
      ? [paragraph(format(app.strings.followUpWithoutActivityNone, { period }))]
      : exportTable(writer, withoutActivity, format(app.strings.followUpWithoutActivityHeading, { period }))),
    assessmentMark(writer, text.topicWithoutActivity),
    ...governanceGap(input, writer),
    ...appendix(units, writer)
  ];

  return new Document({
    title: format(text.title, { period }),
    description: format(text.subtitle, { period, comparedWith }),
    creator: 'MR-programmet',
    styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: REPORT_LOCALE[language] } } } } },
    sections: [{ children }]
  });
}

export async function toDocx(input: ReportDraftInput): Promise<Uint8Array> {
  // Dates and numbers as the document's language writes them (en-GB, sv-SE), whatever the writer's own locale.
  const { localization } = await loadLocalization(REPORT_LOCALE[input.language]);
  return new Uint8Array(await Packer.toArrayBuffer(documentFor(input, localization)));
}

/** Named like the other exports: what was selected, without spaces or letters outside a–z. */
export function reportFileName(report: Pick<FollowUpReport, 'period' | 'comparedWith' | 'filter'>, texts: LanguageTexts): string {
  const base = format(REPORT_STRINGS[texts.language].fileName, { period: report.period, comparedWith: report.comparedWith });
  return selectionFileName(base, report.filter, texts, 'docx');
}
