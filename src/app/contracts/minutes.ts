import type { MeetingMinutes, MeetingPresence } from '../../domain/minutes';
import type { Period } from '../../domain/period';
import type { Loaded } from './rows';

/** A unit's meeting minutes and who had its checklist open in a meeting: rows in the unit's folder, so SharePoint refuses anyone else. */
export interface MinutesRepository {
  /** Says the current person has the unit's checklist open in the meeting; opening again only refreshes when. */
  notePresence(unitId: number, period: Period, meetingKey: string): Promise<void>;
  /** Everyone who said so for this unit and meeting. */
  presence(unitId: number, meetingKey: string): Promise<MeetingPresence[]>;
  /** Saves the minutes; saving the same recording again replaces what it said. */
  save(minutes: MeetingMinutes): Promise<MeetingMinutes>;
  /** The unit's saved minutes, newest meeting first. */
  forUnit(unitId: number): Promise<Loaded<MeetingMinutes[]>>;
}
