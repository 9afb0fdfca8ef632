import { MeetingMinutes, MeetingPresence, parseChanges, parseParticipants, presenceKey, validateMinutes } from '../../domain/minutes';
import type { Period } from '../../domain/period';
import { LISTS } from '../schema';
import { Mapped, RowQuery, RowReader, SpFields, SpRow } from './rowReader';

const COLUMNS = {
  key: 'Title',
  unitId: 'Unit',
  period: 'Period',
  startedAt: 'MeetingStart',
  endedAt: 'MeetingEnd',
  participants: 'Participants',
  participant: 'Participants',
  changes: 'MinutesChanges'
};

/** Who saved the minutes, and who was present, is the row's Author: SharePoint sets it, the client never does. */
export const MINUTES_QUERY: RowQuery = {
  select: [
    'Id',
    'Title',
    'UnitId',
    'Period',
    'EntryKind',
    'MeetingKey',
    'MeetingLink',
    'MeetingStart',
    'MeetingEnd',
    'Participants',
    'MinutesChanges',
    'Modified',
    'Author/Id',
    'Author/Title',
    'Author/EMail'
  ],
  expand: ['Author']
};

export function readMinutes(row: SpRow): Mapped<MeetingMinutes> {
  const r = new RowReader(row, LISTS.meetingMinutes);
  const participantsText = r.text('Participants') ?? '';
  const changesText = r.text('MinutesChanges') ?? '';
  const participants = parseParticipants(participantsText);
  const changes = parseChanges(changesText);
  const meetingId = r.text('MeetingKey');
  const link = r.url('MeetingLink');
  const minutes: MeetingMinutes = {
    id: r.id,
    key: r.text('Title') ?? '',
    unitId: r.lookupId('Unit') ?? 0,
    period: r.number('Period') ?? 0,
    startedAt: r.date('MeetingStart') ?? '',
    endedAt: r.date('MeetingEnd') ?? '',
    meeting: meetingId || link ? { id: meetingId, link } : undefined,
    participants: participants ?? [],
    changes: changes ?? [],
    savedBy: r.person('Author'),
    etag: r.etag
  };
  const issues = validateMinutes(minutes);
  if (participants === undefined) issues.push({ field: 'participants', code: 'wrongType' });
  if (changes === undefined) issues.push({ field: 'changes', code: 'wrongType' });
  return r.result(minutes, issues, COLUMNS);
}

export function readPresence(row: SpRow): Mapped<MeetingPresence> {
  const r = new RowReader(row, LISTS.meetingMinutes);
  const person = r.person('Author');
  const presence: MeetingPresence = {
    id: r.id,
    unitId: r.lookupId('Unit') ?? 0,
    meetingKey: r.text('MeetingKey') ?? '',
    person: person ?? { id: 0, name: '' },
    seenAt: r.date('Modified') ?? ''
  };
  const key = r.text('Title');
  const expected = presenceKey(presence.unitId, presence.meetingKey, presence.person.id);
  // A row whose key names someone else than its author (typed by hand) says nothing about who was there.
  const issues = key === expected ? [] : [{ field: 'Title', code: 'keyMismatch' as const, params: { value: key ?? '', expected } }];
  return r.result(presence, issues, {});
}

export function newMinutesFields(minutes: MeetingMinutes): SpFields {
  return { Title: minutes.key, UnitId: minutes.unitId, Period: minutes.period, EntryKind: 'minutes', ...minutesChangeFields(minutes) };
}

/** What saving again changes: everything but the key, the unit and the period. */
export function minutesChangeFields(minutes: MeetingMinutes): SpFields {
  const link = minutes.meeting?.link;
  return {
    MeetingKey: minutes.meeting?.id ?? null,
    MeetingLink: link ? { Url: link, Description: link } : null,
    MeetingStart: minutes.startedAt,
    MeetingEnd: minutes.endedAt,
    Participants: JSON.stringify(minutes.participants),
    MinutesChanges: JSON.stringify(minutes.changes)
  };
}

export function presenceFields(unitId: number, period: Period, meetingKey: string, personId: number): SpFields {
  return { Title: presenceKey(unitId, meetingKey, personId), UnitId: unitId, Period: period, EntryKind: 'presence', MeetingKey: meetingKey };
}
