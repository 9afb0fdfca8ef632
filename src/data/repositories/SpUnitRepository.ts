import { SPFI } from '@pnp/sp';
import { Unit, validateUnit } from '../../domain/unit';
import { translated } from '../translateErrors';
import { readRows, SpRow } from '../mapping/rowReader';
import { readUnit, UNIT_QUERY, unitFields } from '../mapping/units';
import { odataText, readAll, rowsOf } from '../queries';
import { Loaded, UnitRepository } from '../../app/contracts';
import { syncUnitFolders } from '../rights/unitRights';
import { ListRows } from './listRows';
import { saveRow } from './saveRow';

export class SpUnitRepository implements UnitRepository {
  private readonly rows: ListRows<Unit>;

  public constructor(private readonly sp: SPFI) {
    this.rows = new ListRows(sp, 'units', UNIT_QUERY, readUnit);
  }

  /** Every unit, in pages; a unit whose parent is missing or that would sit under itself is reported. */
  public list(): Promise<Loaded<Unit[]>> {
    return translated(async () => {
      const rows = await readAll(this.sp, 'units', UNIT_QUERY);
      // Parents are checked against every unit that could be read at all, so one bad row does not take its subtree along.
      const readable = new Map(readRows(rows, (row) => readUnit(row)).value.map((unit) => [unit.id, unit]));
      return readRows(rows, (row) => readUnit(row, readable));
    });
  }

  public forTeamsGroup(groupId: string): Promise<Unit | undefined> {
    return translated(async () => {
      const [row] = (await rowsOf(this.sp, 'units', UNIT_QUERY, `TeamsGroupId eq ${odataText(groupId.toLowerCase())}`).top(1)()) as SpRow[];
      const mapped = row === undefined ? undefined : readUnit(row);
      return mapped?.ok ? mapped.value : undefined;
    });
  }

  /** The units a person works in. A people column cannot be indexed, so this reads the units list (paged) and picks. */
  public ofMember(userId: number): Promise<Unit[]> {
    return translated(async () => (await this.list()).value.filter((unit) => unit.memberIds.includes(userId)));
  }

  /**
   * Saves a unit and brings its folders in every per-unit list into line with its people, in the same
   * operation: a new unit gets its folders, a changed record its rights.
   */
  public save(unit: Unit): Promise<Unit> {
    return translated(async () => {
      const saved = { ...unit, ...(await saveRow(this.rows, unit, validateUnit(unit), unitFields(unit))) };
      await syncUnitFolders(this.sp, [saved]);
      return saved;
    });
  }
}
