/**
 * The texts of the follow-up exports (sheet names, column headers) in Swedish and English.
 * Unit types and the unit, type and parent columns are the app's own texts, so the files name
 * them as the view does.
 */
import { format, Language } from '../../../domain/language';
import type { FollowUpReport } from '../../../domain/followUp';
import { UNIT_TYPES, UnitType } from '../../../domain/unit';
import type { LanguageTexts, Strings } from '../../loc';

const sv = {
  reportTitle: 'MR-programmet – uppföljning {period}',
  fileName: 'mr-uppfoljning-{period}',
  sheetSummary: 'Sammanfattning',
  sheetUnits: 'Enheter',
  sheetLevels: 'Nivåfördelning',
  sheetPlans: 'Handlingsplaner',
  sheetFocusAreas: 'Fokusområden',
  sheetWithoutActivity: 'Utan aktivitet',
  columnMeasure: 'Uppgift',
  columnValue: 'Värde',
  summaryPeriod: 'Period',
  summaryComparedWith: 'Jämförs med period',
  summaryUnitTypes: 'Enhetstyper',
  summaryAllTypes: 'Alla',
  summaryParent: 'Urval',
  summaryWholeCity: 'Hela staden',
  summaryUnits: 'Enheter',
  summaryUnitsActive: 'Enheter med aktivitet {period}',
  summaryUnitsWithoutActivity: 'Enheter utan aktivitet {period}',
  columnActiveItems: 'Aktiva checklistpunkter',
  columnPossible: 'Möjliga avbockningar',
  columnDone: 'Avbockade {period}',
  columnShare: 'Andel klar {period} (%)',
  columnChangePoints: 'Förändring (procentenheter)',
  columnLevel: 'Nivå i trappan {period}',
  columnLevelChange: 'Förändring nivå',
  columnActivity: 'Aktivitet {period}',
  columnTitleShare: '{title} {period} (%)',
  columnOverdue: 'Försenade punkter {date}',
  columnTitleOverdue: '{title}, försenade {date}',
  columnStaircaseLevel: 'Nivå i trappan',
  columnUnitsIn: 'Enheter {period}',
  columnChange: 'Förändring',
  columnPlan: 'Handlingsplan',
  columnFocusArea: 'Fokusområde',
  yes: 'Ja',
  no: 'Nej'
};

export type ExportStrings = { readonly [Key in keyof typeof sv]: string };

const en: ExportStrings = {
  reportTitle: 'MR programme – follow-up {period}',
  fileName: 'mr-follow-up-{period}',
  sheetSummary: 'Summary',
  sheetUnits: 'Units',
  sheetLevels: 'Levels distribution',
  sheetPlans: 'Action plans',
  sheetFocusAreas: 'Focus areas',
  sheetWithoutActivity: 'No activity',
  columnMeasure: 'Measure',
  columnValue: 'Value',
  summaryPeriod: 'Period',
  summaryComparedWith: 'Compared with period',
  summaryUnitTypes: 'Unit types',
  summaryAllTypes: 'All',
  summaryParent: 'Selection',
  summaryWholeCity: 'The whole city',
  summaryUnits: 'Units',
  summaryUnitsActive: 'Units with activity in {period}',
  summaryUnitsWithoutActivity: 'Units without activity in {period}',
  columnActiveItems: 'Active checklist items',
  columnPossible: 'Possible ticks',
  columnDone: 'Ticked {period}',
  columnShare: 'Share done {period} (%)',
  columnChangePoints: 'Change (percentage points)',
  columnLevel: 'Staircase level {period}',
  columnLevelChange: 'Level change',
  columnActivity: 'Activity {period}',
  columnTitleShare: '{title} {period} (%)',
  columnOverdue: 'Overdue items {date}',
  columnTitleOverdue: '{title}, overdue {date}',
  columnStaircaseLevel: 'Staircase level',
  columnUnitsIn: 'Units {period}',
  columnChange: 'Change',
  columnPlan: 'Action plan',
  columnFocusArea: 'Focus area',
  yes: 'Yes',
  no: 'No'
};

export const EXPORT_STRINGS: Readonly<Record<Language, ExportStrings>> = { sv, en };

export function unitTypeLabel(type: UnitType, strings: Strings): string {
  switch (type) {
    case 'executiveBoard':
      return strings.unitTypeExecutiveBoard;
    case 'committee':
      return strings.unitTypeCommittee;
    case 'districtCommittee':
      return strings.unitTypeDistrictCommittee;
    case 'companyBoard':
      return strings.unitTypeCompanyBoard;
    case 'administration':
      return strings.unitTypeAdministration;
    case 'team':
      return strings.unitTypeTeam;
  }
}

/** Lower-case a–z, digits and hyphens: å, ä and ö (and é, ü) as their base letters. */
function plainLetters(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A file name that says what was selected – `base` (the kind of file and its periods), the part of the city, the
 * unit types unless all – without spaces or letters outside a–z, so that every mail client and file share keeps it.
 */
export function selectionFileName(base: string, filter: FollowUpReport['filter'], { strings }: LanguageTexts, extension: string): string {
  const parts = [base];
  if (filter.parent !== undefined) parts.push(filter.parent.name);
  if (filter.types.length < UNIT_TYPES.length) parts.push(...filter.types.map((type) => unitTypeLabel(type, strings)));
  return `${parts.map(plainLetters).join('-')}.${extension}`;
}

export function exportFileName(report: Pick<FollowUpReport, 'period' | 'filter'>, texts: LanguageTexts, extension: 'csv' | 'xlsx'): string {
  return selectionFileName(format(EXPORT_STRINGS[texts.language].fileName, { period: report.period }), report.filter, texts, extension);
}
