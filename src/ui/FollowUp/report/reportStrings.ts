/**
 * The texts of the report draft to the city council, in Swedish and English. Only what the draft says
 * beyond the view: the figures' headers and chart descriptions are the view's and the exports' own.
 */
import type { Language } from '../../../domain/language';

const sv = {
  title: 'MR-programmet – rapport till kommunfullmäktige {period}',
  subtitle: 'Utkast: uppföljning av {period} jämfört med {comparedWith}',
  selection: 'Urval: {types}; {part}.',
  verified: 'Siffrorna är kontrollräknade {at}: alla {rows} avbockningsrader för {period} och {comparedWith} är räknade.',
  verifiedAgree: 'Varje enhets sammanfattning stämde med raderna.',
  verifiedDrift: '{count} sammanfattningar skilde sig från raderna och är rättade och markerade; rapporten bygger på kontrollräkningen.',
  verifiedFailed: '{failed} av dem kunde inte rättas i listan; rapporten bygger ändå på kontrollräkningen.',
  created: 'Skapad {date} i MR-programmet. Avsnitten markerade ”Analytikerns bedömning” skriver analytikern innan rapporten lämnas.',
  assessmentMark: '[Analytikerns bedömning – {topic}: skriv här.]',
  headingSummary: 'Sammanfattning',
  headingOverall: 'Bedömning av stadens arbete som helhet',
  topicOverall: 'stadens arbete som helhet',
  topicLevels: 'enheternas nivå i trappan',
  topicPlans: 'handlingsplanerna',
  topicAreas: 'fokusområdena',
  topicChanges: 'förändringen sedan förra rapporten',
  topicWithoutActivity: 'enheterna utan aktivitet',
  topicGap: 'styrningsgapet',
  headingChanges: 'Förändringar sedan förra rapporten ({comparedWith})',
  changesText:
    'Andelen avbockade checklistpunkter är {percent} {period} mot {previousPercent} {comparedWith}, en förändring med {points}. {up} enheter har gått upp i trappan, {down} har gått ned och {same} står på samma nivå.',
  changedUnits: 'Enheter som har bytt nivå i trappan',
  changedUnitsNone: 'Ingen enhet i urvalet har bytt nivå i trappan sedan {comparedWith}.',
  headingGap: 'Styrningsgapet',
  gapIntro: 'Handlingsplaner som inte är antagna fast det program eller den strategi de ersätter har upphört att gälla:',
  gapNone: 'Inget styrningsgap: varje handlingsplan vars föregångare har upphört att gälla är antagen.',
  columnStatus: 'Status',
  columnReplaces: 'Ersätter',
  columnCeased: 'Upphörde att gälla',
  headingAppendix: 'Bilaga: enheterna i urvalet',
  appendixIntro: 'En tabell per enhet, i samma ordning som i uppföljningen.',
  columnMeasure: 'Uppgift',
  columnValue: 'Värde',
  chartAltPrefix: 'Diagram.',
  fileName: 'mr-rapportutkast-{period}-{comparedWith}'
};

export type ReportStrings = { readonly [Key in keyof typeof sv]: string };

const en: ReportStrings = {
  title: 'MR programme – report to the City Council {period}',
  subtitle: 'Draft: follow-up of {period} compared with {comparedWith}',
  selection: 'Selection: {types}; {part}.',
  verified: 'The figures are recounted {at}: all {rows} tick rows for {period} and {comparedWith} are counted.',
  verifiedAgree: "Every unit's summary agreed with its rows.",
  verifiedDrift: '{count} summaries differed from the rows and are repaired and flagged; the report rests on the recount.',
  verifiedFailed: '{failed} of them could not be repaired in the list; the report still rests on the recount.',
  created: 'Created {date} in the MR programme. The parts marked "Analyst\'s assessment" are written by the analyst before the report is submitted.',
  assessmentMark: "[Analyst's assessment – {topic}: write here.]",
  headingSummary: 'Summary',
  headingOverall: "Assessment of the city's work as a whole",
  topicOverall: "the city's work as a whole",
  topicLevels: "the units' staircase levels",
  topicPlans: 'the action plans',
  topicAreas: 'the focus areas',
  topicChanges: 'the change since the previous report',
  topicWithoutActivity: 'the units without activity',
  topicGap: 'the governance gap',
  headingChanges: 'Changes since the previous report ({comparedWith})',
  changesText:
    'The share of checklist items ticked is {percent} in {period} against {previousPercent} in {comparedWith}, a change of {points}. {up} units have moved up the staircase, {down} have moved down and {same} stand at the same level.',
  changedUnits: 'Units whose staircase level changed',
  changedUnitsNone: 'No unit in the selection has changed its staircase level since {comparedWith}.',
  headingGap: 'The governance gap',
  gapIntro: 'Action plans not adopted although the programme or strategy they replace has ceased to apply:',
  gapNone: 'No governance gap: every action plan whose predecessor has ceased to apply is adopted.',
  columnStatus: 'Status',
  columnReplaces: 'Replaces',
  columnCeased: 'Ceased to apply',
  headingAppendix: 'Appendix: the units in the selection',
  appendixIntro: 'One table per unit, in the order of the follow-up.',
  columnMeasure: 'Measure',
  columnValue: 'Value',
  chartAltPrefix: 'Chart.',
  fileName: 'mr-report-draft-{period}-{comparedWith}'
};

export const REPORT_STRINGS: Readonly<Record<Language, ReportStrings>> = { sv, en };
