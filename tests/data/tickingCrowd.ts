/**
 * Many people ticking at once, each in their own browser: every client opens the demo team's checklist
 * and one of its own unit, then sets items done and not done in a random order. The shared items end
 * on the same value for everyone, so "each person's last intent" is one known state; each client's own
 * unit ends on what that client set last.
 */
import { ChecklistSession } from '../../src/app';
import { clientFor, eventually } from './localSite';
import { DemoSite } from './demoSite';
import { Tick } from '../../src/domain/checklist';

/** The shared items' last intent, which every client ends with. */
const SHARED_FINAL = [true, false, true];

export interface CrowdResult {
  /** tick key → the done value the last intent set. */
  expected: Map<string, boolean>;
  /** Every unit the crowd ticked for. */
  unitIds: number[];
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function tickAsACrowd(demo: DemoSite, period: number, clients: number, stepsPerClient: number, timeoutMs: number): Promise<CrowdResult> {
  const expected = new Map<string, boolean>();
  const sharedItems = demo.itemIds.slice(0, SHARED_FINAL.length);
  const ownItems = demo.itemIds.slice(SHARED_FINAL.length);
  const sessions: ChecklistSession[] = [];
  const ownUnits = demo.unitIds.filter((id) => id !== demo.teamId).slice(0, clients);
  try {
    await Promise.all(
      ownUnits.map(async (ownUnit, index) => {
        const user = index % 2 === 0 ? 'member' : 'editor';
        // SharePoint lets Maja write only for her own units (the team's, through its claim); editors write for every unit.
        const ticksOwnUnit = user === 'editor';
        const { repos } = clientFor(demo.site.siteUrl, user);
        const options = { pollIntervalMs: 300, retryDelayMs: 50, maxRetryDelayMs: 500 };
        const team = repos.openChecklist(demo.teamId, demo.planId, period, options);
        const own = repos.openChecklist(ownUnit, demo.planId, period, options);
        sessions.push(team, own);
        await eventually(() => team.getSnapshot().status === 'ready' && own.getSnapshot().status === 'ready', 'the checklists to load', timeoutMs);
        const last = new Map<number, boolean>();
        for (let step = 0; step < stepsPerClient; step++) {
          const shared = !ticksOwnUnit || Math.random() < 0.5;
          const items = shared ? sharedItems : ownItems;
          const itemId = items[Math.floor(Math.random() * items.length)];
          const done = Math.random() < 0.5;
          (shared ? team : own).setDone(itemId, done);
          if (!shared) last.set(itemId, done);
          await pause(Math.random() * 30);
        }
        sharedItems.forEach((itemId, i) => team.setDone(itemId, SHARED_FINAL[i]));
        for (const [itemId, done] of last) expected.set(`${ownUnit}:${itemId}:${period}`, done);
      })
    );
    for (const [i, itemId] of sharedItems.entries()) expected.set(`${demo.teamId}:${itemId}:${period}`, SHARED_FINAL[i]);
    await eventually(() => sessions.every((s) => s.getSnapshot().pendingItemIds.size === 0), 'every tick to be confirmed', timeoutMs);
  } finally {
    for (const session of sessions) session.close();
  }
  return { expected, unitIds: [demo.teamId, ...ownUnits] };
}

/** What SharePoint holds for those units, as tick key → done, failing on a key stored twice. */
export async function storedState(demo: DemoSite, unitIds: readonly number[], period: number): Promise<Map<string, boolean>> {
  const { repos } = clientFor(demo.site.siteUrl, 'editor');
  const stored: Tick[] = [];
  for (const unitId of unitIds) stored.push(...(await repos.checklist.loadUnitPlanView(unitId, demo.planId, period)).value.ticks);
  const state = new Map(stored.map((tick) => [tick.key, tick.done]));
  if (state.size !== stored.length) throw new Error('A tick is stored in more than one row.');
  return state;
}
