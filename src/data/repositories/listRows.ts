/**
 * The rows of one list, read through its mapper: added, changed with the row's etag so that a
 * concurrent change is noticed (412) rather than overwritten unseen, and, for lists whose Title is a
 * unique key (one row per unit × item × period), created with the key and found by it when a create
 * races another.
 */
import { SPFI } from '@pnp/sp';
import { httpStatusOf, isTransient } from '../../app/failures';
import { addedItemId, toFormValues } from '../mapping/formValues';
import { Mapped, RowQuery, SpFields, SpRow } from '../mapping/rowReader';
import { listOf, odataText } from '../queries';
import { ListKey, LISTS } from '../schema';

/** A row SharePoint has just created is at its first version, whose etag is "1". */
const FIRST_VERSION_ETAG = '"1"';

/** A row as the writer needs it: where it is and which version it was. */
export interface RowVersion {
  id: number;
  etag?: string;
}

export type MergeOutcome = { kind: 'saved'; etag?: string } | { kind: 'changed' } | { kind: 'gone' };

export class ListRows<T extends { id?: number; etag?: string }> {
  public constructor(
    private readonly sp: SPFI,
    private readonly list: ListKey,
    private readonly query: RowQuery,
    private readonly read: (row: SpRow) => Mapped<T>
  ) {}

  /** The row with this key, read through the key's index; undefined when there is none (or it cannot be read). */
  public async findByKey(key: string): Promise<T | undefined> {
    const [row] = (await listOf(this.sp, this.list)
      .items.select(...this.query.select)
      .expand(...this.query.expand)
      .filter(`Title eq ${odataText(key)}`)
      .top(1)()) as SpRow[];
    return row === undefined ? undefined : this.valueOf(row);
  }

  public async findById(id: number): Promise<T | undefined> {
    try {
      const row = (await listOf(this.sp, this.list)
        .items.getById(id)
        .select(...this.query.select)
        .expand(...this.query.expand)()) as SpRow;
      return this.valueOf(row);
    } catch (error) {
      if (httpStatusOf(error) === 404) return undefined;
      throw error;
    }
  }

  /**
   * Adds a row: at the list's root, or inside `folderPath` (a per-unit list's unit folder, where the
   * folder's permissions decide who may) through the form-value endpoint, the one that adds into a folder.
   */
  public async add(fields: SpFields, folderPath?: string): Promise<RowVersion> {
    if (folderPath !== undefined) {
      const result = await listOf(this.sp, this.list).addValidateUpdateItemUsingPath(toFormValues(LISTS[this.list], fields), folderPath);
      return { id: addedItemId(result), etag: FIRST_VERSION_ETAG };
    }
    const row = (await listOf(this.sp, this.list).items.add(fields)) as SpRow;
    const etag = row['odata.etag'];
    return { id: Number(row.Id ?? row.ID), etag: typeof etag === 'string' ? etag : undefined };
  }

  /**
   * Creates a row whose Title is its unique key. When SharePoint refuses (the key already taken by a
   * racing first write, or by our own earlier attempt whose answer was lost), the row that holds the
   * key is returned instead as `existing`, for the caller to change with its etag. A form-value add
   * reports the taken key as a refused field rather than an HTTP error; both lead here.
   */
  public async createKeyed(fields: SpFields, folderPath?: string): Promise<{ created: RowVersion } | { existing: T }> {
    try {
      return { created: await this.add(fields, folderPath) };
    } catch (error) {
      // With no answer at all the row may or may not exist; the caller tries again later and lands here again.
      if (isTransient(error)) throw error;
      const existing = await this.findByKey(String(fields.Title));
      if (existing === undefined) throw error;
      return { existing };
    }
  }

  /** Changes the row if it is still at `version`; '*' when the version is not known. */
  public async merge(version: RowVersion, fields: SpFields): Promise<MergeOutcome> {
    try {
      const { etag } = (await listOf(this.sp, this.list)
        .items.getById(version.id)
        .update(fields, version.etag ?? '*')) as { etag?: string };
      return { kind: 'saved', etag: etag ?? undefined };
    } catch (error) {
      const status = httpStatusOf(error);
      if (status === 412) return { kind: 'changed' };
      if (status === 404) return { kind: 'gone' };
      throw error;
    }
  }

  private valueOf(row: SpRow): T | undefined {
    const mapped = this.read(row);
    return mapped.ok ? mapped.value : undefined;
  }
}
