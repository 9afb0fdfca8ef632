/**
 * The one description of MR-programmet's SharePoint lists. Provisioning creates lists from it,
 * repositories read field names from it, and tests check the local SharePoint against it.
 * A change here is also a migration step (provisioning/migrations.ts): SCHEMA_VERSION is the last step’s version.
 */
import type { ListKey } from '../app/contracts';

export type { ListKey };

export const SCHEMA_VERSION = 7;

export type FieldType = 'Text' | 'Note' | 'RichText' | 'Number' | 'Boolean' | 'DateTime' | 'Choice' | 'Lookup' | 'User' | 'UserMulti' | 'Url';

export interface FieldSchema {
  /** Internal name: what REST and the repositories use. */
  name: string;
  /** Display name shown in SharePoint's own list screens (Swedish, for editors). */
  title: string;
  type: FieldType;
  required?: boolean;
  indexed?: boolean;
  /** Needs `indexed`: SharePoint only enforces unique values on indexed columns. */
  unique?: boolean;
  choices?: readonly string[];
  /** Lookup target, by list key. */
  lookupList?: ListKey;
  /** DateTime fields that hold a date only. */
  dateOnly?: boolean;
  /** The value SharePoint gives a new row that leaves the field out (e.g. a row made in SharePoint's own form). */
  defaultValue?: string;
}

/**
 * Who may write to a list beyond the editors. Content lists are editors-only. A per-unit list (`units`)
 * is editors-only at its root too, and keeps each unit's rows in a folder of the unit's own where the
 * unit's people have Contribute (data/rights), so SharePoint itself refuses a write for another unit.
 */
export type ListWriters = 'editors' | 'units';

export interface ListSchema {
  key: ListKey;
  /** The list title, also its URL segment (Lists/<title>). ASCII so URLs stay readable. */
  title: string;
  description: string;
  writers: ListWriters;
  /** Keep SharePoint's version history of every row (EnableVersioning), where the app shows who changed what. */
  versioned?: boolean;
  /** `Title` is SharePoint's built-in column; each list says what it holds there. */
  titleField: { title: string; required: boolean; indexed?: boolean; unique?: boolean };
  fields: readonly FieldSchema[];
}


// Choices are only ever added, at the end: an upgraded site appends them (migration step 2 added executiveBoard).
export const UNIT_TYPE_CHOICES = ['committee', 'districtCommittee', 'companyBoard', 'administration', 'team', 'executiveBoard'] as const;
export const PROGRAMME_KIND_CHOICES = ['goal', 'focusArea', 'methodStep', 'staircaseStep'] as const;
export const PLAN_STATUS_CHOICES = ['draft', 'consultation', 'adopted'] as const;
export const FOCUS_AREA_CHOICES = ['knowledge', 'welfare', 'participation'] as const;
export const STEP_STATUS_CHOICES = ['notStarted', 'inProgress', 'fulfilled'] as const;
export const UPDATE_STATUS_CHOICES = ['draft', 'published'] as const;
export const SUMMARY_REPAIR_CHOICES = ['view', 'recount'] as const;
export const KNOWLEDGE_KIND_CHOICES = ['training', 'material', 'method'] as const;
export const MINUTES_ENTRY_CHOICES = ['minutes', 'presence'] as const;

export const LISTS: Record<ListKey, ListSchema> = {
  settings: {
    key: 'settings',
    title: 'MrSettings',
    description: 'MR-programmet: inställningar, bland annat schemaversionen.',
    writers: 'editors',
    titleField: { title: 'Nyckel', required: true, indexed: true, unique: true },
    fields: [{ name: 'SettingValue', title: 'Värde', type: 'Note' }]
  },
  units: {
    key: 'units',
    title: 'MrUnits',
    description: 'MR-programmet: nämnder, bolagsstyrelser, förvaltningar och team.',
    writers: 'editors',
    titleField: { title: 'Namn', required: true },
    fields: [
      { name: 'UnitType', title: 'Typ', type: 'Choice', required: true, choices: UNIT_TYPE_CHOICES },
      { name: 'ParentUnit', title: 'Överordnad enhet', type: 'Lookup', lookupList: 'units', indexed: true },
      { name: 'TeamsGroupId', title: 'Teams-gruppens id', type: 'Text', indexed: true },
      { name: 'TeamsGroupName', title: 'Teams-teamets namn', type: 'Text' },
      { name: 'UnitMembers', title: 'Medarbetare', type: 'UserMulti' }
    ]
  },
  programme: {
    key: 'programme',
    title: 'MrProgramme',
    description: 'MR-programmet: mål, fokusområden, arbetssättets steg och trappans steg, på svenska och engelska.',
    writers: 'editors',
    titleField: { title: 'Nyckel', required: true, indexed: true, unique: true },
    fields: [
      { name: 'ContentKind', title: 'Slag', type: 'Choice', required: true, choices: PROGRAMME_KIND_CHOICES },
      { name: 'SortOrder', title: 'Ordning', type: 'Number', required: true },
      { name: 'TitleSv', title: 'Rubrik (svenska)', type: 'Text', required: true },
      { name: 'TitleEn', title: 'Rubrik (engelska)', type: 'Text' },
      { name: 'TextSv', title: 'Text (svenska)', type: 'Note' },
      { name: 'TextEn', title: 'Text (engelska)', type: 'Note' },
      // Filled on the goal's row only: the programme's own document.
      { name: 'DocumentLink', title: 'Länk till programmet', type: 'Url' }
    ]
  },
  actionPlans: {
    key: 'actionPlans',
    title: 'MrActionPlans',
    description: 'MR-programmet: de sex handlingsplanerna och deras status.',
    writers: 'editors',
    titleField: { title: 'Namn (svenska)', required: true },
    fields: [
      { name: 'PlanKey', title: 'Nyckel', type: 'Text', required: true, indexed: true, unique: true },
      { name: 'SortOrder', title: 'Ordning', type: 'Number', required: true },
      { name: 'TitleEn', title: 'Namn (engelska)', type: 'Text' },
      { name: 'DescriptionSv', title: 'Beskrivning (svenska)', type: 'RichText' },
      { name: 'DescriptionEn', title: 'Beskrivning (engelska)', type: 'RichText' },
      { name: 'PlanStatus', title: 'Status', type: 'Choice', required: true, choices: PLAN_STATUS_CHOICES },
      { name: 'AdoptionDate', title: 'Antagen', type: 'DateTime', dateOnly: true },
      { name: 'Replaces', title: 'Ersätter', type: 'Text' },
      { name: 'ReplacedCeasedOn', title: 'Det ersatta upphörde', type: 'DateTime', dateOnly: true },
      { name: 'DocumentLink', title: 'Länk till handlingsplanen', type: 'Url' }
    ]
  },
  checklistItems: {
    key: 'checklistItems',
    title: 'MrChecklistItems',
    description: 'MR-programmet: handlingsplanernas checklistpunkter.',
    writers: 'editors',
    titleField: { title: 'Punkt (svenska)', required: true },
    fields: [
      { name: 'ActionPlan', title: 'Handlingsplan', type: 'Lookup', lookupList: 'actionPlans', required: true, indexed: true },
      { name: 'FocusArea', title: 'Fokusområde', type: 'Choice', required: true, choices: FOCUS_AREA_CHOICES },
      { name: 'StaircaseStep', title: 'Trappsteg', type: 'Number' },
      { name: 'SortOrder', title: 'Ordning', type: 'Number', required: true },
      { name: 'TitleEn', title: 'Punkt (engelska)', type: 'Text' },
      { name: 'IsActive', title: 'Aktiv', type: 'Boolean', defaultValue: '1' },
      { name: 'IsExample', title: 'Exempel', type: 'Boolean', defaultValue: '0' }
    ]
  },
  checklistTicks: {
    key: 'checklistTicks',
    title: 'MrChecklistTicks',
    description: 'MR-programmet: en rad per enhet, checklistpunkt och period.',
    writers: 'units',
    // Title holds the unique key unit:item:period, so that two first ticks cannot make two rows.
    titleField: { title: 'Nyckel', required: true, indexed: true, unique: true },
    fields: [
      { name: 'Unit', title: 'Enhet', type: 'Lookup', lookupList: 'units', required: true, indexed: true },
      { name: 'ChecklistItem', title: 'Checklistpunkt', type: 'Lookup', lookupList: 'checklistItems', required: true },
      { name: 'ActionPlan', title: 'Handlingsplan', type: 'Lookup', lookupList: 'actionPlans', required: true },
      { name: 'Period', title: 'Period', type: 'Number', required: true, indexed: true },
      { name: 'Done', title: 'Klar', type: 'Boolean', defaultValue: '0' },
      { name: 'DoneBy', title: 'Klarmarkerad av', type: 'User' },
      { name: 'DoneAt', title: 'Klarmarkerad', type: 'DateTime' },
      { name: 'TickComment', title: 'Kommentar', type: 'Note' }
    ]
  },
  staircaseAssessments: {
    key: 'staircaseAssessments',
    title: 'MrStaircaseAssessments',
    description: 'MR-programmet: enheternas bedömning av trappans steg per period.',
    writers: 'units',
    titleField: { title: 'Nyckel', required: true, indexed: true, unique: true },
    fields: [
      { name: 'Unit', title: 'Enhet', type: 'Lookup', lookupList: 'units', required: true, indexed: true },
      { name: 'Step', title: 'Steg', type: 'Number', required: true },
      { name: 'Period', title: 'Period', type: 'Number', required: true, indexed: true },
      { name: 'StepStatus', title: 'Status', type: 'Choice', required: true, choices: STEP_STATUS_CHOICES },
      { name: 'Evidence', title: 'Underlag', type: 'Note' },
      { name: 'EvidenceLink', title: 'Länk till underlag', type: 'Url' },
      { name: 'AssessedBy', title: 'Bedömd av', type: 'User' },
      { name: 'AssessedAt', title: 'Bedömd', type: 'DateTime' }
    ]
  },
  unitSummaries: {
    key: 'unitSummaries',
    title: 'MrUnitSummaries',
    description: 'MR-programmet: en sammanfattning per enhet och period av checklistans avbockningar, som uppföljningen läser.',
    // Per unit, like the ticks (in the unit's folder): written in the same $batch as each tick, by the unit's own people.
    writers: 'units',
    // Title holds the unique key unit:period, so that two first ticks cannot make two summaries.
    titleField: { title: 'Nyckel', required: true, indexed: true, unique: true },
    fields: [
      { name: 'Unit', title: 'Enhet', type: 'Lookup', lookupList: 'units', required: true, indexed: true },
      { name: 'Period', title: 'Period', type: 'Number', required: true, indexed: true },
      // item:done:version, comma separated; `done` is 1 or 0, `version` the tick row's version that said so.
      { name: 'SummaryItems', title: 'Punkter (punkt:klar:version)', type: 'Note' },
      { name: 'RepairedAt', title: 'Rättad', type: 'DateTime' },
      { name: 'RepairedBy', title: 'Rättad av', type: 'Choice', choices: SUMMARY_REPAIR_CHOICES }
    ]
  },
  itemAssignments: {
    key: 'itemAssignments',
    title: 'MrItemAssignments',
    description: 'MR-programmet: ansvarig, klart senast och underlag per enhet, checklistpunkt och period.',
    // Per unit, like the ticks, but never on the tick row: a tick is written in a meeting by anyone of the
    // unit, often at once, and these are decided and kept on their own, with their own history.
    writers: 'units',
    // Who changed owner, due date or evidence, and when, is the row's version history (migration step 5 turns it on).
    versioned: true,
    // Title holds the unique key unit:item:period, the same as the item's tick.
    titleField: { title: 'Nyckel', required: true, indexed: true, unique: true },
    fields: [
      { name: 'Unit', title: 'Enhet', type: 'Lookup', lookupList: 'units', required: true, indexed: true },
      { name: 'ChecklistItem', title: 'Checklistpunkt', type: 'Lookup', lookupList: 'checklistItems', required: true },
      { name: 'ActionPlan', title: 'Handlingsplan', type: 'Lookup', lookupList: 'actionPlans', required: true },
      { name: 'Period', title: 'Period', type: 'Number', required: true, indexed: true },
      { name: 'ItemOwner', title: 'Ansvarig', type: 'User' },
      { name: 'DueDate', title: 'Klart senast', type: 'DateTime', dateOnly: true, indexed: true },
      // One link a line: the address, a tab, its title.
      { name: 'EvidenceLinks', title: 'Underlag (länkar)', type: 'Note' }
    ]
  },
  meetingMinutes: {
    key: 'meetingMinutes',
    title: 'MrMeetingMinutes',
    description: 'MR-programmet: enheternas mötesanteckningar, och vilka som hade checklistan öppen under mötet.',
    // Per unit (in the unit's folder), so only the unit's own people can save minutes or say they were there.
    writers: 'units',
    // Title holds a unique key: unit:minutes:<recording> (saving twice keeps one row) or unit:presence:<meeting>:<person>.
    titleField: { title: 'Nyckel', required: true, indexed: true, unique: true },
    fields: [
      { name: 'Unit', title: 'Enhet', type: 'Lookup', lookupList: 'units', required: true, indexed: true },
      { name: 'Period', title: 'Period', type: 'Number', required: true },
      { name: 'EntryKind', title: 'Slag', type: 'Choice', required: true, choices: MINUTES_ENTRY_CHOICES },
      { name: 'MeetingKey', title: 'Möte', type: 'Text', indexed: true },
      { name: 'MeetingLink', title: 'Länk till mötet', type: 'Url' },
      { name: 'MeetingStart', title: 'Mötet började', type: 'DateTime' },
      { name: 'MeetingEnd', title: 'Mötet slutade', type: 'DateTime' },
      // JSON the app writes and reads back with checks (domain/minutes.ts): a row edited by hand is shown as a problem.
      { name: 'Participants', title: 'Deltagare', type: 'Note' },
      { name: 'MinutesChanges', title: 'Ändringar', type: 'Note' }
    ]
  },
  updates: {
    key: 'updates',
    title: 'MrUpdates',
    description: 'MR-programmet: nyheter och uppdateringar till medarbetarna.',
    writers: 'editors',
    titleField: { title: 'Rubrik', required: true },
    fields: [
      { name: 'Summary', title: 'Ingress', type: 'Note' },
      { name: 'Body', title: 'Brödtext', type: 'RichText' },
      { name: 'UpdateStatus', title: 'Status', type: 'Choice', required: true, choices: UPDATE_STATUS_CHOICES },
      { name: 'PublishAt', title: 'Publiceras', type: 'DateTime', indexed: true },
      { name: 'ActionPlan', title: 'Handlingsplan', type: 'Lookup', lookupList: 'actionPlans' },
      { name: 'Pinned', title: 'Fäst', type: 'Boolean', defaultValue: '0' }
    ]
  },
  knowledgeLinks: {
    key: 'knowledgeLinks',
    title: 'MrKnowledgeLinks',
    description: 'MR-programmet: Kunskap och stöd – länkar till utbildningar, informationsmaterial och metoder per fokusområde.',
    writers: 'editors',
    titleField: { title: 'Rubrik (svenska)', required: true },
    fields: [
      { name: 'FocusArea', title: 'Fokusområde', type: 'Choice', required: true, choices: FOCUS_AREA_CHOICES },
      { name: 'LinkKind', title: 'Slag', type: 'Choice', required: true, choices: KNOWLEDGE_KIND_CHOICES },
      { name: 'LinkUrl', title: 'Länk', type: 'Url', required: true },
      { name: 'TitleEn', title: 'Rubrik (engelska)', type: 'Text' },
      { name: 'DescriptionSv', title: 'Beskrivning (svenska)', type: 'Note' },
      { name: 'DescriptionEn', title: 'Beskrivning (engelska)', type: 'Note' }
    ]
  }
};

/** Lists in the order provisioning creates them: lookup targets before the lists that point at them. */
export const LIST_ORDER: readonly ListKey[] = [
  'settings',
  'units',
  'programme',
  'actionPlans',
  'checklistItems',
  'checklistTicks',
  'staircaseAssessments',
  'unitSummaries',
  'itemAssignments',
  'meetingMinutes',
  'updates',
  'knowledgeLinks'
];

export const SCHEMA_VERSION_SETTING = 'schemaVersion';

/** Present (value "1") on a site seeded with illustrative content (`npm start -- --demo`): the app marks it "Exempeldata". */
export const EXAMPLE_DATA_SETTING = 'exampleData';

/** The editors' help and contact text, as JSON `{ "sv": …, "en": … }`; no row until they write one. */
export const HELP_CONTACT_SETTING = 'helpContact';

/** SharePoint's list view threshold: no query may touch more rows than this unless an index narrows it. */
export const LIST_VIEW_THRESHOLD = 5000;
