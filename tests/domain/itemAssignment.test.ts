import {
  AssignmentVersion,
  countOverdue,
  emptyAssignment,
  evidenceFromText,
  evidenceLinkIssue,
  evidenceToText,
  historyOf,
  isDueThisMonth,
  isOverdue,
  isPastDate,
  ItemAssignment,
  matchesFilter,
  validateAssignment
} from '../../src/domain/itemAssignment';

const TODAY = '2025-06-12';
const withDue = (dueDate: string | undefined, ownerId?: number): ItemAssignment => ({
  ...emptyAssignment(1, 2, 3, 2025),
  dueDate,
  owner: ownerId === undefined ? undefined : { id: ownerId, name: `P${ownerId}` }
});

describe('evidence links', () => {
  it('round-trip through the stored text, a title only where it differs from the address', () => {
    const links = [
      { url: 'https://a.example/x', title: 'Protokoll' },
      { url: 'https://b.example/y', title: 'https://b.example/y' }
    ];
    expect(evidenceToText(links)).toBe('https://a.example/x\tProtokoll\nhttps://b.example/y');
    expect(evidenceFromText(evidenceToText(links))).toEqual(links);
    expect(evidenceFromText('')).toEqual([]);
  });

  it('refuse what is not a web address, and unsafe schemes', () => {
    expect(evidenceLinkIssue('https://intranat.stockholm.se/a')).toBeUndefined();
    expect(evidenceLinkIssue('intranat/a')).toEqual({ field: 'evidenceUrl', code: 'notAUrl' });
    expect(evidenceLinkIssue('javascript:alert(1)')).toEqual({ field: 'evidenceUrl', code: 'unsafeUrl' });
    expect(evidenceLinkIssue('  ')).toEqual({ field: 'evidenceUrl', code: 'required' });
  });
});

describe('due dates', () => {
  it('a past date is allowed by validation but recognised as past', () => {
    expect(validateAssignment(withDue('2020-01-01'))).toEqual([]);
    expect(isPastDate('2020-01-01', TODAY)).toBe(true);
    expect(isPastDate(TODAY, TODAY)).toBe(false);
    expect(validateAssignment(withDue('2025-02-30'))).toEqual([{ field: 'dueDate', code: 'notADate' }]);
  });

  it('overdue is a past due date on an item not done; due this month is the calendar month', () => {
    expect(isOverdue(withDue('2025-06-11'), false, TODAY)).toBe(true);
    expect(isOverdue(withDue('2025-06-11'), true, TODAY)).toBe(false);
    expect(isOverdue(withDue(TODAY), false, TODAY)).toBe(false);
    expect(isOverdue(undefined, false, TODAY)).toBe(false);
    expect([isDueThisMonth(withDue('2025-06-30'), TODAY), isDueThisMonth(withDue('2025-06-01'), TODAY), isDueThisMonth(withDue('2025-07-01'), TODAY)]).toEqual([true, true, false]);
    expect(countOverdue([withDue('2025-01-01'), withDue('2025-05-01'), withDue('2025-12-01')], (a) => a.dueDate === '2025-05-01', TODAY)).toBe(1);
  });

  it('filters: mine by owner, overdue, due this month', () => {
    const context = { personId: 7, today: TODAY };
    expect(matchesFilter('mine', withDue(undefined, 7), false, context)).toBe(true);
    expect(matchesFilter('mine', withDue(undefined, 8), false, context)).toBe(false);
    expect(matchesFilter('mine', undefined, false, { today: TODAY })).toBe(false);
    expect(matchesFilter('overdue', withDue('2025-06-01'), false, context)).toBe(true);
    expect(matchesFilter('dueThisMonth', withDue('2025-06-01'), true, context)).toBe(true);
    expect(matchesFilter('all', undefined, false, context)).toBe(true);
  });
});

describe('history from versions', () => {
  it('lists what each version changed, newest first, skipping versions that changed none of it', () => {
    const person = { id: 1, name: 'Johan Berg' };
    const versions: AssignmentVersion[] = [
      { version: '3.0', at: '2025-03-03T10:00:00Z', by: person, owner: person, dueDate: '2025-04-01', evidence: [{ url: 'https://x', title: 'X' }] },
      { version: '1.0', at: '2025-03-01T10:00:00Z', by: person, evidence: [] },
      { version: '2.0', at: '2025-03-02T10:00:00Z', by: person, owner: person, dueDate: '2025-04-01', evidence: [] },
      { version: '10.0', at: '2025-03-04T10:00:00Z', by: person, owner: person, dueDate: '2025-04-01', evidence: [{ url: 'https://x', title: 'X' }] }
    ];
    expect(historyOf(versions)).toEqual([
      { version: '3.0', at: '2025-03-03T10:00:00Z', by: person, changes: [{ field: 'evidence', before: undefined, after: 'X' }] },
      {
        version: '2.0',
        at: '2025-03-02T10:00:00Z',
        by: person,
        changes: [
          { field: 'owner', before: undefined, after: 'Johan Berg' },
          { field: 'dueDate', before: undefined, after: '2025-04-01' }
        ]
      }
    ]);
  });
});
