/**
 * List fields (columns): the field types the local SharePoint stores, the built-in fields every
 * custom list has, and SharePoint's rules for internal and REST property names.
 */
import { MAX_INTERNAL_NAME_LENGTH } from '../limits.ts';

/** How a field's value is stored and exchanged over REST. */
export type ValueKind = 'text' | 'multiChoice' | 'number' | 'boolean' | 'dateTime' | 'lookup' | 'user' | 'url';

interface FieldTypeInfo {
  typeAsString: string;
  odataType: string;
  valueKind: ValueKind;
  /** The OData primitive a value of this field converts to; named in conversion errors. */
  edmType: string;
}

/** SP.FieldType values the local SharePoint supports, keyed by FieldTypeKind. */
const FIELD_TYPES: ReadonlyMap<number, FieldTypeInfo> = new Map([
  [1, { typeAsString: 'Integer', odataType: 'SP.FieldNumber', valueKind: 'number', edmType: 'Edm.Int32' }],
  [2, { typeAsString: 'Text', odataType: 'SP.FieldText', valueKind: 'text', edmType: 'Edm.String' }],
  [3, { typeAsString: 'Note', odataType: 'SP.FieldMultiLineText', valueKind: 'text', edmType: 'Edm.String' }],
  [4, { typeAsString: 'DateTime', odataType: 'SP.FieldDateTime', valueKind: 'dateTime', edmType: 'Edm.DateTime' }],
  [5, { typeAsString: 'Counter', odataType: 'SP.Field', valueKind: 'number', edmType: 'Edm.Int32' }],
  [6, { typeAsString: 'Choice', odataType: 'SP.FieldChoice', valueKind: 'text', edmType: 'Edm.String' }],
  [7, { typeAsString: 'Lookup', odataType: 'SP.FieldLookup', valueKind: 'lookup', edmType: 'Edm.Int32' }],
  [8, { typeAsString: 'Boolean', odataType: 'SP.Field', valueKind: 'boolean', edmType: 'Edm.Boolean' }],
  [9, { typeAsString: 'Number', odataType: 'SP.FieldNumber', valueKind: 'number', edmType: 'Edm.Double' }],
  [10, { typeAsString: 'Currency', odataType: 'SP.FieldCurrency', valueKind: 'number', edmType: 'Edm.Double' }],
  [11, { typeAsString: 'URL', odataType: 'SP.FieldUrl', valueKind: 'url', edmType: 'SP.FieldUrlValue' }],
  [14, { typeAsString: 'Guid', odataType: 'SP.FieldGuid', valueKind: 'text', edmType: 'Edm.Guid' }],
  [15, { typeAsString: 'MultiChoice', odataType: 'SP.FieldMultiChoice', valueKind: 'multiChoice', edmType: 'Collection(Edm.String)' }],
  [19, { typeAsString: 'Attachments', odataType: 'SP.Field', valueKind: 'boolean', edmType: 'Edm.Boolean' }],
  [20, { typeAsString: 'User', odataType: 'SP.FieldUser', valueKind: 'user', edmType: 'Edm.Int32' }],
  [25, { typeAsString: 'ContentTypeId', odataType: 'SP.Field', valueKind: 'text', edmType: 'Edm.String' }],
]);

/** Field type names accepted in field schema XML (`<Field Type="…">`), mapped to FieldTypeKind. */
const FIELD_KIND_BY_TYPE_NAME: ReadonlyMap<string, number> = new Map([
  ...[...FIELD_TYPES].map(([kind, info]) => [info.typeAsString.toLowerCase(), kind] as const),
  ['lookupmulti', 7],
  ['usermulti', 20],
]);

export interface FieldRecord {
  id: string;
  internalName: string;
  title: string;
  fieldTypeKind: number;
  required: boolean;
  indexed: boolean;
  enforceUniqueValues: boolean;
  hidden: boolean;
  readOnlyField: boolean;
  fromBaseType: boolean;
  description: string;
  group: string;
  defaultValue: string | null;
  allowMultipleValues: boolean;
  choices?: string[];
  lookupListId?: string;
  lookupField?: string;
  maxLength?: number;
  /** Other SP.Field properties a client set (e.g. DisplayFormat, SelectionMode); returned as they were set. */
  extra: Record<string, unknown>;
  /** Attributes of the schema XML a field was created from that nothing here interprets (Format, RichText, …); returned in SchemaXml. */
  schemaAttributes?: Record<string, string>;
}

export function isSupportedFieldType(fieldTypeKind: number): boolean {
  return FIELD_TYPES.has(fieldTypeKind);
}

export function fieldKindFromTypeName(typeName: string): number | undefined {
  return FIELD_KIND_BY_TYPE_NAME.get(typeName.toLowerCase());
}

function typeInfo(field: FieldRecord): FieldTypeInfo {
  const info = FIELD_TYPES.get(field.fieldTypeKind);
  if (!info) throw new Error(`Unsupported field type ${field.fieldTypeKind} on ${field.internalName}`);
  return info;
}

export function valueKindOf(field: FieldRecord): ValueKind {
  return typeInfo(field).valueKind;
}

export function edmTypeOf(field: FieldRecord): string {
  return typeInfo(field).edmType;
}

export function odataTypeOf(field: FieldRecord): string {
  return typeInfo(field).odataType;
}

export function typeAsStringOf(field: FieldRecord): string {
  const base = typeInfo(field).typeAsString;
  return field.allowMultipleValues && (base === 'Lookup' || base === 'User') ? `${base}Multi` : base;
}

/** Lookups and people fields: their REST value is an id (or ids) with a projectable target. */
export function isReferenceField(field: FieldRecord): boolean {
  const kind = valueKindOf(field);
  return kind === 'lookup' || kind === 'user';
}

/** The entity property name SharePoint's OData model gives a field: a leading underscore gets an `OData_` prefix. */
export function entityPropertyName(field: FieldRecord): string {
  return field.internalName.startsWith('_') ? `OData_${field.internalName}` : field.internalName;
}

/** The REST property that carries a lookup or people field's id(s). */
export function referenceIdProperty(field: FieldRecord): string {
  return `${entityPropertyName(field)}Id`;
}

/**
 * Encodes a display name the way SharePoint derives internal names and entity type names:
 * characters other than ASCII letters, digits and `_` become `_xHHHH_`, as does a leading digit.
 */
export function encodeSharePointName(name: string): string {
  let encoded = '';
  for (const char of name) {
    const isSafe = /[A-Za-z0-9_]/.test(char) && !(encoded === '' && /[0-9]/.test(char));
    encoded += isSafe ? char : `_x${char.codePointAt(0)!.toString(16).padStart(4, '0')}_`;
  }
  return encoded;
}

/** An internal name for a new field: encoded, truncated to 32 characters and made unique in the list. */
export function newInternalName(displayName: string, existing: readonly FieldRecord[]): string {
  const base = encodeSharePointName(displayName).slice(0, MAX_INTERNAL_NAME_LENGTH);
  const taken = new Set(existing.map((field) => field.internalName.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let suffix = 0; ; suffix += 1) {
    const candidate = base.slice(0, MAX_INTERNAL_NAME_LENGTH - String(suffix).length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

export function findField(fields: readonly FieldRecord[], name: string): FieldRecord | undefined {
  const wanted = name.toLowerCase();
  return fields.find((field) => field.internalName.toLowerCase() === wanted) ?? fields.find((field) => field.title.toLowerCase() === wanted);
}

function builtInField(
  id: string,
  internalName: string,
  title: string,
  fieldTypeKind: number,
  options: Partial<Pick<FieldRecord, 'required' | 'indexed' | 'hidden' | 'readOnlyField' | 'maxLength'>> = {}
): FieldRecord {
  return {
    id,
    internalName,
    title,
    fieldTypeKind,
    required: options.required ?? false,
    indexed: options.indexed ?? false,
    enforceUniqueValues: false,
    hidden: options.hidden ?? false,
    readOnlyField: options.readOnlyField ?? false,
    fromBaseType: true,
    description: '',
    group: '_Hidden',
    defaultValue: null,
    allowMultipleValues: false,
    maxLength: options.maxLength,
    extra: {},
  };
}

/** The fields SharePoint puts on every custom list (template 100), with SharePoint's field ids. */
export function builtInFields(): FieldRecord[] {
  return [
    builtInField('03e45e84-1992-4d42-9116-26f756012634', 'ContentTypeId', 'Content Type ID', 25, { hidden: true, readOnlyField: true }),
    builtInField('fa564e0f-0c70-4ab9-b863-0177e6ddd247', 'Title', 'Title', 2, { required: true, maxLength: 255 }),
    builtInField('1d22ea11-1e32-424e-89ab-9fedbadb6ce1', 'ID', 'ID', 5, { readOnlyField: true, indexed: true }),
    builtInField('28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f', 'Modified', 'Modified', 4, { readOnlyField: true }),
    builtInField('8c06beca-0777-48f7-91c7-6da68bc07b69', 'Created', 'Created', 4, { readOnlyField: true }),
    builtInField('1df5e554-ec7e-46a6-901d-d85a3881cb18', 'Author', 'Created By', 20, { readOnlyField: true }),
    builtInField('d31655d1-1d5b-4511-95a1-7a09e9b75bf2', 'Editor', 'Modified By', 20, { readOnlyField: true }),
    builtInField('dce8262a-3ae9-45aa-aab4-83bd75fb738a', '_UIVersionString', 'Version', 2, { hidden: true, readOnlyField: true }),
    builtInField('67df98f4-9dec-48ff-a553-29bece9c5bf4', 'Attachments', 'Attachments', 19, { readOnlyField: true }),
    builtInField('ae069f25-3ac2-4256-b9c3-15dbc15da0e0', 'GUID', 'GUID', 14, { hidden: true, readOnlyField: true }),
    // Where the item is (SharePoint types these as lookups into its file table; here they are their text values).
    builtInField('94f89715-e097-4e8b-ba79-ea02aa8b7adb', 'FileRef', 'URL Path', 2, { hidden: true, readOnlyField: true }),
    builtInField('56605df6-8fa1-47e4-a04c-5b384d59609f', 'FileDirRef', 'Path', 2, { hidden: true, readOnlyField: true }),
    builtInField('8553196d-ec8d-4564-9861-3dbe931050c8', 'FileLeafRef', 'Name', 2, { hidden: true, readOnlyField: true }),
    builtInField('30bb605f-5bae-48fe-b4e3-1f81d9772af9', 'FSObjType', 'Item Type', 1, { hidden: true, readOnlyField: true }),
  ];
}
