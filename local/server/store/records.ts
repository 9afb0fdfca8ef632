/**
 * The rows of the local site as the store hands them out; records are kept as JSON next to the columns SQL needs.
 */
export interface ListRecord {
  id: string;
  title: string;
  description: string;
  baseTemplate: number;
  entityTypeName: string;
  created: string;
  lastItemModifiedDate: string;
  lastItemDeletedDate: string;
  /** Schema version, the list's ETag; bumped by list and field changes. */
  version: number;
  nextItemId: number;
  hasUniqueRoleAssignments: boolean;
  /** The list's web-relative URL (`Lists/Bockar`), fixed at creation; lists from before it existed derive it from the title. */
  url?: string;
  /** Writable SP.List properties beyond the ones above (Hidden, EnableVersioning, …), as the client set them. */
  settings: Record<string, unknown>;
}

export interface ItemRecord {
  id: number;
  /** owshiddenversion: 1 on creation, +1 on every update; the item's ETag. */
  version: number;
  /** Field values by internal name. */
  values: Record<string, unknown>;
}

export interface ChangeRecord {
  changeNumber: number;
  listId: string;
  itemId: number;
  itemUniqueId: string;
  changeType: number;
  time: string;
}

export interface RoleAssignmentRecord {
  principalId: number;
  roleDefinitionId: number;
}

export interface UniqueKey {
  field: string;
  key: string;
}

/** One value an item holds in an indexed column, as filters compare it (see the item_index table). */
export interface IndexEntry {
  field: string;
  value: number | string;
}

export type RangeOperator = 'eq' | 'lt' | 'le' | 'gt' | 'ge';

export interface RangeCondition {
  operator: RangeOperator;
  value: number | string;
}

/**
 * The items a query reads, as SQL can find them from indexes: conditions on the ID, and conditions
 * that one value of one indexed column must meet together. Without conditions: every item.
 */
export interface ItemSelection {
  ids?: readonly RangeCondition[];
  column?: ColumnSelection;
}

export interface ColumnSelection {
  field: string;
  conditions: readonly RangeCondition[];
}

/** Role assignments of the web are stored under this scope; a list's under its id; an item's under itemScope(). */
export const WEB_SCOPE = 'web';

export function itemScope(listId: string, itemId: number): string {
  return `${listId}/${itemId}`;
}
