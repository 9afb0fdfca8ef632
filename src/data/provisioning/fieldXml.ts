/**
 * Field schema XML for fields.createFieldAsXml: the one way provisioning adds a column, because only
 * the XML (with the AddFieldInternalNameHint option) lets the internal name be exactly the schema's.
 */
import { FieldSchema, FieldType } from '../schema';

/** SP.AddFieldOptions: AddToDefaultContentType (1) | AddFieldInternalNameHint (8) | AddFieldToDefaultView (16). */
export const ADD_FIELD_OPTIONS = 1 | 8 | 16;

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The attributes and child elements that make each schema type a SharePoint field. */
function typeMarkup(field: FieldSchema, lookupListId: string | undefined): { attributes: Record<string, string>; children: string } {
  const byType: Record<FieldType, () => { attributes: Record<string, string>; children?: string }> = {
    Text: () => ({ attributes: { Type: 'Text', MaxLength: '255' } }),
    Note: () => ({ attributes: { Type: 'Note', NumLines: '6', RichText: 'FALSE' } }),
    RichText: () => ({ attributes: { Type: 'Note', NumLines: '12', RichText: 'TRUE', RichTextMode: 'FullHtml' } }),
    Number: () => ({ attributes: { Type: 'Number' } }),
    Boolean: () => ({ attributes: { Type: 'Boolean' } }),
    DateTime: () => ({ attributes: { Type: 'DateTime', Format: field.dateOnly ? 'DateOnly' : 'DateTime' } }),
    Choice: () => ({
      attributes: { Type: 'Choice', Format: 'Dropdown' },
      children: `<CHOICES>${(field.choices ?? []).map((c) => `<CHOICE>${escapeXml(c)}</CHOICE>`).join('')}</CHOICES>`
    }),
    Lookup: () => ({ attributes: { Type: 'Lookup', List: `{${lookupListId ?? ''}}`, ShowField: 'Title' } }),
    // People fields point at the site's user information list, named UserInfo as in SharePoint's own list schemas.
    User: () => ({ attributes: { Type: 'User', List: 'UserInfo', UserSelectionMode: 'PeopleOnly' } }),
    UserMulti: () => ({ attributes: { Type: 'UserMulti', List: 'UserInfo', Mult: 'TRUE', UserSelectionMode: 'PeopleOnly' } }),
    Url: () => ({ attributes: { Type: 'URL', Format: 'Hyperlink' } })
  };
  const { attributes, children = '' } = byType[field.type]();
  const defaultValue = field.defaultValue === undefined ? '' : `<Default>${escapeXml(field.defaultValue)}</Default>`;
  return { attributes, children: children + defaultValue };
}

/**
 * The field as XML. DisplayName is the internal name at first, so the name comes out exact whether
 * SharePoint takes it from Name or from DisplayName; provisioning then gives the field its title.
 * Index and unique key are set afterwards, in that order, as SharePoint requires.
 */
export function fieldXml(field: FieldSchema, lookupListId?: string): string {
  const { attributes, children } = typeMarkup(field, lookupListId);
  const all: Record<string, string> = {
    ...attributes,
    Name: field.name,
    StaticName: field.name,
    DisplayName: field.name,
    Required: field.required ? 'TRUE' : 'FALSE'
  };
  const attributeText = Object.entries(all)
    .map(([name, value]) => `${name}="${escapeXml(value)}"`)
    .join(' ');
  return children === '' ? `<Field ${attributeText} />` : `<Field ${attributeText}>${children}</Field>`;
}
