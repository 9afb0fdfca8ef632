import { SPFI } from '@pnp/sp';
import { MeetingMinutes, MeetingPresence, validateMinutes } from '../../domain/minutes';
import type { Period } from '../../domain/period';
import type { Person } from '../../domain/person';
import { Loaded, MinutesRepository, NotFoundError, ValidationError } from '../../app/contracts';
import { MINUTES_QUERY, minutesChangeFields, newMinutesFields, presenceFields, readMinutes, readPresence } from '../mapping/minutes';
import { readRows, SpRow } from '../mapping/rowReader';
import { odataText, readAll } from '../queries';
import { unitFolderPath } from '../rights/unitFolders';
import { translated } from '../translateErrors';
import { ListRows } from './listRows';

/** A unit's saved minutes (not the presence rows beside them); the start's batch asks the same. */
export function savedMinutesFilter(unitId: number): string {
  return `UnitId eq ${unitId} and EntryKind eq 'minutes'`;
}

/** Newest meeting first. */
export function savedMinutesOf(rows: SpRow[]): Loaded<MeetingMinutes[]> {
  const loaded = readRows(rows, readMinutes);
  return { ...loaded, value: loaded.value.sort((a, b) => b.startedAt.localeCompare(a.startedAt)) };
}

/** Minutes and presence rows share the unit's folder in one list; the indexed Unit column narrows every read first. */
export class SpMinutesRepository implements MinutesRepository {
  private readonly minutes: ListRows<MeetingMinutes>;
  private readonly presences: ListRows<MeetingPresence>;

  public constructor(
    private readonly sp: SPFI,
    private readonly currentUser: () => Promise<Person>
  ) {
    this.minutes = new ListRows(sp, 'meetingMinutes', MINUTES_QUERY, readMinutes);
    this.presences = new ListRows(sp, 'meetingMinutes', MINUTES_QUERY, readPresence);
  }

  public notePresence(unitId: number, period: Period, meetingKey: string): Promise<void> {
    return translated(async () => {
      const person = await this.currentUser();
      const fields = presenceFields(unitId, period, meetingKey, person.id);
      const outcome = await this.presences.createKeyed(fields, { folderPath: unitFolderPath(this.sp, 'meetingMinutes', unitId) });
      if ('created' in outcome) return;
      // Opened again: writing the row again moves its Modified, so the presence is this meeting's.
      const { id } = outcome.existing;
      if (id !== undefined) await this.presences.merge({ id }, { MeetingKey: meetingKey });
    });
  }

  public presence(unitId: number, meetingKey: string): Promise<MeetingPresence[]> {
    return translated(async () => {
      const filter = `UnitId eq ${unitId} and EntryKind eq 'presence' and MeetingKey eq ${odataText(meetingKey)}`;
      return readRows(await readAll(this.sp, 'meetingMinutes', MINUTES_QUERY, filter), readPresence).value;
    });
  }

  public save(minutes: MeetingMinutes): Promise<MeetingMinutes> {
    return translated(async () => {
      const issues = validateMinutes(minutes);
      if (issues.length > 0) throw new ValidationError(issues);
      const outcome = await this.minutes.createKeyed(newMinutesFields(minutes), { folderPath: unitFolderPath(this.sp, 'meetingMinutes', minutes.unitId) });
      if ('created' in outcome) return { ...minutes, ...outcome.created, savedBy: await this.currentUser() };
      // Saved before (the answer was lost, or the person saved again): the recording's row now says this.
      const existing = outcome.existing;
      if (existing.id === undefined) throw new NotFoundError();
      const merged = await this.minutes.merge({ id: existing.id }, minutesChangeFields(minutes));
      if (merged.kind === 'gone') throw new NotFoundError();
      return { ...minutes, id: existing.id, etag: merged.kind === 'saved' ? merged.etag : undefined, savedBy: existing.savedBy };
    });
  }

  public forUnit(unitId: number): Promise<Loaded<MeetingMinutes[]>> {
    return translated(async () => savedMinutesOf(await readAll(this.sp, 'meetingMinutes', MINUTES_QUERY, savedMinutesFilter(unitId))));
  }
}
