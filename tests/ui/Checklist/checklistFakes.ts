/**
 * A checklist site for component tests: a fake ChecklistRepository whose writes can be held (pending),
 * refused (403) or fail (offline), behind the real session and tick queue, so the UI meets the same
 * snapshots it meets against SharePoint.
 */
import { ChecklistRepository, createApp, Loaded, memoryStorage, MrRepositories, TickChanges, UnitPlanView } from '../../../src/app';
import { applyIntentTo, ChecklistItem, Tick, TickIntent, tickKey } from '../../../src/domain/checklist';
import type { Person } from '../../../src/domain/person';
import { ACTION_PLANS, fakeRepositories, FakeOptions, MEMBER, PERIOD, UNITS } from '../fakes';

export const PLAN = ACTION_PLANS[0];
export const UNIT = UNITS[2];
export const COLLEAGUE: Person = { id: 30, name: 'Maja Medlem' };

const item = (id: number, focusArea: ChecklistItem['focusArea'], sv: string, en: string, staircaseStep?: ChecklistItem['staircaseStep']): ChecklistItem => ({
  id,
  planId: PLAN.id,
  focusArea,
  staircaseStep,
  order: id,
  title: { sv, en },
  active: true,
  isExample: false
});

export const ITEMS: ChecklistItem[] = [
  item(101, 'knowledge', 'Utbilda alla chefer', 'Train all managers', 1),
  item(102, 'knowledge', 'Informera nyanställda', 'Inform new staff', 1),
  item(103, 'welfare', 'Se över rutinerna för bemötande', 'Review the routines for treatment', 2),
  item(104, 'participation', 'Fråga målgrupperna', 'Ask the target groups')
];

/** The item's title as the checkbox is named. */
export const titleOf = (itemId: number, language: 'sv' | 'en'): string => ITEMS.find((i) => i.id === itemId)?.title[language] ?? '';

export class FakeChecklistRepository implements ChecklistRepository {
  public ticks: Tick[] = [];
  /** While true, writes wait until `release()`. */
  public hold = false;
  /** Every write fails with this until cleared (AccessDeniedError, UnreachableError). */
  public failWith?: Error;
  private held: (() => void)[] = [];
  private changes: { at: number; tick: Tick }[] = [];
  private counter = 0;

  public constructor(private readonly person: Person) {}

  public async loadUnitPlanView(unitId: number): Promise<Loaded<UnitPlanView>> {
    const unit = UNITS.find((u) => u.id === unitId) ?? UNIT;
    return { value: { unit, plan: PLAN, items: ITEMS, ticks: [...this.ticks], assessments: [], changeToken: String(this.counter) }, problems: [] };
  }

  public async applyIntent(intent: TickIntent): Promise<Tick> {
    if (this.failWith) throw this.failWith;
    if (this.hold) await new Promise<void>((resolve) => this.held.push(resolve));
    return this.store(intent, this.person);
  }

  public async changesSince(token: string): Promise<TickChanges> {
    const changed = this.changes.filter((change) => change.at > Number(token)).map((change) => change.tick);
    return { changed, deletedRowIds: [], nextToken: String(this.counter), problems: [] };
  }

  /** Lets held writes through. */
  public release(): void {
    this.hold = false;
    for (const resolve of this.held.splice(0)) resolve();
  }

  /** Someone else ticks in their own browser. */
  public tickAs(person: Person, itemId: number, done: boolean): void {
    this.store({ unitId: UNIT.id, itemId, planId: PLAN.id, period: PERIOD, done, at: new Date().toISOString() }, person);
  }

  public stored(itemId: number): Tick | undefined {
    return this.ticks.find((tick) => tick.itemId === itemId);
  }

  private store(intent: TickIntent, person: Person): Tick {
    const key = tickKey(intent.unitId, intent.itemId, intent.period);
    const earlier = this.ticks.find((tick) => tick.key === key);
    const tick: Tick = { ...applyIntentTo(earlier, intent, person), id: earlier?.id ?? this.ticks.length + 1 };
    this.ticks = [...this.ticks.filter((t) => t.key !== key), tick];
    this.changes.push({ at: ++this.counter, tick });
    return tick;
  }
}

export interface ChecklistSite {
  repositories: MrRepositories;
  checklist: FakeChecklistRepository;
}

/** The fake site with a checklist that polls often, so that others' ticks arrive while a test waits. */
export function checklistSite(options: FakeOptions = {}): ChecklistSite {
  const repositories = fakeRepositories(options);
  const checklist = new FakeChecklistRepository(options.user ?? MEMBER);
  const app = createApp({ ...repositories, checklist }, { storage: memoryStorage(), siteUrl: 'https://example.org/sites/mr' });
  return {
    checklist,
    repositories: {
      ...app,
      openChecklist: (unitId, planId, period) => app.openChecklist(unitId, planId, period, { cadence: { meetingMs: 20, visibleMs: 20, hiddenMs: 20 }, retryDelayMs: 20, maxRetryDelayMs: 40 })
    }
  };
}
