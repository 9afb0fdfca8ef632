/**
 * Field values as SharePoint's form-value endpoints take them (`addValidateUpdateItemUsingPath`,
 * `validateUpdateListItem`): every value a string, typed by the list schema. This is how a row is added
 * inside a folder. Lookups are the target's id, people a JSON array of claims logins, yes/no 1 or 0,
 * dates ISO 8601 in UTC.
 */
import type { IListItemFormUpdateValue } from '@pnp/sp/lists';
import { FieldType, ListSchema } from '../schema';
import { SpFields } from './rowReader';

/** A people value for a form: the person's claims login (`i:0#.f|membership|…`). */
export interface FormPerson {
  loginName: string;
}

/** SharePoint's own columns a form may carry (the upgrade keeps who made and changed a row, and when). */
const BUILT_IN_TYPES: Record<string, FieldType> = { Title: 'Text', Author: 'User', Editor: 'User', Created: 'DateTime', Modified: 'DateTime' };

function fieldTypeOf(list: ListSchema, name: string): FieldType | undefined {
  return list.fields.find((field) => field.name === name)?.type ?? BUILT_IN_TYPES[name];
}

function formText(type: FieldType, value: unknown): string {
  if (value === null || value === undefined) return '';
  switch (type) {
    case 'Boolean':
      return value ? '1' : '0';
    case 'User':
    case 'UserMulti':
      return JSON.stringify((Array.isArray(value) ? value : [value]).map((person: FormPerson) => ({ Key: person.loginName })));
    case 'Url': {
      const link = value as { Url: string; Description?: string };
      return `${link.Url}, ${link.Description ?? link.Url}`;
    }
    default:
      return String(value);
  }
}

/**
 * The REST-style fields (`UnitId: 42`, `Done: true`; people as FormPerson under the column's own name)
 * as form values. A name the list does not have is a programming error, raised at once.
 */
export function toFormValues(list: ListSchema, fields: SpFields): IListItemFormUpdateValue[] {
  return Object.entries(fields).map(([key, value]) => {
    const lookupName = key.endsWith('Id') ? key.slice(0, -2) : undefined;
    const lookupType = lookupName === undefined ? undefined : fieldTypeOf(list, lookupName);
    const name = lookupType === 'Lookup' ? (lookupName as string) : key;
    const type = lookupType === 'Lookup' ? 'Lookup' : fieldTypeOf(list, key);
    if (type === undefined) throw new Error(`${list.title} has no column ${key}.`);
    return { FieldName: name, FieldValue: formText(type, value) };
  });
}

/**
 * What SharePoint answered for each field: a refused value comes back with HasException, not as an HTTP
 * error. It counts as SharePoint's 400 (a refusal, never worth the same request again).
 */
export class FormValueError extends Error {
  public readonly status: number = 400;

  public constructor(public readonly refused: readonly IListItemFormUpdateValue[]) {
    super(refused.map((field) => `${field.FieldName ?? ''}: ${field.ErrorMessage ?? ''}`).join('; '));
    this.name = 'FormValueError';
  }
}

/** Raises FormValueError when SharePoint refused a field of a form-value write. */
export function throwIfRefused(result: readonly IListItemFormUpdateValue[]): void {
  const refused = result.filter((field) => field.HasException);
  if (refused.length > 0) throw new FormValueError(refused);
}

/** The new item's id from a form-value add; raises FormValueError when a field was refused. */
export function addedItemId(result: readonly IListItemFormUpdateValue[]): number {
  throwIfRefused(result);
  // The answer's last value is the new item's Id; its ItemId properties may be 0.
  const id = Number(result.find((field) => field.FieldName === 'Id')?.FieldValue ?? result.find((field) => (field.ItemId ?? 0) > 0)?.ItemId);
  if (!Number.isInteger(id) || id <= 0) throw new FormValueError([{ FieldName: 'Id', ErrorMessage: 'SharePoint added the row but did not say its id.' }]);
  return id;
}
