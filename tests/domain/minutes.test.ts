import { assignmentChangesSince, changesBetween, meetingKeyOf, parseChanges, parseParticipants, participantsOf, validateParticipantName } from '../../src/domain/minutes';

const title = (itemId: number): string => `Punkt ${itemId}`;
const AT = '2025-05-20T08:10:00.000Z';

describe('meeting minutes', () => {
  it('notes a tick, an untick and a changed comment, each by who SharePoint says made it, and nothing for an unchanged item', () => {
    const before = new Map([
      [1, { done: false, comment: '' }],
      [2, { done: true, comment: 'Gammal' }],
      [3, { done: true, comment: '' }]
    ]);
    const after = new Map([
      [1, { done: true, comment: '', planId: 9, doneBy: { id: 5, name: 'Ali Hassan' } }],
      [2, { done: false, comment: 'Ny', planId: 9, doneBy: { id: 6, name: 'Sara Nilsson' } }],
      [3, { done: true, comment: '', planId: 9, doneBy: { id: 5, name: 'Ali Hassan' } }],
      // A row this client had not seen: a first tick.
      [4, { done: true, comment: '', planId: 9 }]
    ]);
    expect(changesBetween(before, after, title, AT)).toEqual([
      { at: AT, planId: 9, itemId: 1, item: 'Punkt 1', by: 'Ali Hassan', kind: 'ticked' },
      { at: AT, planId: 9, itemId: 2, item: 'Punkt 2', by: 'Sara Nilsson', kind: 'unticked' },
      { at: AT, planId: 9, itemId: 2, item: 'Punkt 2', by: 'Sara Nilsson', kind: 'commented', value: 'Ny' },
      { at: AT, planId: 9, itemId: 4, item: 'Punkt 4', by: undefined, kind: 'ticked' }
    ]);
  });

  it('takes owner and due-date changes since the start from the version history, not evidence and not earlier ones', () => {
    const history = [
      { version: '3.0', at: '2025-05-20T08:20:00.000Z', by: { id: 5, name: 'Ali Hassan' }, changes: [{ field: 'dueDate' as const, before: '2025-06-01', after: undefined }] },
      {
        version: '2.0',
        at: '2025-05-20T08:15:00.000Z',
        by: { id: 6, name: 'Sara Nilsson' },
        changes: [
          { field: 'owner' as const, before: undefined, after: 'Johan Berg' },
          { field: 'evidence' as const, before: undefined, after: 'Protokoll' }
        ]
      },
      { version: '1.0', at: '2025-05-19T10:00:00.000Z', by: { id: 6, name: 'Sara Nilsson' }, changes: [{ field: 'dueDate' as const, after: '2025-06-01' }] }
    ];
    expect(assignmentChangesSince({ itemId: 7, planId: 9 }, history, title, '2025-05-20T08:00:00.000Z')).toEqual([
      { at: '2025-05-20T08:15:00.000Z', planId: 9, itemId: 7, item: 'Punkt 7', kind: 'ownerChanged', by: 'Sara Nilsson', value: 'Johan Berg' },
      { at: '2025-05-20T08:20:00.000Z', planId: 9, itemId: 7, item: 'Punkt 7', kind: 'dueChanged', by: 'Ali Hassan', value: undefined }
    ]);
  });

  it('lists those present by name, then the added names, each person once whatever the case or spaces', () => {
    const seen = (id: number, name: string) => ({ unitId: 1, meetingKey: 'm', person: { id, name }, seenAt: AT });
    expect(participantsOf([seen(2, 'Sara Nilsson'), seen(1, 'Ali Hassan')], [' Kim Gäst ', 'sara nilsson', ''])).toEqual([
      { name: 'Ali Hassan', source: 'present' },
      { name: 'Sara Nilsson', source: 'present' },
      { name: 'Kim Gäst', source: 'added' }
    ]);
  });

  it('refuses a blank or overlong name to add', () => {
    expect(validateParticipantName('  ')).toEqual([{ field: 'participant', code: 'required' }]);
    expect(validateParticipantName('x'.repeat(101))).toEqual([{ field: 'participant', code: 'tooLong', params: { max: 100 } }]);
    expect(validateParticipantName('Kim')).toEqual([]);
  });

  it('reads back only the JSON the app writes', () => {
    expect(parseParticipants('[{"name":"Kim","source":"added"}]')).toEqual([{ name: 'Kim', source: 'added' }]);
    expect(parseParticipants('')).toEqual([]);
    expect(parseParticipants('[{"name":"Kim","source":"boss"}]')).toBeUndefined();
    expect(parseChanges('inte json')).toBeUndefined();
    expect(parseChanges('[{"at":"x","planId":1,"itemId":2,"item":"P","kind":"deleted"}]')).toBeUndefined();
  });

  it('keys a meeting by Teams’ meeting id, or without one by the day in Stockholm', () => {
    expect(meetingKeyOf({ id: 'MCMxOTp' }, new Date(AT))).toBe('MCMxOTp');
    // 23:30 UTC on 31 December is already New Year's Day in Stockholm.
    expect(meetingKeyOf(undefined, new Date('2025-12-31T23:30:00Z'))).toBe('day-2026-01-01');
  });
});
