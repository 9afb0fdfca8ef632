import { SPFI } from '@pnp/sp';
import { Period } from '../../domain/period';
import { StaircaseAssessment } from '../../domain/staircase';
import { Tick } from '../../domain/checklist';
import { translated } from '../translateErrors';
import { ASSESSMENT_QUERY, readAssessment } from '../mapping/assessments';
import { readRows, RowQuery, SpRow } from '../mapping/rowReader';
import { readTick, TICK_QUERY } from '../mapping/ticks';
import { readWholeList } from '../queries';
import { ListKey } from '../schema';
import { FollowUpRepository, Loaded } from '../../app/contracts';

/**
 * Some periods' rows for the whole city. One period holds more than 5,000 ticks, so SharePoint refuses a
 * query by period; asking unit by unit would cost a query per unit, and the city has thousands of teams.
 * Instead the list is walked in ID order, all pages at once (see readWholeList): two requests however
 * many units there are, and the rows of other periods are left aside here. The price is reading the
 * list's history too, which stays modest for a yearly follow-up (about 100,000 rows in a few years).
 */
async function readPeriods(sp: SPFI, list: ListKey, query: RowQuery, periods: readonly Period[]): Promise<SpRow[]> {
  // A period written as text by hand still counts as that period, so the row is reported rather than lost.
  return (await readWholeList(sp, list, query)).filter((row) => periods.includes(Number(row.Period)));
}

export class SpFollowUpRepository implements FollowUpRepository {
  public constructor(private readonly sp: SPFI) {}

  public ticksForPeriods(periods: readonly Period[]): Promise<Loaded<Tick[]>> {
    return translated(async () => readRows(await readPeriods(this.sp, 'checklistTicks', TICK_QUERY, periods), readTick));
  }

  public assessmentsForPeriods(periods: readonly Period[]): Promise<Loaded<StaircaseAssessment[]>> {
    return translated(async () => readRows(await readPeriods(this.sp, 'staircaseAssessments', ASSESSMENT_QUERY, periods), readAssessment));
  }
}
