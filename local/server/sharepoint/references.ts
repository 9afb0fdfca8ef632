/**
 * Following lookup and people fields to what they point at: the target list's item, or a site user or
 * group. Used for projected filters (`Author/Title eq '…'`) and for $expand. Remembers target items per request.
 */
import { principalById } from './directory.ts';
import type { Principal } from './directory.ts';
import { findField } from './fields.ts';
import type { FieldRecord } from './fields.ts';
import type { ItemRecord, ListRecord } from '../store/records.ts';
import type { Site } from './site.ts';

/** The properties of a user as a people field projects them (SharePoint's User Information List). */
const USER_PROPERTIES = ['Id', 'ID', 'Title', 'EMail', 'Name', 'UserName', 'FirstName', 'LastName', 'JobTitle', 'Department', 'Office'];

export function userProjection(principal: Principal): Record<string, unknown> {
  if (principal.kind !== 'user') {
    return { Id: principal.id, ID: principal.id, Title: principal.title, EMail: '', Name: principal.title, UserName: null };
  }
  const [firstName, ...rest] = principal.title.split(' ');
  return {
    Id: principal.id,
    ID: principal.id,
    Title: principal.title,
    EMail: principal.email,
    Name: principal.loginName,
    UserName: principal.email,
    FirstName: firstName,
    LastName: rest.join(' '),
    JobTitle: null,
    Department: null,
    Office: null,
  };
}

export function userPropertyName(name: string): string | undefined {
  return USER_PROPERTIES.find((property) => property.toLowerCase() === name.toLowerCase());
}

export class ReferenceResolver {
  private readonly site: Site;
  private readonly itemsById = new Map<string, Map<number, ItemRecord | undefined>>();

  constructor(site: Site) {
    this.site = site;
  }

  targetList(field: FieldRecord): ListRecord | undefined {
    return field.lookupListId ? this.site.store.lists.byId(field.lookupListId) : undefined;
  }

  targetFields(field: FieldRecord): readonly FieldRecord[] {
    return this.site.store.fields.of(field.lookupListId ?? '');
  }

  /** The field of a lookup's target list a projection names, e.g. Title in Parent/Title. */
  targetField(field: FieldRecord, name: string): FieldRecord | undefined {
    return findField(this.targetFields(field), name);
  }

  targetItem(field: FieldRecord, id: number): ItemRecord | undefined {
    const listId = field.lookupListId ?? '';
    let items = this.itemsById.get(listId);
    if (!items) {
      items = new Map();
      this.itemsById.set(listId, items);
    }
    if (!items.has(id)) items.set(id, this.site.store.items.get(listId, id));
    return items.get(id);
  }

  principal(id: number): Principal | undefined {
    return principalById(id);
  }
}
