/**
 * The follow-up as an Excel workbook, one sheet per table, written as minimal SpreadsheetML and zipped
 * with fflate. Texts are inline strings (never formulas, so names from users are safe as they are);
 * numbers are numeric cells, shares are stored as fractions with a percent format.
 */
import { strToU8, zipSync } from 'fflate';
import { FollowUpReport } from '../../../domain/followUp';
import type { LanguageTexts } from '../../loc';
import { ExportCell, ExportTable, followUpTables, NumberFormat } from './tables';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Cell style indexes into `cellXfs` below. */
const HEADER_STYLE = 1;
const NUMBER_STYLE: Record<NumberFormat, number> = { integer: 0, percent: 2, change: 3, points: 4 };

const STYLES = `${XML_HEADER}<styleSheet xmlns="${MAIN_NS}">
<numFmts count="3"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="+0;-0;0"/><numFmt numFmtId="166" formatCode="+0.0;-0.0;0.0"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="5">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

/** Escapes XML and drops the control characters XML 1.0 cannot hold (a pasted name may carry them). */
function xmlText(value: string): string {
  let result = '';
  for (const char of value) {
    const code = char.charCodeAt(0);
    if (code < 0x20 && char !== '\t' && char !== '\n' && char !== '\r') continue;
    if (char === '&') result += '&amp;';
    else if (char === '<') result += '&lt;';
    else if (char === '>') result += '&gt;';
    else if (char === '"') result += '&quot;';
    else result += char;
  }
  return result;
}

/** A, B, …, Z, AA, AB, … for a zero-based column index. */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function inlineString(ref: string, value: string, style: number): string {
  return `<c r="${ref}" t="inlineStr"${style === 0 ? '' : ` s="${style}"`}><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`;
}

function cellXml(ref: string, cell: ExportCell): string {
  // An empty text is no cell at all, as Excel itself writes it.
  if (typeof cell === 'string') return cell === '' ? '' : inlineString(ref, cell, 0);
  // Shares are kept in tenths of a percent; as a fraction they are exact to three decimals.
  const value = cell.format === 'percent' ? Math.round(cell.value * 10) / 1000 : cell.value;
  const style = NUMBER_STYLE[cell.format];
  return `<c r="${ref}"${style === 0 ? '' : ` s="${style}"`}><v>${value}</v></c>`;
}

/** Column widths from the longest text, so that headers and names can be read without resizing. */
function columnsXml(table: ExportTable): string {
  const widthOf = (cell: ExportCell): number => (typeof cell === 'string' ? cell.length : 8);
  const widths = table.header.map((header, index) => Math.max(header.length, ...table.rows.map((row) => widthOf(row[index]))));
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${Math.min(60, Math.max(10, w + 2))}" customWidth="1"/>`);
  return `<cols>${cols.join('')}</cols>`;
}

/** The range the autofilter covers: the header row and every row below it, all columns. */
function filterRange(table: ExportTable, absolute: boolean): string {
  const mark = absolute ? '$' : '';
  return `${mark}A${mark}1:${mark}${columnName(Math.max(0, table.header.length - 1))}${mark}${table.rows.length + 1}`;
}

/** One sheet: the header row in bold and frozen, so it stays in view while scrolling, with a filter on every column. */
function sheetXml(table: ExportTable): string {
  const header = `<row r="1">${table.header.map((h, c) => inlineString(`${columnName(c)}1`, h, HEADER_STYLE)).join('')}</row>`;
  const rows = table.rows.map((row, r) => `<row r="${r + 2}">${row.map((cell, c) => cellXml(`${columnName(c)}${r + 2}`, cell)).join('')}</row>`);
  return (
    `${XML_HEADER}<worksheet xmlns="${MAIN_NS}">` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    `${columnsXml(table)}<sheetData>${header}${rows.join('')}</sheetData><autoFilter ref="${filterRange(table, false)}"/></worksheet>`
  );
}

export function toXlsx(report: FollowUpReport, texts: LanguageTexts): Uint8Array {
  const tables = followUpTables(report, texts);
  const sheetNumbers = tables.map((_, index) => index + 1);
  const files: Record<string, string> = {
    '[Content_Types].xml':
      `${XML_HEADER}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      sheetNumbers
        .map((n) => `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
        .join('') +
      '</Types>',
    '_rels/.rels':
      `${XML_HEADER}<Relationships xmlns="${PACKAGE_REL_NS}">` +
      `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `${XML_HEADER}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>` +
      tables.map((t, i) => `<sheet name="${xmlText(t.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
      // Excel keeps each sheet's filter range as this hidden name, and expects it beside the sheet's autoFilter.
      '</sheets><definedNames>' +
      tables
        .map((t, i) => `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${xmlText(t.name.replace(/'/g, "''"))}'!${filterRange(t, true)}</definedName>`)
        .join('') +
      '</definedNames></workbook>',
    'xl/_rels/workbook.xml.rels':
      `${XML_HEADER}<Relationships xmlns="${PACKAGE_REL_NS}">` +
      sheetNumbers.map((n) => `<Relationship Id="rId${n}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${n}.xml"/>`).join('') +
      `<Relationship Id="rId${tables.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': STYLES
  };
  tables.forEach((table, index) => {
    files[`xl/worksheets/sheet${index + 1}.xml`] = sheetXml(table);
  });
  return zipSync(Object.fromEntries(Object.entries(files).map(([path, xml]) => [path, strToU8(xml)])));
}
