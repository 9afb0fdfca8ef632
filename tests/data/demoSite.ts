/**
 * A provisioned local site with the demo seed, and the ids a checklist test needs: the demo team
 * (Maja Medlem's), an adopted plan and its six example items.
 */
import type { LocalSharePoint, LocalSharePointOptions } from '../../local/server/index.ts';
import { provision } from '../../src/data/provisioning/provision';
import { DEMO_SEED, DEMO_TEAMS_GROUP_ID } from '../../src/data/seed/content';
import { seed } from '../../src/data/seed/seed';
import { clientFor, startSite } from './localSite';

export interface DemoSite {
  site: LocalSharePoint;
  teamId: number;
  planId: number;
  itemIds: number[];
  /** Every unit's id, for spreading rows over the city. */
  unitIds: number[];
}

export async function startDemoSite(options: LocalSharePointOptions = {}): Promise<DemoSite> {
  const site = await startSite(options);
  const { sp, repos } = clientFor(site.siteUrl, 'editor');
  await provision(sp);
  await seed(sp, DEMO_SEED);
  const team = await repos.units.forTeamsGroup(DEMO_TEAMS_GROUP_ID);
  const plan = (await repos.actionPlans.list()).value.find((p) => p.key === 'genderEquality');
  if (team === undefined || plan === undefined) throw new Error('The demo seed has no team or plan.');
  const itemIds = (await repos.actionPlans.items(plan.id)).value.map((item) => item.id);
  const unitIds = (await repos.units.list()).value.map((unit) => unit.id);
  return { site, teamId: team.id, planId: plan.id, itemIds, unitIds };
}
