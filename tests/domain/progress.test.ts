import { ChecklistItem } from '../../src/domain/checklist';
import { percent, progressByFocusArea, progressByPlan, progressOf, roundedShare } from '../../src/domain/progress';

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

  it('rounds half up, but never to 100 % before everything is done, nor to 0 % once anything is', () => {
    expect(percent({ done: 1, total: 6 })).toBe(17);
    expect(percent({ done: 1, total: 8 })).toBe(13); // 12.5 exactly: half up
    expect(percent({ done: 1, total: 3 })).toBe(33);
    expect(percent({ done: 2, total: 3 })).toBe(67);
    expect(percent({ done: 199, total: 200 })).toBe(99); // 99.5 would round to 100
    expect(percent({ done: 1, total: 1000 })).toBe(1); // 0.1 would round to 0
    expect(percent({ done: 6, total: 6 })).toBe(100);
    expect(percent({ done: 0, total: 6 })).toBe(0);
    expect(percent({ done: 0, total: 0 })).toBe(0);
  });

  it('rounds tenths of a percent the same way', () => {
    expect(roundedShare({ done: 5, total: 12 }, 1000)).toBe(417);
    expect(roundedShare({ done: 1999, total: 2000 }, 1000)).toBe(999);
    expect(roundedShare({ done: 1, total: 100000 }, 1000)).toBe(1);
  });
});
