/**
 * Search over what staff read: the action plans, their checklist items, the published updates, the units and
 * the programme's own text. The content is read once per opening of the search (a few requests), then every
 * keystroke is matched in memory with the domain's Swedish rules.
 */
import type { ChecklistItem } from '../../domain/checklist';
import { compareSwedish, LocalizedText } from '../../domain/language';
import type { ActionPlan } from '../../domain/actionPlan';
import type { Period } from '../../domain/period';
import type { ProgrammeEntry } from '../../domain/programme';
import { searchMatcher } from '../../domain/search';
import type { Unit } from '../../domain/unit';
import type { Update } from '../../domain/update';
import type { Repositories } from '../contracts/repositories';
import { Loaded, mergeRowProblems } from '../contracts/rows';

export interface Searchable {
  plans: ActionPlan[];
  items: ChecklistItem[];
  updates: Update[];
  units: Unit[];
  programme: ProgrammeEntry[];
}

export interface SearchResults {
  plans: ActionPlan[];
  /** Each item with the plan it belongs to, for the link. */
  items: { item: ChecklistItem; plan: ActionPlan }[];
  updates: Update[];
  units: Unit[];
  programme: ProgrammeEntry[];
}

/** Use case: read what the search covers. */
export async function loadSearchable(repositories: Pick<Repositories, 'programme' | 'actionPlans' | 'updates' | 'units'>, period: Period, now: Date): Promise<Loaded<Searchable>> {
  const [overview, updates, units] = await Promise.all([
    repositories.programme.loadOverview(undefined, period, now),
    repositories.updates.published(now),
    repositories.units.list()
  ]);
  const items = await Promise.all(overview.value.actionPlans.map((plan) => repositories.actionPlans.items(plan.id)));
  const programme = overview.value.programme;
  return {
    value: {
      plans: overview.value.actionPlans,
      items: items.flatMap((loaded) => loaded.value).filter((item) => item.active),
      updates: updates.value,
      units: units.value,
      programme: programme ? [programme.goal, ...programme.focusAreas, ...programme.methodSteps, ...programme.staircaseSteps] : []
    },
    problems: mergeRowProblems(overview.problems, updates.problems, units.problems, ...items.map((loaded) => loaded.problems))
  };
}

const both = (text: LocalizedText): string => `${text.sv} ${text.en}`;

/** What matches the typed text, group by group, in the content's own order. */
export function search(content: Searchable, query: string): SearchResults {
  const matches = searchMatcher(query);
  const planById = new Map(content.plans.map((plan) => [plan.id, plan]));
  return {
    plans: content.plans.filter((plan) => matches(`${both(plan.title)} ${plan.replaces ?? ''}`)),
    items: content.items
      .filter((item) => matches(both(item.title)))
      .flatMap((item) => {
        const plan = planById.get(item.planId);
        return plan ? [{ item, plan }] : [];
      }),
    updates: content.updates.filter((update) => matches(`${update.title} ${update.summary}`)),
    units: content.units.filter((unit) => matches(unit.name)).sort((a, b) => compareSwedish(a.name, b.name)),
    programme: content.programme.filter((entry) => matches(`${both(entry.title)} ${both(entry.text)}`))
  };
}
