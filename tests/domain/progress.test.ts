import { ChecklistItem } from '../../src/domain/checklist';
import { percent, progressByFocusArea, progressByPlan, progressOf } from '../../src/domain/progress';

const item = (id: number, planId: number, focusArea: ChecklistItem['focusArea'], active: boolean = true): ChecklistItem => ({
  id,
  planId,
  focusArea,
  order: id,
  title: { sv: `Punkt ${id}`, en: '' },
  active,
  isExample: false
});

const items = [item(1, 1, 'knowledge'), item(2, 1, 'welfare'), item(3, 1, 'welfare', false), item(4, 2, 'participation')];

describe('progress', () => {
  it('counts done active items; ticks on retired items and unticked rows do not count', () => {
    const ticks = [
      { itemId: 1, done: true },
      { itemId: 2, done: false },
      { itemId: 3, done: true }
    ];
    expect(progressOf(items, ticks)).toEqual({ done: 1, total: 3 });
  });

  it('is given per plan and per focus area', () => {
    const ticks = [
      { itemId: 2, done: true },
      { itemId: 4, done: true }
    ];
    expect(progressByPlan(items, ticks)).toEqual(
      new Map([
        [1, { done: 1, total: 2 }],
        [2, { done: 1, total: 1 }]
      ])
    );
    expect(progressByFocusArea(items, ticks)).toEqual({
      knowledge: { done: 0, total: 1 },
      welfare: { done: 1, total: 1 },
      participation: { done: 1, total: 1 }
    });
  });

  it('rounds down, so an unfinished checklist never reads 100 %, and an empty one reads 0 %', () => {
    expect(percent({ done: 199, total: 200 })).toBe(99);
    expect(percent({ done: 0, total: 0 })).toBe(0);
  });
});
