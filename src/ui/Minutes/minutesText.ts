import type { MeetingMinutes, MinutesChange, MinutesParticipant } from '../../domain/minutes';
import type { Localization } from '../loc';

type Words = Pick<Localization, 'strings' | 'fill' | 'formatDateTime'>;

/** One change as the minutes say it. */
export function changeText(change: MinutesChange, { strings, fill }: Words): string {
  const values = { item: change.item, name: change.by ?? strings.minutesSomeone, comment: change.value ?? '', value: change.value ?? strings.minutesChangeNone };
  switch (change.kind) {
    case 'ticked':
      return fill(strings.minutesChangeTicked, values);
    case 'unticked':
      return fill(strings.minutesChangeUnticked, values);
    case 'commented':
      return fill(strings.minutesChangeCommented, values);
    case 'ownerChanged':
      return fill(strings.minutesChangeOwner, values);
    case 'dueChanged':
      return fill(strings.minutesChangeDue, values);
  }
}

export function participantText(participant: MinutesParticipant, { strings, fill }: Words): string {
  return participant.source === 'present' ? fill(strings.minutesParticipantPresent, { name: participant.name }) : participant.name;
}

/** The minutes as plain text: what the export writes, readable anywhere and printable as it is. */
export function minutesAsText(minutes: MeetingMinutes, unitName: string, words: Words): string {
  const { strings, fill, formatDateTime } = words;
  const lines = [
    `${strings.minutesTitle}: ${unitName}`,
    fill(strings.minutesMeetingAt, { date: `${formatDateTime(minutes.startedAt)} – ${formatDateTime(minutes.endedAt)}` })
  ];
  if (minutes.savedBy) lines.push(fill(strings.minutesSavedBy, { name: minutes.savedBy.name }));
  if (minutes.meeting?.link) lines.push(`${strings.minutesOpenMeeting}: ${minutes.meeting.link}`);
  lines.push('', `${strings.minutesParticipants}:`, ...minutes.participants.map((participant) => `- ${participantText(participant, words)}`));
  lines.push('', `${strings.minutesChanges}:`);
  lines.push(...(minutes.changes.length === 0 ? [strings.minutesNoChanges] : minutes.changes.map((change) => `- ${formatDateTime(change.at)} ${changeText(change, words)}`)));
  return `${lines.join('\r\n')}\r\n`;
}
