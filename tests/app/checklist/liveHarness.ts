/**
 * Live updates without waiting: a manual clock and timers (time moves only when a test says so), the
 * checklist fake of the UI tests behind a counter of who asked SharePoint what, and tabs of one browser
 * (memoryBrowser) that share browser storage, as a person's tabs share localStorage.
 */
import { ChecklistRepository, Clock, createApp, KeyValueStorage, memoryBrowser, MemoryBrowser, MemoryTab, memoryStorage, MrRepositories, settableVisibility, SettableVisibility, Timers } from '../../../src/app';
import type { TickChanges } from '../../../src/app';
import type { Tick, TickIntent } from '../../../src/domain/checklist';
import type { Person } from '../../../src/domain/person';
import { fakeRepositories, MEMBER, PERIOD } from '../../ui/fakes';
import { FakeChecklistRepository, PLAN, UNIT } from '../../ui/Checklist/checklistFakes';

export { MEMBER, PERIOD, PLAN, UNIT };

/** Time that moves only in `advance`, running each timer due on the way, in order. */
export class ManualTime implements Clock, Timers {
  private at = Date.parse('2026-05-04T09:00:00Z');
  private nextId = 1;
  private readonly due = new Map<number, { at: number; callback: () => void }>();

  public now(): Date {
    return new Date(this.at);
  }

  public setTimeout(callback: () => void, delayMs: number): unknown {
    const id = this.nextId++;
    this.due.set(id, { at: this.at + Math.max(0, delayMs), callback });
    return id;
  }

  public clearTimeout(handle: unknown): void {
    this.due.delete(handle as number);
  }

  /** Moves time on by `ms`, letting every promise settle after each timer. */
  public async advance(ms: number): Promise<void> {
    const end = this.at + ms;
    await settle();
    for (;;) {
      const next = [...this.due.entries()].filter(([, task]) => task.at <= end).sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
      if (next === undefined) break;
      this.due.delete(next[0]);
      this.at = next[1].at;
      next[1].callback();
      await settle();
    }
    this.at = end;
    await settle();
  }
}

/** Lets every pending promise and message (they are microtasks) run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
}

export interface Request {
  tab: string;
  operation: 'load' | 'changes' | 'write';
  /** When it was sent (ms, the test's clock). */
  at: number;
  intent?: TickIntent;
  /** What the writing tab knew of the row. */
  known?: Tick;
}

/** SharePoint as the fake of the UI tests keeps it, with every request logged by tab, and polls that can be made to fail. */
export class CountingServer {
  public readonly store = new FakeChecklistRepository(MEMBER);
  public readonly requests: Request[] = [];
  /** While set, polls fail with it (e.g. throttled, with a Retry-After). */
  public failPollsWith?: Error;
  /** How long SharePoint takes to answer a poll, on the test's clock. */
  public pollAnswerMs = 0;

  public constructor(private readonly time: ManualTime) {}

  public repositoryFor(tab: string): ChecklistRepository {
    return {
      loadUnitPlanView: (unitId) => {
        this.requests.push({ tab, operation: 'load', at: this.time.now().getTime() });
        return this.store.loadUnitPlanView(unitId);
      },
      changesSince: async (token): Promise<TickChanges> => {
        this.requests.push({ tab, operation: 'changes', at: this.time.now().getTime() });
        if (this.pollAnswerMs > 0) await new Promise<void>((resolve) => this.time.setTimeout(resolve, this.pollAnswerMs));
        if (this.failPollsWith) throw this.failPollsWith;
        return this.store.changesSince(token);
      },
      applyIntent: (intent, known) => {
        this.requests.push({ tab, operation: 'write', intent, known, at: this.time.now().getTime() });
        return this.store.applyIntent(intent);
      }
    };
  }

  public count(operation: Request['operation'], tab?: string): number {
    return this.requests.filter((r) => r.operation === operation && (tab === undefined || r.tab === tab)).length;
  }
}

export interface TestTab {
  name: string;
  app: MrRepositories;
  visibility: SettableVisibility;
  ports?: MemoryTab;
}

/** One tab's app: its own visibility, the browser's shared storage, and (when given) the browser's channels and locks. */
export function openTab(
  name: string,
  server: CountingServer,
  time: ManualTime,
  shared: { storage: KeyValueStorage; browser?: MemoryBrowser },
  random: () => number = () => 0.5,
  /** Who the person is, as SharePoint answers it (by default at once). */
  currentUser?: () => Promise<Person>
): TestTab {
  const visibility = settableVisibility(true);
  const ports = shared.browser?.openTab();
  const repositories = fakeRepositories();
  const site = currentUser === undefined ? repositories.site : { ...repositories.site, currentUser };
  const app = createApp(
    { ...repositories, site, checklist: server.repositoryFor(name) },
    { storage: shared.storage, siteUrl: 'https://example.org/sites/mr', clock: time, timers: time, visibility, tabs: ports, random }
  );
  return { name, app, visibility, ports };
}

export function browser(): { storage: KeyValueStorage; browser: MemoryBrowser } {
  return { storage: memoryStorage(), browser: memoryBrowser() };
}
