/**
 * Form values (SP.ListItemFormUpdateValue: `{ FieldName, FieldValue }`, the value as text), as
 * ValidateUpdateListItem and AddValidateUpdateItemUsingPath take them. Each value is converted as the list
 * form would (numbers and dates as text, yes/no as "1"/"0", choices joined by ";#", lookups as "<id>" or
 * "<id>;#<title>", people as `[{"Key":"<login name>"}]`, links as "<url>, <description>") and validated as an
 * item body is; a value that fails is reported in the answer (HasException, ErrorMessage), not thrown, and
 * then nothing is written.
 *
 * SharePoint Online lets these calls set Created, Modified, Author and Editor, for anyone who may edit the
 * item (local/README.md, "Who did it"); the local SharePoint does the same.
 */
import { SharePointError } from '../errors.ts';
import { ComplexValue } from '../odata/model.ts';
import { siteUserByLogonName } from './directory.ts';
import { findField, valueKindOf } from './fields.ts';
import type { FieldRecord } from './fields.ts';
import { convertValue, isSystemField } from './itemValues.ts';
import type { Site } from './site.ts';

export interface FormValue {
  FieldName: string;
  FieldValue: string | null;
}

/** The system fields the form-value calls may set; any other system field is read-only there too. */
const SETTABLE_SYSTEM_FIELDS = new Set(['Author', 'Editor', 'Created', 'Modified']);

export interface FormValuesResult {
  /** Stored values by internal name, when every value converted. */
  values: Record<string, unknown>;
  /** One SP.ListItemFormUpdateValue per form value, as the answer lists them. */
  results: ComplexValue[];
  failed: boolean;
}

export function formUpdateValue(fieldName: string, fieldValue: string | null, errorMessage?: string): ComplexValue {
  return new ComplexValue('SP.ListItemFormUpdateValue', {
    ErrorCode: errorMessage === undefined ? 0 : -2146232832,
    ErrorMessage: errorMessage ?? null,
    FieldName: fieldName,
    FieldValue: fieldValue,
    HasException: errorMessage !== undefined,
    ItemId: 0,
  });
}

/** The form values of a request body: an array of { FieldName, FieldValue } (verbose JSON's `results` already unwrapped). */
export function readFormValues(value: unknown): FormValue[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((entry): entry is Record<string, unknown> => entry !== null && typeof entry === 'object')
    .map((entry) => ({ FieldName: String(entry.FieldName ?? ''), FieldValue: entry.FieldValue === null || entry.FieldValue === undefined ? null : String(entry.FieldValue) }));
}

function parseNumber(text: string): number {
  const number = Number(text.trim().replace(/\s/g, '').replace(',', '.'));
  if (!Number.isFinite(number)) throw new Error(`'${text}' is not a number.`);
  return number;
}

function parseBoolean(text: string): boolean {
  if (/^(1|true|yes|ja)$/i.test(text.trim())) return true;
  if (/^(0|false|no|nej)$/i.test(text.trim())) return false;
  throw new Error(`'${text}' is not a yes/no value.`);
}

/** The ids in "<id>;#<title>;#<id>;#<title>" or "<id>;#;#<id>" (or a bare "<id>"). */
function parseLookupIds(text: string): number[] {
  return text
    .split(';#')
    .filter((_, index) => index % 2 === 0)
    .filter((token) => token.trim() !== '')
    .map(parseNumber);
}

/** People as the people picker sends them: JSON `[{ "Key": "<login name>" }]`; each is put in the site's user information list. */
function parsePeople(site: Site, text: string): number[] {
  let entries: unknown;
  try {
    entries = JSON.parse(text);
  } catch {
    throw new Error('The user value must be JSON: [{"Key":"<login name>"}].');
  }
  if (!Array.isArray(entries)) throw new Error('The user value must be JSON: [{"Key":"<login name>"}].');
  return entries.map((entry) => {
    const key = String((entry as { Key?: unknown } | null)?.Key ?? '');
    const user = siteUserByLogonName(key);
    if (!user) throw new Error(`The user '${key}' does not exist or is not unique.`);
    site.store.membership.addSiteUser(user.id);
    return user.id;
  });
}

/** A form value's text as the REST value convertValue takes. */
function restValueOf(site: Site, field: FieldRecord, text: string | null): unknown {
  if (text === null || text === '') return null;
  switch (valueKindOf(field)) {
    case 'number':
      return parseNumber(text);
    case 'boolean':
      return parseBoolean(text);
    case 'multiChoice':
      return text.split(';#').filter((choice) => choice !== '');
    case 'lookup':
      return field.allowMultipleValues ? parseLookupIds(text) : parseLookupIds(text)[0] ?? null;
    case 'user':
      return field.allowMultipleValues ? parsePeople(site, text) : parsePeople(site, text)[0] ?? null;
    case 'url': {
      const [url, ...description] = text.split(', ');
      return { Url: url, Description: description.length > 0 ? description.join(', ') : url };
    }
    default:
      return text;
  }
}

export function convertFormValues(site: Site, fields: readonly FieldRecord[], formValues: readonly FormValue[]): FormValuesResult {
  const values: Record<string, unknown> = {};
  const results: ComplexValue[] = [];
  let failed = false;
  for (const { FieldName, FieldValue } of formValues) {
    const field = findField(fields, FieldName);
    let error: string | undefined;
    if (!field) error = `Column '${FieldName}' does not exist. It may have been deleted by another user.`;
    else if (isSystemField(field) && !SETTABLE_SYSTEM_FIELDS.has(field.internalName)) error = `The field '${field.title}' is read-only.`;
    else {
      try {
        values[field.internalName] = convertValue(field, restValueOf(site, field, FieldValue));
      } catch (conversion) {
        error = conversion instanceof SharePointError || conversion instanceof Error ? conversion.message : String(conversion);
      }
    }
    failed ||= error !== undefined;
    results.push(formUpdateValue(field?.internalName ?? FieldName, FieldValue, error));
  }
  return { values, results, failed };
}
