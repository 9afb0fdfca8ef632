/**
 * A field's SchemaXml as SharePoint returns it: the <Field> element with the attributes a client reads
 * back (Type, Required, EnforceUniqueValues, Indexed, List and ShowField of lookups and people fields,
 * Mult, MaxLength, …), CHOICES and Default children, and the attributes of a field created from XML
 * that the local SharePoint does not interpret (Format, RichText, NumLines, …) as the client sent them.
 */
import { isReferenceField, typeAsStringOf, valueKindOf } from './fields.ts';
import type { FieldRecord } from './fields.ts';

/** SharePoint's schema XML names for SP.FieldUser.SelectionMode values. */
const USER_SELECTION_MODES = ['PeopleOnly', 'PeopleAndGroups'];

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function flag(value: boolean): string {
  return value ? 'TRUE' : 'FALSE';
}

function isChoiceField(field: FieldRecord): boolean {
  return field.fieldTypeKind === 6 || valueKindOf(field) === 'multiChoice';
}

/** Attributes that depend on the field's type. */
function typeAttributes(field: FieldRecord): Record<string, string> {
  const attributes: Record<string, string> = {};
  if (field.maxLength !== undefined) attributes.MaxLength = String(field.maxLength);
  if (isReferenceField(field) && field.allowMultipleValues) attributes.Mult = 'TRUE';
  if (valueKindOf(field) === 'lookup') {
    attributes.List = `{${field.lookupListId ?? ''}}`;
    attributes.ShowField = field.lookupField ?? 'Title';
  }
  if (valueKindOf(field) === 'user') {
    // People fields point at the site's hidden user information list, which schema XML calls UserInfo.
    attributes.List = 'UserInfo';
    attributes.ShowField = field.lookupField ?? 'ImnName';
    attributes.UserSelectionMode = USER_SELECTION_MODES[Number(field.extra.SelectionMode ?? 1)] ?? 'PeopleAndGroups';
  }
  if (isChoiceField(field)) attributes.FillInChoice = 'FALSE';
  return attributes;
}

function childElements(field: FieldRecord): string {
  const choices = isChoiceField(field) ? `<CHOICES>${(field.choices ?? []).map((choice) => `<CHOICE>${escapeXml(choice)}</CHOICE>`).join('')}</CHOICES>` : '';
  const defaultValue = field.defaultValue === null ? '' : `<Default>${escapeXml(field.defaultValue)}</Default>`;
  return choices + defaultValue;
}

export function fieldSchemaXml(field: FieldRecord, listId: string): string {
  const attributes: Record<string, string> = {
    Type: typeAsStringOf(field),
    DisplayName: field.title,
    ...(field.description === '' ? {} : { Description: field.description }),
    Required: flag(field.required),
    EnforceUniqueValues: flag(field.enforceUniqueValues),
    Indexed: flag(field.indexed),
    ...(field.hidden ? { Hidden: 'TRUE' } : {}),
    ...(field.readOnlyField ? { ReadOnly: 'TRUE' } : {}),
    ...typeAttributes(field),
    ...field.schemaAttributes,
    ID: `{${field.id}}`,
    SourceID: `{${listId}}`,
    StaticName: field.internalName,
    Name: field.internalName,
    ...(field.group === '' ? {} : { Group: field.group }),
  };
  const attributeText = Object.entries(attributes).map(([name, value]) => `${name}="${escapeXml(value)}"`).join(' ');
  const children = childElements(field);
  return children === '' ? `<Field ${attributeText} />` : `<Field ${attributeText}>${children}</Field>`;
}
