/**
 * List item values between the REST wire format and storage. On the wire a lookup or people field is its
 * `<Name>Id` property (people also `<Name>StringId`), a hyperlink is an SP.FieldUrlValue, multi-value
 * fields are arrays (`{ results: [] }` in verbose JSON, unwrapped before this module sees them).
 */
import { cannotConvertValue, invalidArgument, propertyDoesNotExist, valueTooLong } from '../errors.ts';
import { MAX_NOTE_LENGTH, MAX_TEXT_LENGTH } from '../limits.ts';
import { ComplexValue } from '../odata/model.ts';
import type { ItemRecord, UniqueKey } from '../store/records.ts';
import { principalById } from './directory.ts';
import { edmTypeOf, entityPropertyName, isReferenceField, referenceIdProperty, valueKindOf } from './fields.ts';
import type { FieldRecord } from './fields.ts';
import { sharePointTime } from './site.ts';

export interface PropertyReader {
  name: string;
  /** Whether SharePoint returns the property when the request has no $select. */
  byDefault: boolean;
  read(item: ItemRecord): unknown;
}

/** Fields whose values SharePoint maintains itself; a client cannot set them through the item's properties. */
const SYSTEM_FIELDS = new Set([
  'ID', 'Created', 'Modified', 'Author', 'Editor', '_UIVersionString', 'Attachments', 'GUID', 'ContentTypeId', 'FileRef', 'FileDirRef', 'FileLeafRef', 'FSObjType',
]);

export function isSystemField(field: FieldRecord): boolean {
  return field.fromBaseType && SYSTEM_FIELDS.has(field.internalName);
}

function fieldValue(item: ItemRecord, field: FieldRecord): unknown {
  const value = item.values[field.internalName];
  if (value === undefined || value === null) return field.allowMultipleValues && isReferenceField(field) ? [] : null;
  if (valueKindOf(field) === 'url') {
    const url = value as { Url: string; Description: string };
    return new ComplexValue('SP.FieldUrlValue', { Description: url.Description, Url: url.Url });
  }
  return value;
}

/** Readers for every property an item can return, in the order SharePoint returns them. */
export function itemPropertyReaders(fields: readonly FieldRecord[]): PropertyReader[] {
  const system = (name: string, read: (item: ItemRecord) => unknown): PropertyReader => ({ name, byDefault: true, read });
  const stored = (name: string) => (item: ItemRecord) => item.values[name] ?? null;
  const custom = fields.filter((field) => !isSystemField(field));
  const readers: PropertyReader[] = [
    system('FileSystemObjectType', (item) => (item.values.FSObjType === 1 ? 1 : 0)),
    system('Id', (item) => item.id),
    system('ServerRedirectedEmbedUri', () => null),
    system('ServerRedirectedEmbedUrl', () => ''),
    system('ContentTypeId', stored('ContentTypeId')),
  ];
  for (const field of custom) {
    if (!isReferenceField(field)) {
      readers.push(system(entityPropertyName(field), (item) => fieldValue(item, field)));
      continue;
    }
    readers.push(system(referenceIdProperty(field), (item) => fieldValue(item, field)));
    if (valueKindOf(field) === 'user') {
      const toStrings = (value: unknown): unknown => (Array.isArray(value) ? value.map(String) : value === null ? null : String(value));
      readers.push(system(`${entityPropertyName(field)}StringId`, (item) => toStrings(fieldValue(item, field))));
    }
  }
  readers.push(
    system('ID', (item) => item.id),
    system('Modified', stored('Modified')),
    system('Created', stored('Created')),
    system('AuthorId', stored('Author')),
    system('EditorId', stored('Editor')),
    system('OData__UIVersionString', (item) => `${item.version}.0`),
    system('Attachments', () => false),
    system('GUID', stored('GUID'))
  );
  const optional = (name: string, read: (item: ItemRecord) => unknown): PropertyReader => ({ name, byDefault: false, read });
  readers.push(
    optional('AuthorStringId', (item) => String(item.values.Author)),
    optional('EditorStringId', (item) => String(item.values.Editor)),
    optional('FileRef', stored('FileRef')),
    optional('FileDirRef', stored('FileDirRef')),
    optional('FileLeafRef', stored('FileLeafRef')),
    optional('FSObjType', stored('FSObjType'))
  );
  return readers;
}

function toNumber(value: unknown, field: FieldRecord): number | null {
  if (value === null) return null;
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number)) throw cannotConvertValue(edmTypeOf(field));
  return number;
}

function toList(value: unknown): unknown[] | null {
  if (value === null) return null;
  return Array.isArray(value) ? value : [value];
}

function toPrincipalId(value: unknown, field: FieldRecord): number | null {
  const id = toNumber(value, field);
  if (id !== null && !principalById(id)) throw invalidArgument('The user does not exist or is not unique.');
  return id;
}

/** The most characters a text value may hold: a note's limit, else the column's MaxLength within single-line text's 255. */
function maxTextLength(field: FieldRecord): number {
  if (field.fieldTypeKind === 3) return MAX_NOTE_LENGTH;
  return Math.min(field.maxLength ?? MAX_TEXT_LENGTH, MAX_TEXT_LENGTH);
}

/** A REST value (as an item body carries it) as stored, validated as SharePoint validates it. */
export function convertValue(field: FieldRecord, value: unknown): unknown {
  switch (valueKindOf(field)) {
    case 'text':
      if (value !== null && typeof value !== 'string') throw cannotConvertValue(edmTypeOf(field));
      if (typeof value === 'string' && value.length > maxTextLength(field)) throw valueTooLong(field.title, maxTextLength(field));
      return value === '' ? null : value;
    case 'number':
      return toNumber(value, field);
    case 'boolean':
      if (value !== null && typeof value !== 'boolean') throw cannotConvertValue(edmTypeOf(field));
      return value;
    case 'dateTime': {
      if (value === null || value === '') return null;
      const time = typeof value === 'string' ? Date.parse(value) : Number.NaN;
      if (Number.isNaN(time)) throw cannotConvertValue(edmTypeOf(field));
      return sharePointTime(new Date(time));
    }
    case 'multiChoice': {
      const values = toList(value);
      if (values?.some((choice) => typeof choice !== 'string')) throw cannotConvertValue(edmTypeOf(field));
      return values && values.length > 0 ? values : null;
    }
    case 'lookup':
    case 'user': {
      const toId = valueKindOf(field) === 'user' ? toPrincipalId : toNumber;
      if (!field.allowMultipleValues) return toId(Array.isArray(value) ? value[0] ?? null : value, field);
      const ids = (toList(value) ?? []).map((id) => toId(id, field)).filter((id): id is number => id !== null);
      return ids.length > 0 ? ids : null;
    }
    case 'url': {
      if (value === null) return null;
      const url = typeof value === 'string' ? { Url: value } : (value as Record<string, unknown>);
      if (typeof url !== 'object' || typeof url.Url !== 'string') throw cannotConvertValue(edmTypeOf(field));
      return { Url: url.Url, Description: typeof url.Description === 'string' ? url.Description : url.Url };
    }
  }
}

/**
 * Reads create and update bodies into the stored values they set, by internal name. Properties SharePoint
 * maintains (ID, Created, AuthorId, …) are ignored; properties the item type does not define are refused.
 */
export function restBodyReader(fields: readonly FieldRecord[], itemTypeName: string): (body: Record<string, unknown>) => Record<string, unknown> {
  const byProperty = new Map<string, FieldRecord>();
  for (const field of fields) {
    const names = isReferenceField(field)
      ? [referenceIdProperty(field), ...(valueKindOf(field) === 'user' ? [`${entityPropertyName(field)}StringId`] : [])]
      : [entityPropertyName(field)];
    for (const name of names) byProperty.set(name.toLowerCase(), field);
  }
  return (body) => {
    const values: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(body)) {
      const field = byProperty.get(name.toLowerCase());
      if (!field) throw propertyDoesNotExist(name, itemTypeName);
      if (isSystemField(field)) continue;
      values[field.internalName] = convertValue(field, value);
    }
    return values;
  };
}

/** Default values for fields a new item's body leaves out. */
export function defaultValues(fields: readonly FieldRecord[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of fields) {
    if (isSystemField(field)) continue;
    if (valueKindOf(field) === 'boolean') values[field.internalName] = field.defaultValue === null ? false : field.defaultValue === '1';
    else if (field.defaultValue !== null) values[field.internalName] = convertValue(field, field.defaultValue);
  }
  return values;
}

function uniqueKey(field: FieldRecord, value: unknown): string | undefined {
  if (value === null || value === undefined || value === '' || Array.isArray(value)) return undefined;
  if (valueKindOf(field) === 'url') return (value as { Url: string }).Url.toLowerCase();
  return typeof value === 'string' ? value.trim().toLowerCase() : String(value);
}

/** The keys an item holds in the unique-value index: one per unique, single-valued, non-empty field. */
export function uniqueKeysOf(fields: readonly FieldRecord[], values: Record<string, unknown>): UniqueKey[] {
  const keys: UniqueKey[] = [];
  for (const field of fields) {
    if (!field.enforceUniqueValues) continue;
    const key = uniqueKey(field, values[field.internalName]);
    if (key !== undefined) keys.push({ field: field.internalName, key });
  }
  return keys;
}
