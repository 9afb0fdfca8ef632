/**
 * The OData system query options SharePoint reads ($select, $expand, $filter, $orderby, $top, $skip,
 * $skiptoken), and how they apply to entity collections other than list items (lists, fields, users, …).
 */
import { columnDoesNotExist, fieldOrPropertyDoesNotExist, invalidArgument } from '../errors.ts';
import { compareForSort, compileFilter } from './filterEvaluator.ts';
import type { ResolvedField, ScalarType } from './filterEvaluator.ts';
import { parseFilter } from './filterParser.ts';
import type { FilterNode } from './filterParser.ts';
import type { Entity } from './model.ts';

export interface OrderBy {
  path: string[];
  descending: boolean;
}

export interface QueryOptions {
  select?: string[];
  expand: string[];
  filter?: { expression: string; node: FilterNode };
  orderBy: OrderBy[];
  top?: number;
  skip?: number;
  /** $skiptoken's own parameters, e.g. Paged=TRUE&p_ID=100 → { Paged: 'TRUE', p_ID: '100' }. */
  skipToken?: URLSearchParams;
}

function list(value: string | null): string[] {
  return value === null ? [] : value.split(',').map((part) => part.trim()).filter((part) => part !== '');
}

function nonNegativeInteger(name: string, value: string | null): number | undefined {
  if (value === null) return undefined;
  if (!/^\d+$/.test(value.trim())) throw invalidArgument(`Invalid ${name} query option value '${value}'.`);
  return Number(value);
}

export function parseQueryOptions(query: URLSearchParams): QueryOptions {
  const filter = query.get('$filter');
  const skipToken = query.get('$skiptoken');
  return {
    select: query.has('$select') ? list(query.get('$select')) : undefined,
    expand: list(query.get('$expand')),
    filter: filter !== null && filter.trim() !== '' ? { expression: filter, node: parseFilter(filter) } : undefined,
    orderBy: list(query.get('$orderby')).map((part) => {
      const [name, direction = 'asc'] = part.split(/\s+/);
      if (!/^(asc|desc)$/i.test(direction)) throw invalidArgument(`Invalid $orderby value '${part}'.`);
      return { path: name.split('/'), descending: direction.toLowerCase() === 'desc' };
    }),
    top: nonNegativeInteger('$top', query.get('$top')),
    skip: nonNegativeInteger('$skip', query.get('$skip')),
    skipToken: skipToken === null ? undefined : new URLSearchParams(skipToken),
  };
}

function propertyName(entity: Entity, name: string): string | undefined {
  const wanted = name.toLowerCase();
  const names = [...Object.keys(entity.props), ...Object.keys(entity.onDemand ?? {})];
  return names.find((candidate) => candidate.toLowerCase() === wanted);
}

/** Applies $select: only the named properties (on-demand ones included when named); `*` or no $select keeps all. */
export function projectEntity(entity: Entity, select: readonly string[] | undefined): Entity {
  if (!select || select.length === 0 || select.includes('*')) return entity;
  const props: Record<string, unknown> = {};
  for (const requested of select) {
    const name = propertyName(entity, requested);
    if (name === undefined) throw fieldOrPropertyDoesNotExist(requested);
    props[name] = name in entity.props ? entity.props[name] : entity.onDemand![name]();
  }
  return { ...entity, props };
}

function scalarTypeOf(value: unknown): ScalarType {
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'text';
}

function entityField(entities: readonly Entity[], path: string[]): ResolvedField<Entity> {
  const sample = entities[0];
  const name = path.length === 1 && sample ? propertyName(sample, path[0]) : path.length === 1 ? path[0] : undefined;
  if (name === undefined) throw columnDoesNotExist(path.join('/'));
  return { type: scalarTypeOf(sample?.props[name]), read: (entity) => entity.props[name] };
}

/** $filter, $orderby, $skip and $top over a collection of entities that are not list items. */
export function queryEntities(entities: Entity[], options: QueryOptions): Entity[] {
  let result = entities;
  if (options.filter) {
    const predicate = compileFilter(options.filter.node, (path) => entityField(entities, path), options.filter.expression);
    result = result.filter(predicate);
  }
  if (options.orderBy.length > 0) {
    const keys = options.orderBy.map((order) => ({ field: entityField(entities, order.path), descending: order.descending }));
    result = [...result].sort((a, b) => {
      for (const { field, descending } of keys) {
        const order = compareForSort(field.read(a), field.read(b), field.type);
        if (order !== 0) return descending ? -order : order;
      }
      return 0;
    });
  }
  const start = options.skip ?? 0;
  return result.slice(start, options.top === undefined ? undefined : start + options.top);
}
