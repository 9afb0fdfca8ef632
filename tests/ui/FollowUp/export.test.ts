import { Workbook, Worksheet } from 'exceljs';
import { ActionPlan } from '../../../src/domain/actionPlan';
import { buildFollowUpReport, FollowUpInput, FollowUpReport } from '../../../src/domain/followUp';
import { Unit, UNIT_TYPES, UnitType } from '../../../src/domain/unit';
import { toCsv } from '../../../src/ui/FollowUp/export/csv';
import { exportFileName } from '../../../src/ui/FollowUp/export/exportStrings';
import { toXlsx } from '../../../src/ui/FollowUp/export/xlsx';
import { checklistItem } from '../../fixtures/items';
import { localizationFor } from '../loc/localizationFor';

const SV = localizationFor('sv-SE');
const EN = localizationFor('en-GB');

const HYPERLINK = '=HYPERLINK("https://evil.example","klicka")';

const unit = (id: number, name: string, type: Unit['type'], parentId?: number): Unit => ({ id, name, type, parentId, memberIds: [] });
const plan = (id: number, sv: string, en: string): ActionPlan => ({
  id,
  key: `p${id}`,
  order: id,
  title: { sv, en },
  description: { sv: '', en: '' },
  status: 'adopted'
});

/**
 * Four units, two of them named by someone trying CSV injection, quoting and line breaks. Known figures:
 * Östermalm 3 of 3 (before 1 of 3), the hyperlink team 1 of 3 (before 2 of 3), the others nothing;
 * the city 4 of 12 = 33.3 % (before 3 of 12 = 25.0 %).
 */
const input: FollowUpInput = {
  period: 2026,
  units: [
    unit(1, 'Östermalms stadsdelsnämnd', 'districtCommittee'),
    unit(2, HYPERLINK, 'team', 1),
    unit(3, 'Team "Norr"; Väst', 'administration', 1),
    unit(4, '@Bolag\nAB', 'companyBoard')
  ],
  plans: [plan(1, 'Mot rasism', 'Against racism'), plan(2, 'Jämställdhet', 'Gender equality')],
  items: [checklistItem(11, 1, 'knowledge'), checklistItem(12, 1, 'welfare'), checklistItem(21, 2, 'participation')],
  ticks: [
    { unitId: 1, itemId: 11, period: 2026, done: true },
    { unitId: 1, itemId: 12, period: 2026, done: true },
    { unitId: 1, itemId: 21, period: 2026, done: true },
    { unitId: 2, itemId: 11, period: 2026, done: true },
    { unitId: 1, itemId: 11, period: 2025, done: true },
    { unitId: 2, itemId: 11, period: 2025, done: true },
    { unitId: 2, itemId: 12, period: 2025, done: true }
  ],
  assessments: [
    { unitId: 1, step: 1, period: 2026, status: 'fulfilled' },
    { unitId: 1, step: 2, period: 2026, status: 'fulfilled' },
    { unitId: 1, step: 1, period: 2025, status: 'fulfilled' },
    { unitId: 2, step: 1, period: 2025, status: 'fulfilled' },
    { unitId: 3, step: 1, period: 2026, status: 'inProgress' }
  ],
  // Team "Norr" has item 11 and the hyperlink team item 21 past due and not ticked; Östermalm ticked its item 12 in time.
  dueDates: {
    today: '2026-06-15',
    assignments: [
      { unitId: 3, itemId: 11, period: 2026, dueDate: '2026-03-01' },
      { unitId: 2, itemId: 21, period: 2026, dueDate: '2026-05-01' },
      { unitId: 1, itemId: 12, period: 2026, dueDate: '2026-01-01' }
    ]
  },
  focusAreaTitles: {
    knowledge: { sv: 'Kunskap och information', en: 'Knowledge and information' },
    welfare: { sv: 'Välfärd och service', en: 'Welfare and services' },
    participation: { sv: 'Delaktighet och inflytande', en: 'Participation and influence' }
  }
};

const report: FollowUpReport = buildFollowUpReport(input);

/** A small RFC 4180 reader with `;` as separator: quoted fields may hold separators, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else if (char === '\n' || char === '\r') throw new Error(`bare line break at ${i}`);
    else field += char;
  }
  if (field !== '' || record.length > 0) throw new Error('the last record does not end with CRLF');
  return records;
}

/** The header and rows of the table with the given name. */
function csvTable(records: string[][], name: string): string[][] {
  const start = records.findIndex((r) => r.length === 1 && r[0] === name);
  if (start < 0) throw new Error(`no table ${name}`);
  const end = records.findIndex((r, i) => i > start && r.length === 1 && r[0] === '');
  return records.slice(start + 1, end < 0 ? undefined : end);
}

describe('toCsv', () => {
  const csv = toCsv(report, SV);
  const records = parseCsv(csv.slice(1));

  it('is UTF-8 text for Swedish Excel: BOM, semicolons, CRLF, å/ä/ö intact', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(records[0]).toEqual(['MR-programmet – uppföljning 2026']);
    expect(records.filter((r) => r.length === 1 && r[0] !== '').map((r) => r[0])).toEqual([
      'MR-programmet – uppföljning 2026',
      'Sammanfattning',
      'Enheter',
      'Nivåfördelning',
      'Handlingsplaner',
      'Fokusområden',
      'Utan aktivitet'
    ]);
  });

  it('quotes fields with separators, quotes and line breaks, and neutralises formulas', () => {
    expect(csv).toContain(`\r\n"'=HYPERLINK(""https://evil.example"",""klicka"")";Team;`);
    expect(csv).toContain('\r\n"Team ""Norr""; Väst";Förvaltning;');
    expect(csv).toContain(`\r\n"'@Bolag\nAB";`);
    expect(csv).toContain('\r\nÖstermalms stadsdelsnämnd;');
  });

  it('neutralises every formula start OWASP lists, and only at the start', () => {
    const names = ['+SUM(A1:A9)', '-2+3', '\tTabb', '\rRetur', 'Lika = text'];
    const hostile = buildFollowUpReport({ ...input, units: names.map((name, i) => unit(i + 1, name, 'team')), ticks: [], assessments: [] });
    const unitNames = csvTable(parseCsv(toCsv(hostile, SV).slice(1)), 'Enheter')
      .slice(1)
      .map((row) => row[0]);
    expect(unitNames.sort()).toEqual(["'+SUM(A1:A9)", "'-2+3", "'\tTabb", "'\rRetur", 'Lika = text'].sort());
  });

  it('writes the summary with decimal comma', () => {
    expect(csvTable(records, 'Sammanfattning')).toEqual([
      ['Uppgift', 'Värde'],
      ['Period', '2026'],
      ['Jämförs med period', '2025'],
      ['Enhetstyper', 'Alla'],
      ['Urval', 'Hela staden'],
      ['Enheter', '4'],
      ['Enheter med aktivitet 2026', '3'],
      ['Enheter utan aktivitet 2026', '1'],
      ['Aktiva checklistpunkter', '3'],
      ['Möjliga avbockningar', '12'],
      ['Avbockade 2026', '4'],
      ['Andel klar 2026 (%)', '33,3'],
      ['Avbockade 2025', '3'],
      ['Andel klar 2025 (%)', '25,0'],
      ['Förändring (procentenheter)', '8,3'],
      ['Försenade punkter 2026-06-15', '2']
    ]);
  });

  it('writes every unit cell by cell, each under its parent', () => {
    expect(csvTable(records, 'Enheter')).toEqual([
      [
        'Enhet',
        'Typ',
        'Ingår i',
        'Nivå i trappan 2026',
        'Nivå i trappan 2025',
        'Förändring nivå',
        'Möjliga avbockningar',
        'Avbockade 2026',
        'Andel klar 2026 (%)',
        'Avbockade 2025',
        'Andel klar 2025 (%)',
        'Förändring (procentenheter)',
        'Aktivitet 2026',
        'Aktivitet 2025',
        'Mot rasism 2026 (%)',
        'Jämställdhet 2026 (%)',
        'Kunskap och information 2026 (%)',
        'Välfärd och service 2026 (%)',
        'Delaktighet och inflytande 2026 (%)',
        'Försenade punkter 2026-06-15',
        'Mot rasism, försenade 2026-06-15',
        'Jämställdhet, försenade 2026-06-15'
      ],
      ["'@Bolag\nAB", 'Bolagsstyrelse', '', '0', '0', '0', '3', '0', '0,0', '0', '0,0', '0,0', 'Nej', 'Nej', '0,0', '0,0', '0,0', '0,0', '0,0', '0', '0', '0'],
      ['Östermalms stadsdelsnämnd', 'Stadsdelsnämnd', '', '2', '1', '1', '3', '3', '100,0', '1', '33,3', '66,7', 'Ja', 'Ja', '100,0', '100,0', '100,0', '100,0', '100,0', '0', '0', '0'],
      [`'${HYPERLINK}`, 'Team', 'Östermalms stadsdelsnämnd', '0', '1', '-1', '3', '1', '33,3', '2', '66,7', '-33,4', 'Ja', 'Ja', '50,0', '0,0', '100,0', '0,0', '0,0', '1', '0', '1'],
      ['Team "Norr"; Väst', 'Förvaltning', 'Östermalms stadsdelsnämnd', '0', '0', '0', '3', '0', '0,0', '0', '0,0', '0,0', 'Ja', 'Nej', '0,0', '0,0', '0,0', '0,0', '0,0', '1', '1', '0']
    ]);
  });

  it('writes the level distribution, plans, focus areas and units without activity', () => {
    expect(csvTable(records, 'Nivåfördelning')).toEqual([
      ['Nivå i trappan', 'Enheter 2026', 'Enheter 2025', 'Förändring'],
      ['0', '3', '2', '1'],
      ['1', '0', '2', '-2'],
      ['2', '1', '0', '1'],
      ['3', '0', '0', '0'],
      ['4', '0', '0', '0'],
      ['5', '0', '0', '0'],
      ['6', '0', '0', '0']
    ]);
    const completionHeader = ['Möjliga avbockningar', 'Avbockade 2026', 'Andel klar 2026 (%)', 'Avbockade 2025', 'Andel klar 2025 (%)', 'Förändring (procentenheter)'];
    expect(csvTable(records, 'Handlingsplaner')).toEqual([
      ['Handlingsplan', 'Aktiva checklistpunkter', ...completionHeader, 'Försenade punkter 2026-06-15'],
      ['Mot rasism', '2', '8', '3', '37,5', '3', '37,5', '0,0', '1'],
      ['Jämställdhet', '1', '4', '1', '25,0', '0', '0,0', '25,0', '1']
    ]);
    expect(csvTable(records, 'Fokusområden')).toEqual([
      ['Fokusområde', 'Aktiva checklistpunkter', ...completionHeader],
      ['Kunskap och information', '1', '4', '2', '50,0', '2', '50,0', '0,0'],
      ['Välfärd och service', '1', '4', '1', '25,0', '1', '25,0', '0,0'],
      ['Delaktighet och inflytande', '1', '4', '1', '25,0', '0', '0,0', '25,0']
    ]);
    expect(csvTable(records, 'Utan aktivitet')).toEqual([
      ['Enhet', 'Typ', 'Ingår i', 'Aktivitet 2025', 'Nivå i trappan 2025'],
      ["'@Bolag\nAB", 'Bolagsstyrelse', '', 'Nej', '0']
    ]);
  });

  it('translates the texts in English but keeps semicolons and decimal comma for Swedish Excel', () => {
    const english = parseCsv(toCsv(report, EN).slice(1));
    expect(english[0]).toEqual(['MR programme – follow-up 2026']);
    expect(csvTable(english, 'Action plans')).toEqual([
      ['Action plan', 'Active checklist items', 'Possible ticks', 'Ticked 2026', 'Share done 2026 (%)', 'Ticked 2025', 'Share done 2025 (%)', 'Change (percentage points)', 'Overdue items 2026-06-15'],
      ['Against racism', '2', '8', '3', '37,5', '3', '37,5', '0,0', '1'],
      ['Gender equality', '1', '4', '1', '25,0', '0', '0,0', '25,0', '1']
    ]);
    expect(csvTable(english, 'Units')[2].slice(0, 3)).toEqual(['Östermalms stadsdelsnämnd', 'District committee', '']);
  });

  it('names the chosen types and parent in the summary', () => {
    const filtered = buildFollowUpReport({ ...input, filter: { parentId: 1, types: ['team', 'administration'] } });
    const summary = csvTable(parseCsv(toCsv(filtered, SV).slice(1)), 'Sammanfattning');
    expect(summary.slice(3, 6)).toEqual([
      ['Enhetstyper', 'Team, Förvaltning'],
      ['Urval', 'Östermalms stadsdelsnämnd'],
      ['Enheter', '2']
    ]);
  });
});

describe('toXlsx', () => {
  let workbook: Workbook;
  beforeAll(async () => {
    workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(toXlsx(report, SV)));
  });

  const sheet = (name: string): Worksheet => {
    const found = workbook.getWorksheet(name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  };
  const values = (ws: Worksheet, row: number): unknown[] => (ws.getRow(row).values as unknown[]).slice(1);

  it('has one sheet per table, each with a bold, frozen header row and a filter over all its columns and rows', () => {
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['Sammanfattning', 'Enheter', 'Nivåfördelning', 'Handlingsplaner', 'Fokusområden', 'Utan aktivitet']);
    for (const ws of workbook.worksheets) {
      expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      const lastColumn = String.fromCharCode(64 + ws.actualColumnCount);
      expect(ws.autoFilter).toBe(`A1:${lastColumn}${Math.max(1, ws.actualRowCount)}`);
    }
  });

  it('keeps numbers as numbers, with shares as fractions in a percent format', () => {
    const summary = sheet('Sammanfattning');
    expect(values(summary, 1)).toEqual(['Uppgift', 'Värde']);
    expect(values(summary, 2)).toEqual(['Period', 2026]);
    expect(values(summary, 4)).toEqual(['Enhetstyper', 'Alla']);
    expect(values(summary, 12)).toEqual(['Andel klar 2026 (%)', 0.333]);
    expect(summary.getCell('B12').numFmt).toBe('0.0%');
    expect(values(summary, 14)).toEqual(['Andel klar 2025 (%)', 0.25]);
    expect(values(summary, 15)).toEqual(['Förändring (procentenheter)', 8.3]);
    expect(summary.getCell('B15').numFmt).toBe('+0.0;-0.0;0.0');
    expect(values(summary, 16)).toEqual(['Försenade punkter 2026-06-15', 2]);
    expect(summary.rowCount).toBe(16);
  });

  it('writes every unit cell by cell, names as plain text exactly as entered, no parent as an empty cell', () => {
    const units = sheet('Enheter');
    expect(values(units, 1)).toEqual(csvTable(parseCsv(toCsv(report, SV).slice(1)), 'Enheter')[0]);
    expect(values(units, 2)).toEqual(['@Bolag\nAB', 'Bolagsstyrelse', undefined, 0, 0, 0, 3, 0, 0, 0, 0, 0, 'Nej', 'Nej', 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(values(units, 3)).toEqual(['Östermalms stadsdelsnämnd', 'Stadsdelsnämnd', undefined, 2, 1, 1, 3, 3, 1, 1, 0.333, 66.7, 'Ja', 'Ja', 1, 1, 1, 1, 1, 0, 0, 0]);
    expect(values(units, 4)).toEqual([HYPERLINK, 'Team', 'Östermalms stadsdelsnämnd', 0, 1, -1, 3, 1, 0.333, 2, 0.667, -33.4, 'Ja', 'Ja', 0.5, 0, 1, 0, 0, 1, 0, 1]);
    expect(values(units, 5)).toEqual(['Team "Norr"; Väst', 'Förvaltning', 'Östermalms stadsdelsnämnd', 0, 0, 0, 3, 0, 0, 0, 0, 0, 'Ja', 'Nej', 0, 0, 0, 0, 0, 1, 1, 0]);
    expect(units.rowCount).toBe(5);
    expect(units.getCell('A4').type).toBe(3); // ValueType.String: text, not a formula
    expect(units.getCell('F4').numFmt).toBe('+0;-0;0');
    expect(units.getCell('I4').numFmt).toBe('0.0%');
    expect(units.getCell('G4').numFmt).toBeUndefined();
  });

  it('writes the level distribution, plans, focus areas and units without activity', () => {
    const levels = sheet('Nivåfördelning');
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((r) => values(levels, r))).toEqual([
      ['Nivå i trappan', 'Enheter 2026', 'Enheter 2025', 'Förändring'],
      [0, 3, 2, 1],
      [1, 0, 2, -2],
      [2, 1, 0, 1],
      [3, 0, 0, 0],
      [4, 0, 0, 0],
      [5, 0, 0, 0],
      [6, 0, 0, 0]
    ]);
    const plans = sheet('Handlingsplaner');
    expect(values(plans, 2)).toEqual(['Mot rasism', 2, 8, 3, 0.375, 3, 0.375, 0, 1]);
    expect(values(plans, 3)).toEqual(['Jämställdhet', 1, 4, 1, 0.25, 0, 0, 25, 1]);
    const areas = sheet('Fokusområden');
    expect([2, 3, 4].map((r) => values(areas, r))).toEqual([
      ['Kunskap och information', 1, 4, 2, 0.5, 2, 0.5, 0],
      ['Välfärd och service', 1, 4, 1, 0.25, 1, 0.25, 0],
      ['Delaktighet och inflytande', 1, 4, 1, 0.25, 0, 0, 25]
    ]);
    const inactive = sheet('Utan aktivitet');
    expect(values(inactive, 1)).toEqual(['Enhet', 'Typ', 'Ingår i', 'Aktivitet 2025', 'Nivå i trappan 2025']);
    expect(values(inactive, 2)).toEqual(['@Bolag\nAB', 'Bolagsstyrelse', undefined, 'Nej', 0]);
    expect(inactive.rowCount).toBe(2);
  });

  it('names sheets and headers in English', async () => {
    const english = new Workbook();
    await english.xlsx.load(Buffer.from(toXlsx(report, EN)));
    expect(english.worksheets.map((ws) => ws.name)).toEqual(['Summary', 'Units', 'Levels distribution', 'Action plans', 'Focus areas', 'No activity']);
    expect(values(english.worksheets[5], 1)).toEqual(['Unit', 'Type', 'Part of', 'Activity 2025', 'Staircase level 2025']);
  });
});

describe('exportFileName', () => {
  it('names the file by period and selection, in plain letters', () => {
    const all = [...UNIT_TYPES];
    expect(exportFileName({ period: 2026, filter: { types: all } }, SV, 'csv')).toBe('mr-uppfoljning-2026.csv');
    expect(exportFileName({ period: 2026, filter: { types: all } }, EN, 'xlsx')).toBe('mr-follow-up-2026.xlsx');
    const part = { period: 2026, filter: { types: ['administration', 'team'] as UnitType[], parent: { id: 2, name: 'Hägersten-Älvsjö stadsdelsnämnd' } } };
    expect(exportFileName(part, SV, 'xlsx')).toBe('mr-uppfoljning-2026-hagersten-alvsjo-stadsdelsnamnd-forvaltning-team.xlsx');
    expect(exportFileName(part, EN, 'csv')).toBe('mr-follow-up-2026-hagersten-alvsjo-stadsdelsnamnd-administration-team.csv');
  });
});
