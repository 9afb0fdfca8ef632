import { readTick, newTickFields, tickChangeFields } from '../../src/data/mapping/ticks';
import { toFormValues } from '../../src/data/mapping/formValues';
import { LISTS } from '../../src/data/schema';
import { dateOnlyFromSharePoint, dateOnlyToSharePoint, readRows } from '../../src/data/mapping/rowReader';
import { readActionPlan } from '../../src/data/mapping/actionPlans';
import { readUnit } from '../../src/data/mapping/units';
import { LIST_TITLES } from '../../src/data/listTitles';
import { describeRowProblem } from '../../src/ui/shared/states';
import { localizationFor } from '../ui/loc/localizationFor';

const tickRow = (patch: Record<string, unknown> = {}): Record<string, unknown> => ({
  'odata.etag': '"2"',
  Id: 12,
  Title: '4:7:2025',
  UnitId: 4,
  ChecklistItemId: 7,
  ActionPlanId: 1,
  Period: 2025,
  Done: true,
  Editor: { Id: 8, Title: 'Maja Medlem', EMail: 'maja.medlem@example.org' },
  // The first version's column, which a client could set to anyone: never read as who ticked.
  DoneBy: { Id: 7, Title: 'Eva Redaktör', EMail: 'eva.redaktor@example.org' },
  DoneAt: '2025-05-01T10:00:00Z',
  TickComment: null,
  ...patch
});

describe('reading rows', () => {
  it('reads a tick with its etag and the person who ticked: the row’s Editor, which SharePoint sets', () => {
    expect(readTick(tickRow())).toEqual({
      ok: true,
      value: {
        id: 12,
        key: '4:7:2025',
        unitId: 4,
        itemId: 7,
        planId: 1,
        period: 2025,
        done: true,
        doneBy: { id: 8, name: 'Maja Medlem', email: 'maja.medlem@example.org' },
        doneAt: '2025-05-01T10:00:00Z',
        comment: '',
        etag: '"2"'
      }
    });
  });

  it('skips a row with a missing or mistyped field and says which column, keeping the others', () => {
    const loaded = readRows([tickRow(), tickRow({ Id: 13, UnitId: null, Period: '2025' }), tickRow({ Id: 14, Done: 'yes' })], readTick);
    expect(loaded.value.map((t) => t.id)).toEqual([12]);
    expect(loaded.problems).toEqual([
      {
        list: 'checklistTicks',
        itemId: 13,
        issues: [
          { field: 'Unit', code: 'required' },
          { field: 'Period', code: 'wrongType' }
        ]
      },
      { list: 'checklistTicks', itemId: 14, issues: [{ field: 'Done', code: 'wrongType' }] }
    ]);
    expect(describeRowProblem(loaded.problems[0], localizationFor('sv-SE'), LIST_TITLES)).toBe('MrChecklistTicks, rad 13: Fyll i ”Enhet”. Period har fel typ av värde.');
    expect(describeRowProblem(loaded.problems[1], localizationFor('en-GB'), LIST_TITLES)).toBe('MrChecklistTicks, item 14: Klar has the wrong kind of value.');
  });

  it('reports the domain rules by the column an editor would fix', () => {
    const mapped = readTick(tickRow({ Title: '4:7:2024' }));
    expect(mapped).toEqual({
      ok: false,
      problem: { list: 'checklistTicks', itemId: 12, issues: [{ field: 'Title', code: 'keyMismatch', params: { value: '4:7:2024', expected: '4:7:2025' } }] }
    });
  });

  it('gives an empty yes/no column the column default (a new checklist item is active)', () => {
    const unit = readUnit({ Id: 1, Title: 'Nämndkansliet', UnitType: 'team', ParentUnitId: null, TeamsGroupId: null, UnitMembersId: [8] });
    expect(unit).toEqual({ ok: true, value: { id: 1, name: 'Nämndkansliet', type: 'team', parentId: undefined, teamsGroupId: undefined, memberIds: [8], etag: undefined } });
  });

  it('turns SharePoint date-only values back into the calendar date in any site time zone', () => {
    expect(dateOnlyFromSharePoint('2025-02-28T23:00:00Z')).toBe('2025-03-01'); // Stockholm, winter
    expect(dateOnlyFromSharePoint('2025-06-15T22:00:00Z')).toBe('2025-06-16'); // Stockholm, summer
    expect(dateOnlyFromSharePoint('2025-03-01T05:00:00Z')).toBe('2025-03-01'); // UTC−5
    expect(dateOnlyFromSharePoint(dateOnlyToSharePoint('2025-03-10') as string)).toBe('2025-03-10');
    const plan = readActionPlan({
      Id: 2,
      Title: 'Ett jämställt Stockholm',
      PlanKey: 'genderEquality',
      SortOrder: 4,
      PlanStatus: 'adopted',
      AdoptionDate: '2025-06-15T22:00:00Z'
    });
    expect(plan.ok && plan.value.adoptionDate).toBe('2025-06-16');
  });
});

describe('writing ticks', () => {
  const intent = { unitId: 4, itemId: 7, planId: 1, period: 2025, done: false, at: '2025-05-01T10:00:00Z' };

  it('sets only what the intent says, leaving the comment alone unless the person changed it', () => {
    expect(tickChangeFields(intent)).toEqual({ Done: false, DoneAt: '2025-05-01T10:00:00Z' });
    expect(tickChangeFields({ ...intent, comment: 'Nästa möte' })).toMatchObject({ TickComment: 'Nästa möte' });
  });

  it('creates a row under its unique key, naming nobody: SharePoint records who', () => {
    expect(newTickFields(intent)).toEqual({
      Title: '4:7:2025',
      UnitId: 4,
      ChecklistItemId: 7,
      ActionPlanId: 1,
      Period: 2025,
      Done: false,
      DoneAt: '2025-05-01T10:00:00Z'
    });
  });

  it('adds a row inside a folder as form values, each typed by the schema', () => {
    expect(toFormValues(LISTS.checklistTicks, { ...newTickFields({ ...intent, done: true, comment: 'Klart' }) })).toEqual([
      { FieldName: 'Title', FieldValue: '4:7:2025' },
      { FieldName: 'Unit', FieldValue: '4' },
      { FieldName: 'ChecklistItem', FieldValue: '7' },
      { FieldName: 'ActionPlan', FieldValue: '1' },
      { FieldName: 'Period', FieldValue: '2025' },
      { FieldName: 'Done', FieldValue: '1' },
      { FieldName: 'DoneAt', FieldValue: '2025-05-01T10:00:00Z' },
      { FieldName: 'TickComment', FieldValue: 'Klart' }
    ]);
    expect(toFormValues(LISTS.checklistTicks, { DoneBy: { loginName: 'i:0#.f|membership|maja@x' } })).toEqual([
      { FieldName: 'DoneBy', FieldValue: '[{"Key":"i:0#.f|membership|maja@x"}]' }
    ]);
    expect(() => toFormValues(LISTS.checklistTicks, { Nonsense: 1 })).toThrow('MrChecklistTicks has no column Nonsense.');
  });
});
