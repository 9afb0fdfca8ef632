/**
 * Lists: creation (custom lists, template 100), property updates and deletion, and finding a list by
 * title or id the way getByTitle('…') and lists('…') do.
 */
import { randomUUID } from 'node:crypto';
import { invalidArgument, listNotFound, listNotFoundByTitle, listTitleTaken, notEmulated, propertyDoesNotExist, valueTooLong } from '../errors.ts';
import { MAX_LIST_TITLE_LENGTH } from '../limits.ts';
import type { ListRecord } from '../store/records.ts';
import { builtInFields, encodeSharePointName } from './fields.ts';
import { defaultListUrl } from './folders.ts';
import { sharePointTime } from './site.ts';
import type { Site } from './site.ts';

const CUSTOM_LIST_TEMPLATE = 100;

/** Writable SP.List properties kept in ListRecord.settings, with the values a new custom list has. */
const DEFAULT_SETTINGS: Readonly<Record<string, unknown>> = {
  AllowContentTypes: true,
  ContentTypesEnabled: false,
  DefaultContentApprovalWorkflowId: '00000000-0000-0000-0000-000000000000',
  Direction: 'none',
  DraftVersionVisibility: 0,
  EnableAttachments: true,
  EnableFolderCreation: false,
  EnableMinorVersions: false,
  EnableModeration: false,
  EnableVersioning: true,
  ForceCheckout: false,
  Hidden: false,
  IrmEnabled: false,
  IsApplicationList: false,
  MajorVersionLimit: 50,
  NoCrawl: false,
  OnQuickLaunch: false,
  ReadSecurity: 1,
  ValidationFormula: '',
  ValidationMessage: '',
  WriteSecurity: 1,
};

/** SP.ListCreationInformation members that only matter when the list is created. */
const CREATION_ONLY = new Set(['BaseTemplate', 'TemplateType', 'TemplateFeatureId', 'QuickLaunchOption', 'Url', 'DocumentTemplateType']);

function settingName(name: string): string | undefined {
  return Object.keys(DEFAULT_SETTINGS).find((key) => key.toLowerCase() === name.toLowerCase());
}

/** A list title as given: not empty, at most 255 characters (SP.List.Title). */
function listTitle(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') throw invalidArgument('The list title cannot be empty.');
  if (value.trim().length > MAX_LIST_TITLE_LENGTH) throw valueTooLong('Title', MAX_LIST_TITLE_LENGTH);
  return value.trim();
}

/** Applies writable properties; creation-only ones (BaseTemplate, …) are read by createList and otherwise ignored. */
function applyListProperties(list: ListRecord, properties: Record<string, unknown>): ListRecord {
  const updated: ListRecord = { ...list, settings: { ...list.settings } };
  for (const [name, value] of Object.entries(properties)) {
    const lower = name.toLowerCase();
    if (lower === 'title') {
      updated.title = listTitle(value);
    } else if (lower === 'description') {
      updated.description = value === null ? '' : String(value);
    } else if (settingName(name)) {
      updated.settings[settingName(name)!] = value;
    } else if (!CREATION_ONLY.has(name)) {
      throw propertyDoesNotExist(name, 'SP.List');
    }
  }
  return updated;
}

export function createList(site: Site, properties: Record<string, unknown>): ListRecord {
  const template = Number(properties.BaseTemplate ?? CUSTOM_LIST_TEMPLATE);
  if (template !== CUSTOM_LIST_TEMPLATE) throw notEmulated(`list template ${template} (only custom lists, template 100)`);
  const title = listTitle(properties.Title);
  const now = sharePointTime();
  const blank: ListRecord = {
    id: randomUUID(),
    title,
    description: '',
    baseTemplate: template,
    entityTypeName: `${encodeSharePointName(title)}List`,
    created: now,
    lastItemModifiedDate: now,
    lastItemDeletedDate: now,
    version: 1,
    nextItemId: 1,
    hasUniqueRoleAssignments: false,
    url: defaultListUrl(title),
    settings: { ...DEFAULT_SETTINGS },
  };
  const list = applyListProperties(blank, properties);
  return site.store.transaction(() => {
    if (!site.store.lists.insert(list)) throw listTitleTaken();
    for (const field of builtInFields()) site.store.fields.insert(list.id, field);
    return list;
  });
}

export function updateList(site: Site, list: ListRecord, properties: Record<string, unknown>): ListRecord {
  const updated = { ...applyListProperties(list, properties), version: list.version + 1 };
  if (!site.store.lists.update(updated)) throw listTitleTaken();
  return updated;
}

export function deleteList(site: Site, list: ListRecord): void {
  site.store.lists.delete(list.id);
}

export function listByTitle(site: Site, title: string, siteUrl: string): ListRecord {
  const list = site.store.lists.byTitle(title);
  if (!list) throw listNotFoundByTitle(title, siteUrl);
  return list;
}

export function listById(site: Site, id: string): ListRecord {
  const list = site.store.lists.byId(id.replace(/[{}]/g, ''));
  if (!list) throw listNotFound();
  return list;
}

/** The list's ETag: its schema version, quoted. */
export function listEtag(list: ListRecord): string {
  return `"${list.version}"`;
}
