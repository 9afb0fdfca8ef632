/**
 * The follow-up as one CSV file for Excel set to Swedish, the city's standard: UTF-8 with a byte order
 * mark (or Excel reads å, ä, ö wrongly), semicolons between fields and decimal comma. English files
 * keep the same separators and translate only the texts, since they open in the same Excel.
 * The tables follow each other: the report title, then per table its name, header and rows, with an
 * empty line between tables.
 */
import { FollowUpReport } from '../../../domain/followUp';
import { format } from '../../../domain/language';
import type { LanguageTexts } from '../../loc';
import { EXPORT_STRINGS } from './exportStrings';
import { ExportCell, followUpTables } from './tables';

export const CSV_MIME = 'text/csv;charset=utf-8';

/** Characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection). */
const FORMULA_START = ['=', '+', '-', '@', '\t', '\r'];

/**
 * A text field, safe to open: names come from users, so a leading formula character gets a `'`,
 * which Excel shows as plain text; a field with a separator, quote or line break is quoted.
 */
function textField(value: string): string {
  const safe = FORMULA_START.some((start) => value.startsWith(start)) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function field(cell: ExportCell): string {
  if (typeof cell === 'string') return textField(cell);
  const digits = cell.format === 'percent' || cell.format === 'points' ? cell.value.toFixed(1) : String(cell.value);
  return digits.replace('.', ',');
}

export function toCsv(report: FollowUpReport, texts: LanguageTexts): string {
  const lines: ExportCell[][] = [[format(EXPORT_STRINGS[texts.language].reportTitle, { period: report.period })]];
  for (const table of followUpTables(report, texts)) lines.push([], [table.name], table.header, ...table.rows);
  return `\uFEFF${lines.map((cells) => `${cells.map(field).join(';')}\r\n`).join('')}`;
}
