/**
 * The rows of one list, read through its mapper: added, changed with the row's etag so that a
 * concurrent change is noticed (412) rather than overwritten unseen, and, for lists whose Title is a
 * unique key (one row per unit × item × period), created with the key and found by it when a create
 * races another.
 */
import { SPFI } from '@pnp/sp';
import { httpStatusOf, isTransient } from '../../app/failures';
import { Mapped, RowQuery, SpFields, SpRow } from '../mapping/rowReader';
import { listOf, odataText } from '../queries';
import { ListKey } from '../schema';

/** A row as the writer needs it: where it is and which version it was. */
export interface RowVersion {
  id: number;
  etag?: string;
}

/** A short random pause so that writers who met each other's versions do not meet again in step. */
export function jitter(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * 50 * attempt));
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

  /** `via` is a batched SPFI when the write goes in a $batch with others; the rows' own SPFI otherwise. */
  public async add(fields: SpFields, via: SPFI = this.sp): Promise<RowVersion> {
    const row = (await listOf(via, this.list).items.add(fields)) as SpRow;
    const etag = row['odata.etag'];
    return { id: Number(row.Id ?? row.ID), etag: typeof etag === 'string' ? etag : undefined };
  }

  /**
   * Creates a row whose Title is its unique key. When SharePoint refuses (the key already taken by a
   * racing first write, or by our own earlier attempt whose answer was lost), the row that holds the
   * key is returned instead as `existing`, for the caller to change with its etag.
   */
  public async createKeyed(fields: SpFields, via: SPFI = this.sp): Promise<{ created: RowVersion } | { existing: T }> {
    try {
      return { created: await this.add(fields, via) };
    } catch (error) {
      // With no answer at all the row may or may not exist; the caller tries again later and lands here again.
      if (isTransient(error)) throw error;
      const existing = await this.findByKey(String(fields.Title));
      if (existing === undefined) throw error;
      return { existing };
    }
  }

  /** Changes the row if it is still at `version`; '*' when the version is not known. */
  public async merge(version: RowVersion, fields: SpFields, via: SPFI = this.sp): Promise<MergeOutcome> {
    try {
      const { etag } = (await listOf(via, this.list)
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
