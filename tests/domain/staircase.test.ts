import { ChecklistItem } from '../../src/domain/checklist';
import { staircaseLevel, stepsReadyToFulfil } from '../../src/domain/staircase';

describe('staircaseLevel', () => {
  it('is the highest step fulfilled together with every step below it', () => {
    expect(
      staircaseLevel([
        { step: 1, status: 'fulfilled' },
        { step: 2, status: 'fulfilled' },
        { step: 3, status: 'inProgress' },
        { step: 4, status: 'fulfilled' }
      ])
    ).toBe(2);
  });

  it('is 0 while step 1 is not fulfilled, whatever lies above', () => {
    expect(staircaseLevel([{ step: 2, status: 'fulfilled' }])).toBe(0);
    expect(staircaseLevel([])).toBe(0);
  });

  it('is 6 when the whole staircase is fulfilled', () => {
    expect(staircaseLevel([1, 2, 3, 4, 5, 6].map((step) => ({ step: step as 1, status: 'fulfilled' as const })))).toBe(6);
  });
});

describe('stepsReadyToFulfil', () => {
  const item = (id: number, staircaseStep: ChecklistItem['staircaseStep'], active: boolean = true): ChecklistItem => ({
    id,
    planId: 1,
    focusArea: 'knowledge',
    staircaseStep,
    order: id,
    title: { sv: `Punkt ${id}`, en: '' },
    active,
    isExample: false
  });

  it('hints at a step whose active tied items are all done but that is not yet marked fulfilled', () => {
    const items = [item(1, 1), item(2, 1), item(3, 2), item(4, 2, false)];
    const ticks = [1, 2, 3].map((itemId) => ({ itemId, done: true }));
    expect(stepsReadyToFulfil(items, ticks, [{ step: 1, status: 'fulfilled' }])).toEqual([2]);
  });
});
