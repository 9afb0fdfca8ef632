/**
 * The report draft opened again: the .docx unzipped and its XML read as Word would, checking the
 * headings, that every figure is the follow-up's, header rows on every table, alt text on every
 * picture, and the document language.
 */
import JSZip from 'jszip';
import { loadFollowUp } from '../../../src/app/followUp/loadFollowUp';
import { buildFollowUpReport, FollowUpReport } from '../../../src/domain/followUp';
import { format, Language, pick } from '../../../src/domain/language';
import { REPORT_LOCALE, reportFileName, toDocx } from '../../../src/ui/FollowUp/report/reportDocx';
import { REPORT_STRINGS } from '../../../src/ui/FollowUp/report/reportStrings';
import { ACTION_PLANS, CHILD_RIGHTS_PROGRAMME, PERIOD, UNITS } from '../fakes';
import { localization } from '../render';
import { siteWithTicks } from './followUpSite';

interface WordParagraph {
  style?: string;
  text: string;
}

interface Word {
  paragraphs: WordParagraph[];
  /** Each table as rows of cell texts, with whether its first row is marked as the header row, and its caption (the paragraph right before it). */
  tables: { header: boolean; rows: string[][]; caption: string }[];
  pictures: { descr: string; title: string }[];
  styles: string;
  files: string[];
}

function decode(xml: string): string {
  return xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1])).join('');
}

async function openDocx(bytes: Uint8Array): Promise<Word> {
  const zip = await JSZip.loadAsync(bytes);
  const document = await zip.file('word/document.xml')!.async('string');
  const styles = await zip.file('word/styles.xml')!.async('string');
  const body = document.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  return {
    paragraphs: [...body.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map((m) => ({ style: /<w:pStyle w:val="([^"]+)"/.exec(m[1])?.[1], text: textOf(m[1]) })),
    tables: [...document.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((table) => {
      const rows = [...table[1].matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)];
      const before = document.slice(0, table.index);
      return {
        caption: textOf(before.slice(Math.max(before.lastIndexOf('<w:p>'), before.lastIndexOf('<w:p ')))),
        header: rows.length > 0 && /<w:tblHeader\/>/.test(rows[0][1]),
        rows: rows.map((row) => [...row[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) => textOf(cell[1])))
      };
    }),
    pictures: [...document.matchAll(/<wp:docPr ([^>]*)\/?>/g)].map((m) => ({
      descr: decode(/descr="([^"]*)"/.exec(m[1])?.[1] ?? ''),
      title: decode(/title="([^"]*)"/.exec(m[1])?.[1] ?? '')
    })),
    styles,
    files: Object.keys(zip.files)
  };
}

async function draft(language: Language): Promise<{ word: Word; report: FollowUpReport }> {
  const repositories = await siteWithTicks();
  const loaded = await loadFollowUp(repositories, { period: PERIOD }, { recount: true, now: new Date('2025-11-20T09:00:00Z') });
  const report = buildFollowUpReport(loaded.value);
  const bytes = await toDocx({ report, verification: loaded.verification!, plans: loaded.value.plans, language, now: new Date('2025-11-20T09:00:00Z') });
  return { word: await openDocx(bytes), report };
}

function tableCaptioned(word: Word, caption: string): string[][] {
  const table = word.tables.find((t) => t.caption === caption);
  if (table === undefined) throw new Error(`No table captioned "${caption}"`);
  return table.rows;
}

describe.each(['sv', 'en'] as const)('the report draft (%s)', (language) => {
  const { strings } = localization(language);
  const text = REPORT_STRINGS[language];
  const period = String(PERIOD);
  const comparedWith = String(PERIOD - 2);
  const decimal = (value: number): string => new Intl.NumberFormat(REPORT_LOCALE[language], { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
  let word: Word;
  let report: FollowUpReport;

  beforeAll(async () => {
    ({ word, report } = await draft(language));
  });

  it('is a Word document with a title and real headings, in order', () => {
    expect(word.files).toEqual(expect.arrayContaining(['word/document.xml', 'word/styles.xml', '[Content_Types].xml', 'docProps/core.xml']));
    expect(word.paragraphs.find((p) => p.style === 'Title')?.text).toBe(format(text.title, { period }));
    const headings = word.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(headings).toEqual([
      text.headingSummary,
      text.headingOverall,
      strings.followUpLevelsHeading,
      strings.followUpPlansHeading,
      strings.followUpFocusAreasHeading,
      format(text.headingChanges, { comparedWith }),
      format(strings.followUpWithoutActivityHeading, { period }),
      text.headingGap,
      text.headingAppendix
    ]);
    // The appendix: one heading per unit, in the follow-up's order.
    expect(word.paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(report.units.map((u) => u.name));
  });

  it('states the selection and the recount the figures rest on', () => {
    const texts = word.paragraphs.map((p) => p.text);
    expect(texts).toContain(format(text.subtitle, { period, comparedWith }));
    expect(texts.some((t) => t.startsWith(format(text.selection, { types: language === 'sv' ? 'Alla' : 'All', part: language === 'sv' ? 'Hela staden' : 'The whole city' }).slice(0, -1)))).toBe(true);
    expect(texts.some((t) => t.includes(text.verifiedAgree))).toBe(true);
  });

  it('holds every figure of the follow-up: summary, levels, plans, focus areas and each unit', () => {
    const summary = tableCaptioned(word, language === 'sv' ? 'Sammanfattning' : 'Summary');
    const valueOf = (measure: string): string | undefined => summary.find((row) => row[0] === measure)?.[1];
    expect(valueOf(language === 'sv' ? 'Enheter' : 'Units')).toBe(String(report.totals.units));
    expect(valueOf(language === 'sv' ? `Andel klar ${period} (%)` : `Share done ${period} (%)`)).toBe(decimal(report.totals.completion.percent));
    expect(valueOf(language === 'sv' ? 'Förändring (procentenheter)' : 'Change (percentage points)')).toBe(`+${decimal(report.totals.completion.deltaPoints)}`);
    expect(report.totals.completion.percent).toBe(16.7);

    const levels = tableCaptioned(word, format(strings.followUpLevelsTableCaption, { period, comparedWith }));
    expect(levels.slice(1).map((row) => row.slice(0, 3).map(Number))).toEqual(report.levels.map((l) => [l.level, l.units, l.previousUnits]));

    const plans = tableCaptioned(word, format(strings.followUpPlansCaption, { period, comparedWith }));
    expect(plans.slice(1).map((row) => [row[0], row[4]])).toEqual(report.plans.map((p) => [pick(p.title, language), decimal(p.completion.percent)]));
    const areas = tableCaptioned(word, format(strings.followUpFocusAreasCaption, { period, comparedWith }));
    expect(areas.slice(1).map((row) => [row[0], row[4]])).toEqual(report.focusAreas.map((a) => [pick(a.title, language), decimal(a.completion.percent)]));

    const unitsWithout = tableCaptioned(word, format(strings.followUpWithoutActivityHeading, { period }));
    expect(unitsWithout.slice(1).map((row) => row[0])).toEqual(report.withoutActivity.map((u) => u.name));

    for (const unit of report.units) {
      const rows = tableCaptioned(word, unit.name);
      expect(rows.find((row) => row[0].startsWith(language === 'sv' ? `Nivå i trappan ${period}` : `Staircase level ${period}`))?.[1]).toBe(String(unit.level));
      expect(rows.find((row) => row[0] === (language === 'sv' ? `Andel klar ${period} (%)` : `Share done ${period} (%)`))?.[1]).toBe(decimal(unit.completion.percent));
    }
  });

  it('gives every table a header row and every chart an alt text with its figures', () => {
    expect(word.tables.length).toBeGreaterThan(UNITS.length);
    expect(word.tables.every((table) => table.header)).toBe(true);
    expect(word.pictures).toHaveLength(3);
    for (const picture of word.pictures) expect(picture.descr.length).toBeGreaterThan(40);
    expect(word.pictures[0].descr).toContain(format(strings.followUpLevelsChartItem, { level: 3, count: 1, previousCount: 0, comparedWith }));
  });

  it('marks the places for the analyst’s assessment and names the governance gap', () => {
    const marks = word.paragraphs.filter((p) => p.text.startsWith(format(text.assessmentMark, { topic: '' }).slice(0, 12)));
    expect(marks.length).toBeGreaterThanOrEqual(7);
    const gap = tableCaptioned(word, text.headingGap);
    expect(gap.slice(1).map((row) => [row[0], row[2]])).toEqual([[pick(ACTION_PLANS[1].title, language), CHILD_RIGHTS_PROGRAMME]]);
  });

  it('is in the right language for Word', () => {
    expect(word.styles).toContain(`<w:lang w:val="${REPORT_LOCALE[language]}"`);
    expect(reportFileName(report, localization(language))).toMatch(/^[a-z0-9-]+\.docx$/);
  });
});
