import { ActionPlan } from '../../src/domain/actionPlan';
import { ChecklistItem, Tick } from '../../src/domain/checklist';
import {
  buildFollowUpReport,
  FollowUpInput,
  FollowUpInputError,
  followUpInputIssues,
  FollowUpReport,
  UnitFollowUp
} from '../../src/domain/followUp';
import { FocusAreaKey, StaircaseStepNumber } from '../../src/domain/programme';
import { StaircaseAssessment, StepStatus } from '../../src/domain/staircase';
import { Unit, UnitType } from '../../src/domain/unit';
import { validationMessage } from '../../src/domain/validation';

const unit = (id: number, name: string, type: UnitType, parentId?: number): Unit => ({ id, name, type, parentId, memberIds: [] });

const plan = (id: number, order: number, key: string): ActionPlan => ({
  id,
  key,
  order,
  title: { sv: `Plan ${key}`, en: `Plan ${key}` },
  description: { sv: '', en: '' },
  status: 'adopted'
});

const item = (id: number, planId: number, focusArea: FocusAreaKey, active: boolean = true): ChecklistItem => ({
  id,
  planId,
  focusArea,
  order: id,
  title: { sv: `Punkt ${id}`, en: `Item ${id}` },
  active,
  isExample: false
});

type TickRow = FollowUpInput['ticks'][number];
const tick = (unitId: number, itemId: number, period: number, done: boolean = true): TickRow => ({ unitId, itemId, period, done });

type AssessmentRow = FollowUpInput['assessments'][number];
const assessed = (unitId: number, period: number, status: StepStatus, ...steps: StaircaseStepNumber[]): AssessmentRow[] =>
  steps.map((step) => ({ unitId, step, period, status }));

const focusAreaTitles: FollowUpInput['focusAreaTitles'] = {
  knowledge: { sv: 'Kunskap och information', en: 'Knowledge and information' },
  welfare: { sv: 'Välfärd och service', en: 'Welfare and services' },
  participation: { sv: 'Delaktighet och inflytande', en: 'Participation and influence' }
};

/**
 * A small city with answers worked out by hand.
 * Active items: 11 (plan 1, knowledge), 12 (plan 1, welfare), 21 (plan 2, participation), 22 (plan 2, knowledge);
 * item 13 is retired. Units: Socialnämnden (1) › Socialförvaltningen (2) › Team Norr (3), a district committee (4)
 * and a company board (5).
 */
function smallCity(): FollowUpInput {
  return {
    period: 2026,
    units: [
      unit(1, 'Socialnämnden', 'committee'),
      unit(2, 'Socialförvaltningen', 'administration', 1),
      unit(3, 'Team Norr', 'team', 2),
      unit(4, 'Hägersten-Älvsjö stadsdelsnämnd', 'districtCommittee'),
      unit(5, 'Bostadsbolaget AB', 'companyBoard')
    ],
    plans: [plan(2, 2, 'b'), plan(1, 1, 'a')],
    items: [item(11, 1, 'knowledge'), item(12, 1, 'welfare'), item(13, 1, 'knowledge', false), item(21, 2, 'participation'), item(22, 2, 'knowledge')],
    ticks: [
      // 2026: unit 1 has 3 of 4 (22 was unticked again), unit 2 only ticked the retired item, unit 3 has 3 of 4.
      tick(1, 11, 2026),
      tick(1, 12, 2026),
      tick(1, 21, 2026),
      tick(1, 22, 2026, false),
      tick(2, 13, 2026),
      tick(3, 11, 2026),
      tick(3, 21, 2026),
      tick(3, 22, 2026),
      // 2025: unit 1 has 1, unit 3 all 4, unit 5 has 1.
      tick(1, 11, 2025),
      tick(3, 11, 2025),
      tick(3, 12, 2025),
      tick(3, 21, 2025),
      tick(3, 22, 2025),
      tick(5, 11, 2025),
      // 2024: outside both periods unless compared with.
      tick(4, 11, 2024),
      tick(4, 12, 2024),
      tick(4, 21, 2024),
      tick(4, 22, 2024)
    ],
    assessments: [
      // Steps 1, 2 and 4 fulfilled with 3 in progress: level 2, not 4.
      ...assessed(1, 2026, 'fulfilled', 1, 2, 4),
      ...assessed(1, 2026, 'inProgress', 3),
      ...assessed(3, 2026, 'fulfilled', 1, 2, 3, 4, 5, 6),
      ...assessed(4, 2026, 'notStarted', 1),
      ...assessed(1, 2025, 'fulfilled', 1),
      ...assessed(3, 2025, 'fulfilled', 1, 2, 3),
      ...assessed(5, 2025, 'fulfilled', 1)
    ],
    focusAreaTitles
  };
}

const rowOf = (report: FollowUpReport, unitId: number): UnitFollowUp => {
  const row = report.units.find((u) => u.unitId === unitId);
  if (!row) throw new Error(`unit ${unitId} is not in the report`);
  return row;
};

describe('buildFollowUpReport on a small city', () => {
  const report = buildFollowUpReport(smallCity());

  it('compares with the year before and lists units in tree order', () => {
    expect(report.comparedWith).toBe(2025);
    expect(report.units.map((u) => u.unitId)).toEqual([5, 4, 1, 2, 3]);
    expect(rowOf(report, 3).parentName).toBe('Socialförvaltningen');
    expect(rowOf(report, 1).parentName).toBeUndefined();
  });

  it('takes each unit’s level as the highest step fulfilled with every step below it', () => {
    expect(report.units.map((u) => [u.unitId, u.level, u.previousLevel, u.levelDelta])).toEqual([
      [5, 0, 1, -1],
      [4, 0, 0, 0],
      [1, 2, 1, 1],
      [2, 0, 0, 0],
      [3, 6, 3, 3]
    ]);
  });

  it('counts completion over active items only, with the change in percentage points', () => {
    expect(rowOf(report, 1).completion).toEqual({
      current: { done: 3, total: 4 },
      previous: { done: 1, total: 4 },
      percent: 75,
      previousPercent: 25,
      deltaPoints: 50
    });
    expect(rowOf(report, 2).completion.current).toEqual({ done: 0, total: 4 });
    expect(rowOf(report, 3).completion.deltaPoints).toBe(-25);
    expect(rowOf(report, 5).completion.previousPercent).toBe(25);
  });

  it('splits a unit’s completion per plan in plan order and per focus area', () => {
    const unit1 = rowOf(report, 1);
    expect(unit1.byPlan.map((c) => [c.current, c.previous])).toEqual([
      [{ done: 2, total: 2 }, { done: 1, total: 2 }],
      [{ done: 1, total: 2 }, { done: 0, total: 2 }]
    ]);
    expect(unit1.byFocusArea.knowledge.current).toEqual({ done: 1, total: 2 });
    expect(unit1.byFocusArea.knowledge.deltaPoints).toBe(0);
    expect(unit1.byFocusArea.welfare.current).toEqual({ done: 1, total: 1 });
    expect(unit1.byFocusArea.participation.deltaPoints).toBe(100);
  });

  it('sees activity in any tick row or assessment of the period, also an unticked row or one on a retired item', () => {
    expect(report.units.map((u) => [u.unitId, u.active, u.activeInPrevious])).toEqual([
      [5, false, true],
      [4, true, false],
      [1, true, true],
      [2, true, false],
      [3, true, true]
    ]);
    expect(report.withoutActivity.map((u) => u.unitId)).toEqual([5]);
  });

  it('distributes the units over levels 0–6 in both periods', () => {
    expect(report.levels.map((l) => [l.level, l.units, l.previousUnits, l.delta])).toEqual([
      [0, 3, 2, 1],
      [1, 0, 2, -2],
      [2, 1, 0, 1],
      [3, 0, 1, -1],
      [4, 0, 0, 0],
      [5, 0, 0, 0],
      [6, 1, 0, 1]
    ]);
  });

  it('sums done over possible (units × active items) per plan, per focus area and for the city', () => {
    expect(report.plans.map((p) => [p.key, p.activeItems, p.completion.current, p.completion.previous, p.completion.deltaPoints])).toEqual([
      ['a', 2, { done: 3, total: 10 }, { done: 4, total: 10 }, -10],
      ['b', 2, { done: 3, total: 10 }, { done: 2, total: 10 }, 10]
    ]);
    expect(report.focusAreas.map((a) => [a.key, a.title.sv, a.activeItems, a.completion.current, a.completion.previous])).toEqual([
      ['knowledge', 'Kunskap och information', 2, { done: 3, total: 10 }, { done: 4, total: 10 }],
      ['welfare', 'Välfärd och service', 1, { done: 1, total: 5 }, { done: 1, total: 5 }],
      ['participation', 'Delaktighet och inflytande', 1, { done: 2, total: 5 }, { done: 1, total: 5 }]
    ]);
    expect(report.totals).toEqual({
      units: 5,
      activeUnits: 4,
      unitsWithoutActivity: 1,
      activeItems: 4,
      completion: { current: { done: 6, total: 20 }, previous: { done: 6, total: 20 }, percent: 30, previousPercent: 30, deltaPoints: 0 },
      overdue: 0
    });
  });

  it('reports the filter as applied', () => {
    expect(report.filter).toEqual({ types: ['executiveBoard', 'committee', 'districtCommittee', 'companyBoard', 'administration', 'team'], parent: undefined });
  });
});

describe('buildFollowUpReport filters', () => {
  it('includes the parent and all its descendants, and rounds shares half up to one decimal', () => {
    const report = buildFollowUpReport({ ...smallCity(), filter: { parentId: 1 } });
    expect(report.units.map((u) => u.unitId)).toEqual([1, 2, 3]);
    expect(report.filter.parent).toEqual({ id: 1, name: 'Socialnämnden' });
    // 6 of 12 now, 5 of 12 (41.66… %) before: the change is the difference of the shown figures.
    expect(report.totals.completion).toEqual({
      current: { done: 6, total: 12 },
      previous: { done: 5, total: 12 },
      percent: 50,
      previousPercent: 41.7,
      deltaPoints: 8.3
    });
  });

  it('filters by unit type, alone and within a parent', () => {
    expect(buildFollowUpReport({ ...smallCity(), filter: { types: ['team'] } }).units.map((u) => u.unitId)).toEqual([3]);
    const report = buildFollowUpReport({ ...smallCity(), filter: { types: ['administration', 'team'], parentId: 1 } });
    expect(report.units.map((u) => u.unitId)).toEqual([2, 3]);
    expect(report.filter.types).toEqual(['administration', 'team']);
    expect(report.totals.completion.current).toEqual({ done: 3, total: 8 });
  });

  it('treats an empty type list as every type', () => {
    expect(buildFollowUpReport({ ...smallCity(), filter: { types: [] } }).totals.units).toBe(5);
  });
});

describe('buildFollowUpReport edge cases', () => {
  it('gives an empty city zero everywhere and still lists every level', () => {
    const report = buildFollowUpReport({ ...smallCity(), units: [], ticks: [], assessments: [] });
    expect(report.units).toEqual([]);
    expect(report.levels.map((l) => [l.level, l.units, l.previousUnits])).toEqual([0, 1, 2, 3, 4, 5, 6].map((level) => [level, 0, 0]));
    expect(report.plans.map((p) => p.completion.current)).toEqual([
      { done: 0, total: 0 },
      { done: 0, total: 0 }
    ]);
    expect(report.totals).toEqual({
      units: 0,
      activeUnits: 0,
      unitsWithoutActivity: 0,
      activeItems: 4,
      completion: { current: { done: 0, total: 0 }, previous: { done: 0, total: 0 }, percent: 0, previousPercent: 0, deltaPoints: 0 },
      overdue: 0
    });
  });

  it('counts a unit in a city without checklist items as 0 of 0, active when it assessed', () => {
    const report = buildFollowUpReport({ ...smallCity(), items: [], filter: { parentId: 1, types: ['committee'] } });
    const unit1 = rowOf(report, 1);
    expect(unit1.completion.current).toEqual({ done: 0, total: 0 });
    expect(unit1.completion.percent).toBe(0);
    expect(unit1.byPlan.map((c) => c.current.total)).toEqual([0, 0]);
    expect(unit1.level).toBe(2);
    expect(unit1.active).toBe(true);
    expect(report.totals.activeItems).toBe(0);
  });

  it('counts only ticked rows, once per item, of known units and of the report’s plans', () => {
    const input = smallCity();
    const report = buildFollowUpReport({
      ...input,
      plans: input.plans.filter((p) => p.id === 1),
      ticks: [
        tick(4, 11, 2026),
        tick(4, 11, 2026), // a duplicate row for the same key
        tick(4, 12, 2026, false),
        tick(4, 21, 2026), // plan 2 is not in the report
        tick(99, 11, 2026) // no such unit
      ]
    });
    expect(rowOf(report, 4).completion.current).toEqual({ done: 1, total: 2 });
    expect(report.totals.completion.current).toEqual({ done: 1, total: 10 });
    expect(report.units.map((u) => u.unitId)).not.toContain(99);
  });

  it('compares with a chosen earlier period, such as the previous biennial report', () => {
    const report = buildFollowUpReport({ ...smallCity(), comparedWith: 2024 });
    expect(report.comparedWith).toBe(2024);
    expect(rowOf(report, 4).completion.previous).toEqual({ done: 4, total: 4 });
    expect(rowOf(report, 4).activeInPrevious).toBe(true);
    expect(rowOf(report, 1).previousLevel).toBe(0);
  });

  it('orders siblings by Swedish collation (å and ä after z)', () => {
    const report = buildFollowUpReport({
      ...smallCity(),
      units: [unit(1, 'Älvsjö', 'team'), unit(2, 'Åby', 'team'), unit(3, 'Zeta', 'team'), unit(4, 'Akalla', 'team')]
    });
    expect(report.units.map((u) => u.name)).toEqual(['Akalla', 'Zeta', 'Åby', 'Älvsjö']);
  });
});

describe('shares', () => {
  it('never read 100 % before the city is done, nor 0 % once anything is', () => {
    const items = Array.from({ length: 2000 }, (_, i) => item(i + 1, 1, 'knowledge'));
    const report = buildFollowUpReport({
      ...smallCity(),
      units: [unit(1, 'Socialnämnden', 'committee')],
      items,
      ticks: [...items.slice(1).map((i) => tick(1, i.id, 2026)), ...items.slice(0, 2).map((i) => tick(1, i.id, 2025))],
      assessments: []
    });
    // 1999 of 2000 is 99.95 %; 2 of 2000 is 0.1 %.
    expect(report.totals.completion).toMatchObject({ percent: 99.9, previousPercent: 0.1, deltaPoints: 99.8 });
    expect(report.focusAreas.map((a) => a.completion.percent)).toEqual([99.9, 0, 0]);
  });
});

describe('follow-up input', () => {
  it('refuses an invalid period, a comparison that is not earlier, an unknown type and an unknown parent', () => {
    const input = { ...smallCity(), comparedWith: 2026, filter: { types: ['board' as UnitType], parentId: 42 } };
    const issues = followUpInputIssues(input);
    expect(issues.map((i) => [i.field, i.code])).toEqual([
      ['comparedWith', 'outOfRange'],
      ['types', 'notAChoice'],
      ['parentId', 'unknownReference']
    ]);
    expect(validationMessage(issues[2], 'sv', 'Överordnad enhet')).toBe('Överordnad enhet pekar på något som inte finns (id 42).');
    expect(followUpInputIssues({ ...smallCity(), period: 20.5 }).map((i) => [i.field, i.code])).toEqual([['period', 'notAnInteger']]);
  });

  it('is refused by buildFollowUpReport with the issues and an English message', () => {
    let error: unknown;
    try {
      buildFollowUpReport({ ...smallCity(), filter: { parentId: 42 } });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(FollowUpInputError);
    expect((error as FollowUpInputError).issues).toEqual([{ field: 'parentId', code: 'unknownReference', params: { value: 42 } }]);
    expect((error as FollowUpInputError).message).toBe('parentId points to something that does not exist (id 42).');
  });
});

describe('buildFollowUpReport at full scale', () => {
  it('counts every row of 150 units × 300 items × 4 periods', () => {
    const units = Array.from({ length: 150 }, (_, i) => unit(i + 1, `Enhet ${i + 1}`, 'team'));
    const items = Array.from({ length: 300 }, (_, i) => item(i + 1, (i % 6) + 1, (['knowledge', 'welfare', 'participation'] as const)[i % 3]));
    const periods = [2023, 2024, 2025, 2026];
    // In the k-th period (0-based) every unit has ticked the first 75·(k+1) items and left the rest unticked.
    const ticks: Tick[] = [];
    for (const u of units) {
      for (const [k, period] of periods.entries()) {
        for (const i of items) ticks.push({ key: `${u.id}:${i.id}:${period}`, unitId: u.id, itemId: i.id, planId: i.planId, period, done: i.id <= 75 * (k + 1), comment: '' });
      }
    }
    expect(ticks).toHaveLength(180000);
    const assessments: StaircaseAssessment[] = units.map((u) => ({
      key: `${u.id}:1:2026`,
      unitId: u.id,
      step: 1,
      period: 2026,
      status: u.id % 2 === 0 ? 'fulfilled' : 'inProgress',
      evidence: ''
    }));
    const report = buildFollowUpReport({
      period: 2026,
      units,
      plans: [1, 2, 3, 4, 5, 6].map((id) => plan(id, id, `p${id}`)),
      items,
      ticks,
      assessments,
      focusAreaTitles
    });
    expect(report.totals.completion).toEqual({
      current: { done: 45000, total: 45000 },
      previous: { done: 33750, total: 45000 },
      percent: 100,
      previousPercent: 75,
      deltaPoints: 25
    });
    expect(report.plans.map((p) => p.completion.current)).toEqual(Array(6).fill({ done: 7500, total: 7500 }));
    expect(report.levels.slice(0, 2).map((l) => [l.units, l.previousUnits])).toEqual([
      [75, 150],
      [75, 0]
    ]);
    expect(report.totals.unitsWithoutActivity).toBe(0);
  });
});

describe('overdue items', () => {
  const due = (unitId: number, itemId: number, dueDate: string, period: number = 2026): NonNullable<FollowUpInput['dueDates']>['assignments'][number] => ({
    unitId,
    itemId,
    period,
    dueDate
  });

  it('counts per unit and plan the active items past their due date and not ticked in the period', () => {
    const report = buildFollowUpReport({
      ...smallCity(),
      dueDates: {
        today: '2026-06-15',
        assignments: [
          due(1, 22, '2026-05-01'), // unticked again: overdue (plan b)
          due(1, 11, '2026-05-01'), // ticked: not overdue
          due(2, 12, '2026-06-14'), // overdue (plan a)
          due(2, 21, '2026-06-15'), // due today: not yet overdue
          due(2, 13, '2026-01-01'), // retired item: not counted
          due(3, 12, '2026-02-01'), // overdue (plan a)
          due(4, 11, '2025-02-01', 2025) // another period: not counted
        ]
      }
    });
    const overdue = (id: number): [number, number[]] => {
      const row = report.units.find((u) => u.unitId === id) as UnitFollowUp;
      return [row.overdue, row.overdueByPlan];
    };
    // Plans in programme order: a (1), then b (2).
    expect([overdue(1), overdue(2), overdue(3), overdue(4), overdue(5)]).toEqual([
      [1, [0, 1]],
      [1, [1, 0]],
      [1, [1, 0]],
      [0, [0, 0]],
      [0, [0, 0]]
    ]);
    expect(report.plans.map((p) => [p.key, p.overdue])).toEqual([
      ['a', 2],
      ['b', 1]
    ]);
    expect([report.totals.overdue, report.overdueOn]).toEqual([3, '2026-06-15']);
  });

  it('counts nothing without due dates', () => {
    const report = buildFollowUpReport(smallCity());
    expect([report.totals.overdue, ...report.units.map((u) => u.overdue)].every((n) => n === 0)).toBe(true);
  });
});
