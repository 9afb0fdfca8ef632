import { SPFI } from '@pnp/sp';
import { Unit, validateUnit } from '../../domain/unit';
import { translated } from '../translateErrors';
import { SpRow } from '../mapping/rowReader';
import { readUnit, readUnits, UNIT_QUERY, unitFields } from '../mapping/units';
import { odataText, readAll, rowsOf } from '../queries';
import { Loaded, UnitRepository } from '../../app/contracts';
import { loadUnitRights } from '../rights/loadUnitRights';
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
      return readUnits(await readAll(this.sp, 'units', UNIT_QUERY));
    });
  }

  public forTeamsGroup(groupId: string): Promise<Unit | undefined> {
    return translated(async () => {
      const [row] = (await rowsOf(this.sp, 'units', UNIT_QUERY, `TeamsGroupId eq ${odataText(groupId.toLowerCase())}`).top(1)()) as SpRow[];
      const mapped = row === undefined ? undefined : readUnit(row);
      return mapped?.ok ? mapped.value : undefined;
    });
  }

  /**
   * Saves a unit and brings its folders in every per-unit list into line with its people, in the same
   * operation: a new unit gets its folders, a changed record its rights.
   */
  public save(unit: Unit): Promise<Unit> {
    return translated(async () => {
      const saved = { ...unit, ...(await saveRow(this.rows, unit, validateUnit(unit), unitFields(unit))) };
      const { syncUnitFolders } = await loadUnitRights();
      await syncUnitFolders(this.sp, [saved]);
      return saved;
    });
  }
}
