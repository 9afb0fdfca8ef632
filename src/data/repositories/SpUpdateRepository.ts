import { SPFI } from '@pnp/sp';
import { IItems } from '@pnp/sp/items';
import { isVisible, sortForStaff, Update, validateUpdate } from '../../domain/update';
import { translated } from '../translateErrors';
import { readRows, RowQuery, SpRow } from '../mapping/rowReader';
import { readUpdate, UPDATE_QUERY, updateFields } from '../mapping/updates';
import { listOf, readAll, rowsOf } from '../queries';
import { Loaded, UpdateRepository } from '../../app/contracts';
import { ListRows } from './listRows';
import { saveRow } from './saveRow';

/**
 * Staff see updates from the newest rows: the last 200 by id, in id order (always within the
 * threshold), then the domain's own rules for what is visible and in which order. News is a small
 * list; an update older than the 200 newest no longer reaches the staff view, pinned or not.
 */
const RECENT_UPDATE_ROWS = 200;

/** The newest rows; `query` may select less than a whole update where a reader needs less (the card reads no bodies). */
export function recentUpdateRows(sp: SPFI, query: RowQuery = UPDATE_QUERY): IItems {
  return rowsOf(sp, 'updates', query).orderBy('Id', false).top(RECENT_UPDATE_ROWS);
}

/** The updates staff see now, from the newest rows, in the order they read them. */
export function recentUpdates(rows: readonly SpRow[], now: Date, limit: number): Loaded<Update[]> {
  const updates = readRows(rows, readUpdate);
  return { value: sortForStaff(updates.value.filter((u) => isVisible(u, now))).slice(0, limit), problems: updates.problems };
}

export class SpUpdateRepository implements UpdateRepository {
  private readonly rows: ListRows<Update>;

  public constructor(private readonly sp: SPFI) {
    this.rows = new ListRows(sp, 'updates', UPDATE_QUERY, readUpdate);
  }

  public published(now: Date, limit: number = RECENT_UPDATE_ROWS): Promise<Loaded<Update[]>> {
    return translated(async () => recentUpdates((await recentUpdateRows(this.sp)()) as SpRow[], now, limit));
  }

  public all(): Promise<Loaded<Update[]>> {
    return translated(async () => {
      const updates = readRows(await readAll(this.sp, 'updates', UPDATE_QUERY), readUpdate);
      return { value: sortForStaff(updates.value), problems: updates.problems };
    });
  }

  public save(update: Update): Promise<Update> {
    return translated(async () => ({ ...update, ...(await saveRow(this.rows, update, validateUpdate(update), updateFields(update))) }));
  }

  /** To the site's recycle bin rather than gone: an editor can restore an update removed by mistake. */
  public remove(id: number): Promise<void> {
    return translated(async () => {
      await listOf(this.sp, 'updates').items.getById(id).recycle();
    });
  }
}
