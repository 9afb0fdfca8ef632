/**
 * The demo content `npm start` seeds (src/data/seed/content.ts), as the journeys read it on screen, and the
 * product's own repositories for checking what the local SharePoint holds at the end of a journey.
 */
import { DEMO_SEED, DEMO_TEAMS_GROUP_ID } from '../../../src/data/seed/content';
import { periodOf } from '../../../src/domain/period';
import type { Unit } from '../../../src/domain/unit';
import { Client, clientFor } from '../../data/localSite';
import type { LocalApp } from './localApp';
import type { LocalUserKey } from '../../../local/server/index.ts';
import type { Language } from './pages';
import { ui } from './strings';

/** The demo team's unit: the Teams tab and the meeting resolve to it, and Maja Medlem works in it. */
export const DEMO_UNIT = 'Nämndkansliet';

export interface DemoPlan {
  key: string;
  title: string;
  /** The checklist items' titles, in the seed's order. */
  items: string[];
}

export function demoPlan(key: string, lang: Language): DemoPlan {
  const plan = DEMO_SEED.actionPlans.find((candidate) => candidate.key === key);
  if (plan === undefined) throw new Error(`The demo content has no action plan "${key}".`);
  const items = DEMO_SEED.checklistItems
    .filter((item) => item.planKey === key)
    .sort((a, b) => a.order - b.order)
    .map((item) => item.title[lang]);
  return { key, title: plan.title[lang], items };
}

export const DEMO_UPDATES = DEMO_SEED.updates;

export const DEMO_PROGRAMME = DEMO_SEED.programme;

/** The period the app shows: the current year, as the local host page passes it. */
export function currentPeriod(): number {
  return periodOf(new Date());
}

/** The heading of a unit's checklist (by default the demo unit's) for a plan in the current period, as the app words it. */
export function checklistHeading(lang: Language, planTitle: string, unit: string = DEMO_UNIT): string {
  const { strings, fill } = ui(lang);
  return fill(strings.checklistTitle, { plan: planTitle, unit, period: String(currentPeriod()) });
}

/** The product's repositories against the running local SharePoint, as one of the local users. */
export function serverClient(app: LocalApp, user: LocalUserKey = 'editor'): Client {
  return clientFor(app.siteUrl, user);
}

/** A unit's checklist for a plan and the current period as SharePoint holds it, by item title (Swedish). */
export interface StoredChecklist {
  /** The items ticked done, in checklist order. */
  done: string[];
  /** The items with a tick row at all (done or undone since): one row per item, never two. */
  withRow: string[];
}

/** A unit of the demo content by its name (the first of that name), read as the editor. */
export async function demoUnit(app: LocalApp, name: string): Promise<Unit> {
  const unit = (await serverClient(app).repos.units.list()).value.find((candidate) => candidate.name === name);
  if (unit === undefined) throw new Error(`The demo content has no unit "${name}".`);
  return unit;
}

/** What the local SharePoint holds for a unit's checklist of `planKey` (by default the demo team's unit), read as the editor. */
export async function storedChecklist(app: LocalApp, planKey: string, unitName?: string): Promise<StoredChecklist> {
  const { repos } = serverClient(app);
  const unit = unitName === undefined ? await repos.units.forTeamsGroup(DEMO_TEAMS_GROUP_ID) : await demoUnit(app, unitName);
  const plan = (await repos.actionPlans.list()).value.find((candidate) => candidate.key === planKey);
  if (unit === undefined || plan === undefined) throw new Error(`The demo unit or the plan "${planKey}" is missing.`);
  const { value: view } = await repos.checklist.loadUnitPlanView(unit.id, plan.id, currentPeriod());
  const titleOf = new Map(view.items.map((item) => [item.id, item.title.sv]));
  const inOrder = (ids: number[]): string[] =>
    view.items.filter((item) => ids.includes(item.id)).map((item) => titleOf.get(item.id) ?? String(item.id));
  return {
    done: inOrder(view.ticks.filter((tick) => tick.done).map((tick) => tick.itemId)),
    withRow: inOrder(view.ticks.map((tick) => tick.itemId))
  };
}
