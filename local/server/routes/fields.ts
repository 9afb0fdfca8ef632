/**
 * A list's fields: read, add (SP.Field body, addField, createFieldAsXml), update by MERGE, delete, and the
 * setShowIn…Form functions.
 */
import { fieldNotFound } from '../errors.ts';
import { collectionResponse, deletedResponse, entityResponse, noContentResponse, voidResponse } from '../odata/model.ts';
import type { Entity } from '../odata/model.ts';
import { projectEntity, queryEntities } from '../odata/queryOptions.ts';
import { keyArgument } from '../odata/segments.ts';
import { addField, definitionFromFieldBody, definitionFromSchemaXml, deleteField, updateField } from '../sharepoint/fieldSchema.ts';
import type { FieldDefinition } from '../sharepoint/fieldSchema.ts';
import { fieldSchemaXml } from '../sharepoint/fieldSchemaXml.ts';
import { entityPropertyName, findField, odataTypeOf, typeAsStringOf, valueKindOf } from '../sharepoint/fields.ts';
import type { FieldRecord } from '../sharepoint/fields.ts';
import { SITE_PATH } from '../sharepoint/site.ts';
import type { ListRecord } from '../store/records.ts';
import type { ApiContext } from './context.ts';
import type { ListLookup } from './items.ts';
import type { Resource } from './resource.ts';

const FIELDS_METADATA = 'SP.ApiData.Fields';

function typeSpecificProperties(field: FieldRecord): Record<string, unknown> {
  switch (valueKindOf(field)) {
    case 'text':
      return field.fieldTypeKind === 6 ? { Choices: field.choices ?? [], FillInChoice: false } : field.maxLength ? { MaxLength: field.maxLength } : {};
    case 'multiChoice':
      return { Choices: field.choices ?? [], FillInChoice: false };
    case 'lookup':
      return {
        AllowMultipleValues: field.allowMultipleValues,
        LookupField: field.lookupField ?? 'Title',
        LookupList: field.lookupListId ? `{${field.lookupListId}}` : '',
        PrimaryFieldId: null,
        RelationshipDeleteBehavior: 0,
      };
    case 'user':
      return { AllowMultipleValues: field.allowMultipleValues, LookupField: field.lookupField ?? 'ImnName', SelectionGroup: 0, SelectionMode: 1 };
    default:
      return {};
  }
}

function fieldEntity(context: ApiContext, list: ListRecord, field: FieldRecord): Entity {
  const path = `Web/Lists(guid'${list.id}')/Fields(guid'${field.id}')`;
  return {
    type: odataTypeOf(field),
    ...context.addressOf(path),
    props: {
      CanBeDeleted: !field.fromBaseType,
      DefaultValue: field.defaultValue,
      Description: field.description,
      EnforceUniqueValues: field.enforceUniqueValues,
      EntityPropertyName: entityPropertyName(field),
      FieldTypeKind: field.fieldTypeKind,
      Filterable: true,
      FromBaseType: field.fromBaseType,
      Group: field.group,
      Hidden: field.hidden,
      Id: field.id,
      Indexed: field.indexed,
      InternalName: field.internalName,
      ReadOnlyField: field.readOnlyField,
      Required: field.required,
      SchemaXml: fieldSchemaXml(field, list.id),
      Scope: `${SITE_PATH}/Lists/${list.title}`,
      Sealed: field.fromBaseType,
      Sortable: true,
      StaticName: field.internalName,
      Title: field.title,
      TypeAsString: typeAsStringOf(field),
      TypeDisplayName: typeAsStringOf(field),
      ...typeSpecificProperties(field),
      ...field.extra,
    },
  };
}

function fieldResource(lookup: ListLookup, find: (fields: readonly FieldRecord[]) => FieldRecord | undefined, name: string): Resource {
  const current = (context: ApiContext): { list: ListRecord; field: FieldRecord } => {
    const list = lookup(context);
    const field = find(context.site.store.fields.of(list.id));
    if (!field) throw fieldNotFound(name);
    return { list, field };
  };
  const showInForm = (property: string, functionName: string, show: unknown): Resource => ({
    post: (context) => {
      const { list, field } = current(context);
      context.require('ManageLists', list);
      updateField(context.site, list, field, { [property]: show === true });
      return voidResponse(functionName);
    },
  });
  return {
    get: (context) => {
      const { list, field } = current(context);
      context.require('ViewListItems', list);
      return entityResponse(projectEntity(fieldEntity(context, list, field), context.options.select), `${FIELDS_METADATA}/@Element`);
    },
    merge: (context) => {
      const { list, field } = current(context);
      context.require('ManageLists', list);
      updateField(context.site, list, field, context.body);
      return noContentResponse();
    },
    delete: (context) => {
      const { list, field } = current(context);
      context.require('ManageLists', list);
      deleteField(context.site, list, field);
      return deletedResponse();
    },
    child: (segment) => {
      const show = keyArgument(segment);
      if (segment.name === 'setshowindisplayform') return showInForm('ShowInDisplayForm', 'SetShowInDisplayForm', show);
      if (segment.name === 'setshowineditform') return showInForm('ShowInEditForm', 'SetShowInEditForm', show);
      if (segment.name === 'setshowinnewform') return showInForm('ShowInNewForm', 'SetShowInNewForm', show);
      return undefined;
    },
  };
}

function creation(lookup: ListLookup, definitionOf: (context: ApiContext) => FieldDefinition): Resource['post'] {
  return (context) => {
    const list = lookup(context);
    context.require('ManageLists', list);
    const field = addField(context.site, list, definitionOf(context));
    return entityResponse(fieldEntity(context, list, field), `${FIELDS_METADATA}/@Element`, 201);
  };
}

function parameters(context: ApiContext): Record<string, unknown> {
  return (context.body.parameters ?? {}) as Record<string, unknown>;
}

export function fieldsResource(lookup: ListLookup): Resource {
  return {
    get: (context) => {
      const list = lookup(context);
      context.require('ViewListItems', list);
      const entities = queryEntities(context.site.store.fields.of(list.id).map((field) => fieldEntity(context, list, field)), context.options);
      return collectionResponse(entities.map((entity) => projectEntity(entity, context.options.select)), FIELDS_METADATA);
    },
    post: creation(lookup, (context) => definitionFromFieldBody(context.creationBody)),
    child: (segment) => {
      const key = String(keyArgument(segment) ?? '');
      switch (segment.name) {
        case 'addfield':
          return { post: creation(lookup, (context) => definitionFromFieldBody(parameters(context))) };
        case 'createfieldasxml':
          return { post: creation(lookup, (context) => definitionFromSchemaXml(parameters(context))) };
        case 'getbytitle':
          return fieldResource(lookup, (fields) => fields.find((field) => field.title.toLowerCase() === key.toLowerCase()), key);
        case 'getbyinternalnameortitle':
          return fieldResource(lookup, (fields) => findField(fields, key), key);
        case 'getbyid':
        case 'fields':
          return fieldResource(lookup, (fields) => fields.find((field) => field.id === key.replace(/[{}]/g, '').toLowerCase()), key);
        default:
          return undefined;
      }
    },
  };
}
