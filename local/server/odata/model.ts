/**
 * What a REST resource answers, before it is written in the JSON dialect the client's Accept header asks for.
 */

/** A value of an OData complex type (SP.ChangeToken, SP.FieldUrlValue, SP.BasePermissions, an expanded lookup, …). */
export class ComplexValue {
  readonly type: string;
  readonly props: Readonly<Record<string, unknown>>;

  constructor(type: string, props: Record<string, unknown>) {
    this.type = type;
    this.props = props;
  }
}

export interface Entity {
  /** odata.type / __metadata.type, e.g. SP.List. */
  type: string;
  /** odata.id: an absolute URI (or, for list items, SharePoint's item GUID). */
  id: string;
  /** __metadata.uri, always absolute. */
  uri: string;
  /** odata.editLink, relative to _api/. */
  editLink: string;
  /** The entity's ETag as sent in the ETag header, e.g. "3" with its quotes. */
  etag?: string;
  props: Record<string, unknown>;
  /** Properties SharePoint returns only when $select names them. */
  onDemand?: Record<string, () => unknown>;
}

export type Payload =
  | { kind: 'entity'; entity: Entity; metadata: string }
  | { kind: 'collection'; entities: Entity[]; metadata: string; nextLink?: string }
  /** A primitive or complex value returned by a property path or a function, named for verbose JSON. */
  | { kind: 'value'; name: string; edmType: string; value: unknown }
  /** A function or action that returns nothing. */
  | { kind: 'void'; name: string }
  | { kind: 'empty' };

export interface ApiResponse {
  status: number;
  payload: Payload;
  headers?: Record<string, string>;
}

export function entityResponse(entity: Entity, metadata: string, status = 200): ApiResponse {
  const headers: Record<string, string> = entity.etag ? { ETag: entity.etag } : {};
  return { status, payload: { kind: 'entity', entity, metadata }, headers };
}

export function collectionResponse(entities: Entity[], metadata: string, nextLink?: string): ApiResponse {
  return { status: 200, payload: { kind: 'collection', entities, metadata, nextLink } };
}

export function valueResponse(name: string, edmType: string, value: unknown): ApiResponse {
  return { status: 200, payload: { kind: 'value', name, edmType, value } };
}

export function voidResponse(name: string): ApiResponse {
  return { status: 200, payload: { kind: 'void', name } };
}

/** 204 for updates (MERGE/PATCH/PUT), with the new ETag when the entity has one. */
export function noContentResponse(etag?: string): ApiResponse {
  return { status: 204, payload: { kind: 'empty' }, headers: etag ? { ETag: etag } : {} };
}

/** SharePoint answers a successful DELETE with 200 and an empty body. */
export function deletedResponse(): ApiResponse {
  return { status: 200, payload: { kind: 'empty' } };
}
