import { emptyAssignment } from '../../../src/domain/itemAssignment';
import type { MrRepositories } from '../../../src/app';
import { fakeRepositories, PERIOD } from '../fakes';
import { checklistItem } from '../../fixtures/items';

/**
 * The fake site (units 1–4; unit 3 on level 3 and unit 4 on level 1 in 2025) with three items and a few
 * ticks: in 2025 unit 3 has done 2 of 3 and unit 4 has a row but nothing done; in 2023 (the previous
 * report's period, which the view compares with by default) unit 3 did 1. Units 1 and 2 recorded nothing in 2025.
 */
export async function siteWithTicks(): Promise<MrRepositories> {
  const repositories = fakeRepositories();
  for (const saved of [checklistItem(101, 1, 'knowledge'), checklistItem(102, 1, 'welfare'), checklistItem(401, 4, 'participation')]) await repositories.actionPlans.saveItem(saved);
  const at = '2025-05-01T10:00:00Z';
  const ticks = [
    { unitId: 3, itemId: 101, planId: 1, period: PERIOD, done: true },
    { unitId: 3, itemId: 401, planId: 4, period: PERIOD, done: true },
    { unitId: 4, itemId: 102, planId: 1, period: PERIOD, done: false },
    { unitId: 3, itemId: 101, planId: 1, period: PERIOD - 2, done: true }
  ];
  for (const tick of ticks) await repositories.checklist.applyIntent({ ...tick, at });
  // Unit 3's item 102 was due long ago and is not ticked: one overdue item, in plan 1.
  await repositories.assignments.save(emptyAssignment(3, 102, 1, PERIOD), { dueDate: `${PERIOD}-02-01` });
  return repositories;
}

