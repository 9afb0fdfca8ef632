/**
 * Adding, changing and removing list fields, from the three shapes PnPjs sends: an SP.Field body
 * (fields.add / addText / addChoice / …), SP.FieldCreationInformation (fields.addField / addLookup) and
 * field schema XML (fields.createFieldAsXml). Enforces SharePoint's rule that a unique column is indexed.
 */
import { randomUUID } from 'node:crypto';
import { MAX_TEXT_LENGTH } from '../limits.ts';
import { invalidArgument, listNotFound, notEmulated, uniqueValuesHaveDuplicates, uniqueValuesNeedIndex } from '../errors.ts';
import type { ListRecord } from '../store/records.ts';
import { fieldKindFromTypeName, isSupportedFieldType, newInternalName, valueKindOf } from './fields.ts';
import type { FieldRecord } from './fields.ts';
import { rebuildColumnIndex } from './columnIndex.ts';
import { uniqueKeysOf } from './itemValues.ts';
import { listById } from './lists.ts';
import type { Site } from './site.ts';

export interface FieldDefinition {
  title: string;
  fieldTypeKind: number;
  /** An explicit internal name; otherwise one is derived from the title, as SharePoint does. */
  internalName?: string;
  properties: Record<string, unknown>;
  /** Schema XML attributes kept verbatim (see FieldRecord.schemaAttributes). */
  schemaAttributes?: Record<string, string>;
}

/** The user information list, as schema XML names it in a people field's List attribute. */
const USER_INFO_LIST = 'userinfo';

/** SP.FieldCreationInformation.Options flag: use the schema's Name attribute as the internal name. */
const ADD_FIELD_INTERNAL_NAME_HINT = 8;

/** Properties with a place in FieldRecord; anything else is kept in FieldRecord.extra. */
const KNOWN_PROPERTIES = new Set([
  'title', 'description', 'group', 'required', 'indexed', 'enforceuniquevalues', 'hidden', 'readonlyfield', 'defaultvalue',
  'choices', 'maxlength', 'allowmultiplevalues', 'lookuplist', 'lookuplistid', 'lookupfield', 'lookupfieldname',
]);

/** Properties SharePoint computes or fixes at creation; setting them is ignored. */
const IGNORED_PROPERTIES = new Set([
  'fieldtypekind', 'typeasstring', 'internalname', 'staticname', 'entitypropertyname', 'id', 'iscompactname', 'lookupwebid',
]);

function toBoolean(value: unknown): boolean {
  return value === true || (typeof value === 'string' && /^(true|1)$/i.test(value));
}

function applyProperties(site: Site, field: FieldRecord, properties: Record<string, unknown>): FieldRecord {
  const updated: FieldRecord = { ...field, extra: { ...field.extra } };
  for (const [name, value] of Object.entries(properties)) {
    const lower = name.toLowerCase();
    if (IGNORED_PROPERTIES.has(lower)) continue;
    if (!KNOWN_PROPERTIES.has(lower)) {
      updated.extra[name] = value;
      continue;
    }
    switch (lower) {
      case 'title':
        if (typeof value !== 'string' || value.trim() === '') throw invalidArgument('The field title cannot be empty.');
        updated.title = value;
        break;
      case 'description':
      case 'group':
        updated[lower] = value === null ? '' : String(value);
        break;
      case 'required':
        updated.required = toBoolean(value);
        break;
      case 'indexed':
        updated.indexed = toBoolean(value);
        break;
      case 'enforceuniquevalues':
        updated.enforceUniqueValues = toBoolean(value);
        break;
      case 'hidden':
        updated.hidden = toBoolean(value);
        break;
      case 'readonlyfield':
        updated.readOnlyField = toBoolean(value);
        break;
      case 'defaultvalue':
        updated.defaultValue = value === null || value === '' ? null : String(value);
        break;
      case 'choices':
        if (!Array.isArray(value) || value.some((choice) => typeof choice !== 'string')) throw invalidArgument('Choices must be a list of strings.');
        updated.choices = value as string[];
        break;
      case 'maxlength':
        updated.maxLength = Number(value);
        // SP.FieldText.MaxLength: at least 1, at most 255.
        if (!Number.isInteger(updated.maxLength) || updated.maxLength < 1 || updated.maxLength > MAX_TEXT_LENGTH) {
          throw invalidArgument(`MaxLength must be a whole number from 1 to ${MAX_TEXT_LENGTH}.`);
        }
        break;
      case 'allowmultiplevalues':
        updated.allowMultipleValues = toBoolean(value);
        break;
      case 'lookuplist':
      case 'lookuplistid':
        // A people field always points at the user information list; naming it is allowed, any other list is not.
        if (valueKindOf(updated) !== 'user') updated.lookupListId = listById(site, String(value)).id;
        else if (String(value).toLowerCase() !== USER_INFO_LIST) throw listNotFound();
        break;
      case 'lookupfield':
      case 'lookupfieldname':
        updated.lookupField = String(value);
        break;
    }
  }
  return updated;
}

/** Checks the unique-value rules and rebuilds the unique-value index of every item in the list. */
function reindexUniqueValues(site: Site, list: ListRecord, fields: readonly FieldRecord[]): void {
  for (const field of fields) {
    if (field.enforceUniqueValues && !field.indexed) throw uniqueValuesNeedIndex();
  }
  for (const item of site.store.items.select(list.id, {})) {
    const conflicts = site.store.indexes.replaceUniqueKeys(list.id, item.id, uniqueKeysOf(fields, item.values), false);
    if (conflicts.length > 0) throw uniqueValuesHaveDuplicates();
  }
}

function bumpListVersion(site: Site, list: ListRecord): void {
  const stored = site.store.lists.byId(list.id) ?? list;
  site.store.lists.update({ ...stored, version: stored.version + 1 });
}

export function addField(site: Site, list: ListRecord, definition: FieldDefinition): FieldRecord {
  if (!isSupportedFieldType(definition.fieldTypeKind)) throw notEmulated(`field type ${definition.fieldTypeKind}`);
  if (definition.title.trim() === '') throw invalidArgument('The field title cannot be empty.');
  return site.store.transaction(() => {
    const existing = site.store.fields.of(list.id);
    const blank: FieldRecord = {
      id: randomUUID(),
      internalName: newInternalName(definition.internalName ?? definition.title, existing),
      title: definition.title,
      fieldTypeKind: definition.fieldTypeKind,
      required: false,
      indexed: false,
      enforceUniqueValues: false,
      hidden: false,
      readOnlyField: false,
      fromBaseType: false,
      description: '',
      group: 'Custom Columns',
      defaultValue: null,
      allowMultipleValues: false,
      extra: {},
      ...(definition.schemaAttributes ? { schemaAttributes: definition.schemaAttributes } : {}),
    };
    const field = applyProperties(site, blank, definition.properties);
    if (valueKindOf(field) === 'lookup') {
      if (!field.lookupListId) throw invalidArgument('A lookup field needs LookupListId.');
      field.lookupField ??= 'Title';
    }
    if (valueKindOf(field) === 'text' && field.fieldTypeKind === 2) field.maxLength ??= 255;
    site.store.fields.insert(list.id, field);
    if (field.enforceUniqueValues) reindexUniqueValues(site, list, [...existing, field]);
    if (field.indexed) rebuildColumnIndex(site.store, list, field);
    bumpListVersion(site, list);
    return field;
  });
}

export function updateField(site: Site, list: ListRecord, field: FieldRecord, properties: Record<string, unknown>): FieldRecord {
  return site.store.transaction(() => {
    const updated = applyProperties(site, field, properties);
    site.store.fields.update(list.id, updated);
    if (updated.enforceUniqueValues || field.enforceUniqueValues || updated.indexed !== field.indexed) {
      reindexUniqueValues(site, list, site.store.fields.of(list.id));
    }
    if (updated.indexed !== field.indexed) rebuildColumnIndex(site.store, list, updated);
    bumpListVersion(site, list);
    return updated;
  });
}

export function deleteField(site: Site, list: ListRecord, field: FieldRecord): void {
  if (field.fromBaseType) throw invalidArgument('You cannot delete a built-in field.');
  site.store.transaction(() => {
    site.store.fields.delete(list.id, field.internalName);
    bumpListVersion(site, list);
  });
}

/** An SP.Field body (fields.add, verbose JSON with __metadata removed) or fields/addField's SP.FieldCreationInformation. */
export function definitionFromFieldBody(body: Record<string, unknown>): FieldDefinition {
  const { Title, FieldTypeKind, ...properties } = body;
  return { title: String(Title ?? ''), fieldTypeKind: Number(FieldTypeKind), properties };
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Schema XML attributes read into the field (lower-cased); SharePoint computes the rest of these itself. */
const INTERPRETED_ATTRIBUTES = new Set([
  'type', 'displayname', 'name', 'staticname', 'id', 'sourceid', 'required', 'indexed', 'enforceuniquevalues', 'hidden', 'readonly',
  'mult', 'description', 'group', 'maxlength', 'list', 'showfield', 'userselectionmode',
]);

/**
 * fields/createFieldAsXml's `parameters` (SP.XmlSchemaFieldCreationInformation). As in SharePoint, the
 * internal name comes from DisplayName unless Options includes AddFieldInternalNameHint (8).
 */
export function definitionFromSchemaXml(parameters: Record<string, unknown>): FieldDefinition {
  const xml = String(parameters.SchemaXml ?? '');
  const element = /<Field\b([^>]*?)\/?>/i.exec(xml);
  if (!element) throw invalidArgument('SchemaXml must contain a <Field> element.');
  const attributes = new Map<string, string>();
  const schemaAttributes: Record<string, string> = {};
  for (const match of element[1].matchAll(/([A-Za-z_:][\w:.-]*)\s*=\s*"([^"]*)"/g)) {
    attributes.set(match[1].toLowerCase(), decodeXml(match[2]));
    if (!INTERPRETED_ATTRIBUTES.has(match[1].toLowerCase())) schemaAttributes[match[1]] = decodeXml(match[2]);
  }
  const typeName = attributes.get('type') ?? '';
  const fieldTypeKind = fieldKindFromTypeName(typeName);
  if (fieldTypeKind === undefined) throw notEmulated(`field type '${typeName}'`);
  const title = attributes.get('displayname') ?? attributes.get('name') ?? '';
  const useName = (Number(parameters.Options ?? 0) & ADD_FIELD_INTERNAL_NAME_HINT) !== 0;
  const properties: Record<string, unknown> = {};
  const flags: Record<string, string> = {
    required: 'Required',
    indexed: 'Indexed',
    enforceuniquevalues: 'EnforceUniqueValues',
    hidden: 'Hidden',
    readonly: 'ReadOnlyField',
  };
  for (const [attribute, property] of Object.entries(flags)) {
    if (attributes.has(attribute)) properties[property] = attributes.get(attribute)!.toUpperCase() === 'TRUE';
  }
  if (/multi$/i.test(typeName) || attributes.get('mult')?.toUpperCase() === 'TRUE') properties.AllowMultipleValues = true;
  if (attributes.has('description')) properties.Description = attributes.get('description');
  if (attributes.has('group')) properties.Group = attributes.get('group');
  if (attributes.has('maxlength')) properties.MaxLength = Number(attributes.get('maxlength'));
  if (attributes.has('list')) properties.LookupListId = attributes.get('list');
  if (attributes.has('showfield')) properties.LookupField = attributes.get('showfield');
  if (attributes.has('userselectionmode')) {
    properties.SelectionMode = /^(PeopleOnly|0)$/i.test(attributes.get('userselectionmode')!) ? 0 : 1;
  }
  const choices = [...xml.matchAll(/<CHOICE>([\s\S]*?)<\/CHOICE>/gi)].map((match) => decodeXml(match[1]));
  if (choices.length > 0) properties.Choices = choices;
  const defaultValue = /<Default>([\s\S]*?)<\/Default>/i.exec(xml);
  if (defaultValue) properties.DefaultValue = decodeXml(defaultValue[1]);
  const name = attributes.get('name') ?? attributes.get('staticname');
  return { title, fieldTypeKind, internalName: useName ? name : undefined, properties, schemaAttributes };
}
