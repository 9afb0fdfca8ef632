/**
 * Writes payloads and errors in the three JSON dialects SharePoint Online serves, chosen by the Accept header:
 * `application/json;odata=verbose` ({"d": …, "__metadata"}), `…odata=minimalmetadata` (JSON light with
 * odata.* annotations; what plain `application/json` gets) and `…odata=nometadata` (bare properties).
 */
import type { SharePointError } from '../errors.ts';
import { ComplexValue } from './model.ts';
import type { Entity, Payload } from './model.ts';

export type MetadataLevel = 'verbose' | 'minimal' | 'none';

export function metadataLevelOf(accept: string | undefined): MetadataLevel {
  const value = (accept ?? '').toLowerCase();
  if (value.includes('odata=verbose')) return 'verbose';
  if (value.includes('odata=nometadata')) return 'none';
  return 'minimal';
}

export function contentTypeOf(level: MetadataLevel): string {
  if (level === 'verbose') return 'application/json;odata=verbose;charset=utf-8';
  const metadata = level === 'none' ? 'nometadata' : 'minimalmetadata';
  return `application/json;odata=${metadata};streaming=true;charset=utf-8`;
}

function renderValue(value: unknown, level: MetadataLevel): unknown {
  if (value instanceof ComplexValue) {
    const props = Object.fromEntries(Object.entries(value.props).map(([key, inner]) => [key, renderValue(inner, level)]));
    return level === 'verbose' ? { __metadata: { type: value.type }, ...props } : props;
  }
  if (Array.isArray(value)) {
    const items = value.map((inner) => renderValue(inner, level));
    if (level !== 'verbose') return items;
    const isPrimitive = value.every((inner) => !(inner instanceof ComplexValue));
    return isPrimitive ? { __metadata: { type: `Collection(${edmTypeOfArray(value)})` }, results: items } : { results: items };
  }
  return value;
}

function edmTypeOfArray(values: readonly unknown[]): string {
  return values.every((value) => typeof value === 'number') && values.length > 0 ? 'Edm.Int32' : 'Edm.String';
}

function renderProps(entity: Entity, level: MetadataLevel): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entity.props).map(([key, value]) => [key, renderValue(value, level)]));
}

function renderEntity(entity: Entity, level: MetadataLevel): Record<string, unknown> {
  const props = renderProps(entity, level);
  if (level === 'none') return props;
  if (level === 'verbose') {
    const metadata: Record<string, string> = { id: entity.id, uri: entity.uri, type: entity.type };
    if (entity.etag) metadata.etag = entity.etag;
    return { __metadata: metadata, ...props };
  }
  const annotations: Record<string, string> = { 'odata.type': entity.type, 'odata.id': entity.id };
  if (entity.etag) annotations['odata.etag'] = entity.etag;
  annotations['odata.editLink'] = entity.editLink;
  return { ...annotations, ...props };
}

/** The response body for a payload, or undefined when the response has none. */
export function renderPayload(payload: Payload, level: MetadataLevel, apiUrl: string): string | undefined {
  const metadataUrl = (fragment: string): string => `${apiUrl}/$metadata#${fragment}`;
  switch (payload.kind) {
    case 'empty':
      return undefined;
    case 'entity': {
      const body = renderEntity(payload.entity, level);
      if (level === 'verbose') return JSON.stringify({ d: body });
      return JSON.stringify(level === 'minimal' ? { 'odata.metadata': metadataUrl(payload.metadata), ...body } : body);
    }
    case 'collection': {
      const results = payload.entities.map((entity) => renderEntity(entity, level));
      if (level === 'verbose') {
        return JSON.stringify({ d: payload.nextLink ? { results, __next: payload.nextLink } : { results } });
      }
      const body: Record<string, unknown> = level === 'minimal' ? { 'odata.metadata': metadataUrl(payload.metadata) } : {};
      body.value = results;
      if (payload.nextLink) body['odata.nextLink'] = payload.nextLink;
      return JSON.stringify(body);
    }
    case 'value': {
      const value = renderValue(payload.value, level);
      if (level === 'verbose') return JSON.stringify({ d: { [payload.name]: value } });
      if (payload.value instanceof ComplexValue) {
        const body = value as Record<string, unknown>;
        return JSON.stringify(level === 'minimal' ? { 'odata.metadata': metadataUrl(payload.edmType), ...body } : body);
      }
      return JSON.stringify(level === 'minimal' ? { 'odata.metadata': metadataUrl(payload.edmType), value } : { value });
    }
    case 'void':
      return JSON.stringify(level === 'verbose' ? { d: { [payload.name]: null } } : { 'odata.null': true });
  }
}

export function renderError(error: SharePointError, level: MetadataLevel): string {
  const body = { code: error.code, message: { lang: 'en-US', value: error.message } };
  return JSON.stringify(level === 'verbose' ? { error: body } : { 'odata.error': body });
}
