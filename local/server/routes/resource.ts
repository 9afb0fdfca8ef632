/**
 * The REST API as a tree of resources: each path segment asks the current resource for a child, and the
 * request's method runs on the last one.
 */
import { projectEntity } from '../odata/queryOptions.ts';
import { ComplexValue, entityResponse, valueResponse } from '../odata/model.ts';
import type { ApiResponse, Entity } from '../odata/model.ts';
import type { Segment } from '../odata/segments.ts';
import type { ApiContext } from './context.ts';

export type Handler = (context: ApiContext) => ApiResponse;

export interface Resource {
  get?: Handler;
  post?: Handler;
  /** MERGE, PATCH and PUT. */
  merge?: Handler;
  delete?: Handler;
  child?(segment: Segment, context: ApiContext): Resource | undefined;
}

function edmTypeOfValue(value: unknown): string {
  if (value instanceof ComplexValue) return value.type;
  if (typeof value === 'boolean') return 'Edm.Boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'Edm.Int32' : 'Edm.Double';
  return 'Edm.String';
}

/** A resource that returns one property of an entity: `web/title`, `lists/getByTitle('X')/ItemCount`. */
function propertyResource(entity: Entity, segment: Segment): Resource | undefined {
  if (segment.args) return undefined;
  const names = [...Object.keys(entity.props), ...Object.keys(entity.onDemand ?? {})];
  const name = names.find((candidate) => candidate.toLowerCase() === segment.name);
  if (name === undefined) return undefined;
  return {
    get: () => {
      const value = name in entity.props ? entity.props[name] : entity.onDemand![name]();
      return valueResponse(name, edmTypeOfValue(value), value);
    },
  };
}

export interface EntityResourceSpec extends Omit<Resource, 'get' | 'child'> {
  entity(context: ApiContext): Entity;
  /** The odata.metadata fragment, e.g. SP.ApiData.Lists/@Element. */
  metadata: string;
  /** Checked before the entity is read. */
  authorizeRead?(context: ApiContext): void;
  children?(segment: Segment, context: ApiContext): Resource | undefined;
}

/** A single entity: GET returns it ($select applied); unknown child segments read its properties. */
export function entityResource(spec: EntityResourceSpec): Resource {
  return {
    post: spec.post,
    merge: spec.merge,
    delete: spec.delete,
    get: (context) => {
      spec.authorizeRead?.(context);
      return entityResponse(projectEntity(spec.entity(context), context.options.select), spec.metadata);
    },
    child: (segment, context) => {
      const specific = spec.children?.(segment, context);
      if (specific) return specific;
      spec.authorizeRead?.(context);
      return propertyResource(spec.entity(context), segment);
    },
  };
}
