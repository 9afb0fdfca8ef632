import type { Tick } from './checklist';
import type { AssignmentHistoryEntry, ItemAssignment } from './itemAssignment';
import type { Period } from './period';
import type { Person } from './person';
import { MAX_TEXT_LENGTH, ValidationIssue } from './validation';

/**
 * Meeting minutes (mötesanteckningar): what a unit changed in its checklists during one meeting, and who
 * took part. A client that shows the checklist in a meeting notes each change it sees SharePoint confirm
 * (its own and, through the live updates, everyone else's); the person who saves adds the names of people
 * who took part without the app open.
 */

export type MinutesChangeKind = 'ticked' | 'unticked' | 'commented' | 'ownerChanged' | 'dueChanged';

export const MINUTES_CHANGE_KINDS: readonly MinutesChangeKind[] = ['ticked', 'unticked', 'commented', 'ownerChanged', 'dueChanged'];

export interface MinutesChange {
  /** When the client saw SharePoint's confirmed change (ISO). */
  at: string;
  planId: number;
  itemId: number;
  /** The item as the minutes' reader will see it: its title when the change was noted. */
  item: string;
  kind: MinutesChangeKind;
  /** Who made the change, as SharePoint recorded it (the row's Modified By). */
  by?: string;
  /** The new comment, owner's name or due date (yyyy-mm-dd); absent when the owner or due date was taken away. */
  value?: string;
}

export interface MinutesParticipant {
  name: string;
  /** `present`: had the checklist open in the meeting (a presence row SharePoint wrote as them); `added`: named by the person saving. */
  source: 'present' | 'added';
}

/** The Teams meeting the minutes belong to, when Teams said which. */
export interface MeetingRef {
  /** Teams' meeting id. */
  id?: string;
  /** The meeting's chat, as a Teams link: opens the meeting (its chat, recap and recording) in Teams. */
  link?: string;
}

export interface MeetingMinutes {
  id?: number;
  /** Unique per recording, so that saving twice (a lost answer, a second press) keeps one row. */
  key: string;
  unitId: number;
  period: Period;
  startedAt: string;
  endedAt: string;
  meeting?: MeetingRef;
  participants: MinutesParticipant[];
  changes: MinutesChange[];
  /** Who saved them: the row's author, which SharePoint sets. */
  savedBy?: Person;
  etag?: string;
}

/** One person who had a unit's checklist open in a meeting: SharePoint records who (the row's author) and when. */
export interface MeetingPresence {
  id?: number;
  unitId: number;
  meetingKey: string;
  person: Person;
  seenAt: string;
}

/** Longest name the person saving may add. */
export const MAX_PARTICIPANT_NAME = 100;

export function minutesKey(unitId: number, recordingId: string): string {
  return `${unitId}:minutes:${recordingId}`;
}

/** One row per person, unit and meeting: a client that opens again (another tab, a reload) writes the same row. */
export function presenceKey(unitId: number, meetingKey: string, personId: number): string {
  return `${unitId}:presence:${meetingKey}:${personId}`;
}

/**
 * Which meeting a presence belongs to: Teams' meeting id, or (no Teams meeting: meeting mode on a page)
 * the day in Stockholm, so that people who ticked together today find each other.
 */
export function meetingKeyOf(meeting: MeetingRef | undefined, now: Date): string {
  if (meeting?.id) return meeting.id.slice(0, 200);
  return `day-${now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' })}`;
}

/**
 * What changed between two confirmed states of a checklist. `before` and `after` hold the ticks by item
 * id; an item missing from `before` was not done and had no comment. Ticks the person's own client has
 * not had confirmed yet are left out by the caller, so the minutes hold only what SharePoint stored.
 */
export function changesBetween(
  before: ReadonlyMap<number, Pick<Tick, 'done' | 'comment'>>,
  after: ReadonlyMap<number, Pick<Tick, 'done' | 'comment' | 'doneBy' | 'planId'>>,
  itemTitle: (itemId: number) => string,
  at: string
): MinutesChange[] {
  const changes: MinutesChange[] = [];
  for (const [itemId, tick] of after) {
    const earlier = before.get(itemId);
    const base = { at, planId: tick.planId, itemId, item: itemTitle(itemId), by: tick.doneBy?.name };
    if ((earlier?.done ?? false) !== tick.done) changes.push({ ...base, kind: tick.done ? 'ticked' : 'unticked' });
    if ((earlier?.comment ?? '') !== tick.comment) changes.push({ ...base, kind: 'commented', value: tick.comment });
  }
  return changes;
}

/**
 * The owner and due-date changes made to one item's assignment since the meeting began, from SharePoint's
 * version history (who saved each version and when): exact, whoever made them and whatever the saver's app saw.
 */
export function assignmentChangesSince(
  assignment: Pick<ItemAssignment, 'itemId' | 'planId'>,
  history: readonly AssignmentHistoryEntry[],
  itemTitle: (itemId: number) => string,
  since: string
): MinutesChange[] {
  const changes: MinutesChange[] = [];
  // Oldest version first: two saves within one second (SharePoint's Modified resolution) keep their order.
  const oldestFirst = history.filter((candidate) => candidate.at >= since).sort((a, b) => Number.parseFloat(a.version) - Number.parseFloat(b.version));
  for (const entry of oldestFirst) {
    for (const change of entry.changes) {
      if (change.field === 'evidence') continue;
      changes.push({
        at: entry.at,
        planId: assignment.planId,
        itemId: assignment.itemId,
        item: itemTitle(assignment.itemId),
        kind: change.field === 'owner' ? 'ownerChanged' : 'dueChanged',
        by: entry.by?.name,
        value: change.after
      });
    }
  }
  return changes;
}

/** The minutes' participants: everyone present once, by name, then the added names not already there, in the order given. */
export function participantsOf(present: readonly MeetingPresence[], added: readonly string[]): MinutesParticipant[] {
  const seen = new Set<string>();
  const participants: MinutesParticipant[] = [];
  const take = (name: string, source: MinutesParticipant['source']): void => {
    const trimmed = name.trim();
    const folded = trimmed.toLocaleLowerCase('sv');
    if (trimmed === '' || seen.has(folded)) return;
    seen.add(folded);
    participants.push({ name: trimmed, source });
  };
  [...present].sort((a, b) => a.person.name.localeCompare(b.person.name, 'sv')).forEach((presence) => take(presence.person.name, 'present'));
  added.forEach((name) => take(name, 'added'));
  return participants;
}

/** A name the person saving wants to add: required and of a sensible length. */
export function validateParticipantName(name: string): ValidationIssue[] {
  const trimmed = name.trim();
  if (trimmed === '') return [{ field: 'participant', code: 'required' }];
  if (trimmed.length > MAX_PARTICIPANT_NAME) return [{ field: 'participant', code: 'tooLong', params: { max: MAX_PARTICIPANT_NAME } }];
  return [];
}

function isChange(value: unknown): value is MinutesChange {
  if (typeof value !== 'object' || value === null) return false;
  const change = value as Record<string, unknown>;
  return (
    typeof change.at === 'string' &&
    Number.isInteger(change.planId) &&
    Number.isInteger(change.itemId) &&
    typeof change.item === 'string' &&
    MINUTES_CHANGE_KINDS.includes(change.kind as MinutesChangeKind) &&
    (change.by === undefined || typeof change.by === 'string') &&
    (change.value === undefined || typeof change.value === 'string')
  );
}

function isParticipant(value: unknown): value is MinutesParticipant {
  if (typeof value !== 'object' || value === null) return false;
  const participant = value as Record<string, unknown>;
  return typeof participant.name === 'string' && (participant.source === 'present' || participant.source === 'added');
}

/** The changes or participants a row holds as JSON; undefined when the text is not what the app writes (edited by hand). */
export function parseChanges(text: string): MinutesChange[] | undefined {
  return parseArray(text, isChange);
}

export function parseParticipants(text: string): MinutesParticipant[] | undefined {
  return parseArray(text, isParticipant);
}

function parseArray<T>(text: string, isItem: (value: unknown) => value is T): T[] | undefined {
  try {
    const parsed: unknown = JSON.parse(text === '' ? '[]' : text);
    return Array.isArray(parsed) && parsed.every(isItem) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export function validateMinutes(minutes: MeetingMinutes): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const expectedPrefix = `${minutes.unitId}:minutes:`;
  if (!minutes.key.startsWith(expectedPrefix) || minutes.key.length > MAX_TEXT_LENGTH) {
    issues.push({ field: 'key', code: 'keyMismatch', params: { value: minutes.key, expected: `${expectedPrefix}…` } });
  }
  if (!Number.isInteger(minutes.unitId) || minutes.unitId <= 0) issues.push({ field: 'unitId', code: 'required' });
  if (Number.isNaN(Date.parse(minutes.startedAt))) issues.push({ field: 'startedAt', code: 'notADate' });
  if (Number.isNaN(Date.parse(minutes.endedAt))) issues.push({ field: 'endedAt', code: 'notADate' });
  for (const participant of minutes.participants) issues.push(...validateParticipantName(participant.name));
  return issues;
}
