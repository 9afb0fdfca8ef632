/**
 * Fault injection for tests and benchmarks. A request can be delayed (latency), refused before anything
 * happens (429 with Retry-After, 503 with Retry-After, or a dropped connection) or, for writes, have its
 * connection dropped after the change committed, so the client never learns it succeeded.
 */

/** Faults decided when a request arrives; the request then changes nothing. */
export type RefusalFault = 'throttle' | 'unavailable' | 'drop';
export type FaultKind = RefusalFault | 'dropAfterCommit';

export const REFUSAL_FAULTS: readonly RefusalFault[] = ['throttle', 'unavailable', 'drop'];

export interface FaultSettings {
  /** Added to every _api request, in milliseconds. */
  latencyMs: number;
  /** Probability (0..1) that an _api request is refused with one of `refusalKinds`. */
  failRate: number;
  /** The refusals `failRate` picks from, uniformly. */
  refusalKinds: RefusalFault[];
  /** Probability (0..1) that a write's connection is dropped after it committed. */
  dropAfterCommitRate: number;
  /** The Retry-After header (seconds) sent with 429 and 503. */
  retryAfterSeconds: number;
}

export interface FaultUpdate extends Partial<FaultSettings> {
  /** Faults for the next requests, in order, before any random ones; `dropAfterCommit` waits for the next write. */
  failNext?: FaultKind[];
}

export const DEFAULT_FAULT_SETTINGS: FaultSettings = {
  latencyMs: 0,
  failRate: 0,
  refusalKinds: [...REFUSAL_FAULTS],
  dropAfterCommitRate: 0,
  retryAfterSeconds: 1,
};

function checkRate(name: string, value: number): void {
  if (!(value >= 0 && value <= 1)) throw new RangeError(`${name} must be between 0 and 1`);
}

function checkNonNegative(name: string, value: number): void {
  if (!(Number.isFinite(value) && value >= 0)) throw new RangeError(`${name} must be a non-negative number`);
}

export class FaultInjector {
  private current: FaultSettings = { ...DEFAULT_FAULT_SETTINGS };
  private queued: FaultKind[] = [];
  private readonly random: () => number;

  constructor(initial: Partial<FaultSettings> = {}, random: () => number = Math.random) {
    this.random = random;
    this.update(initial);
  }

  settings(): FaultSettings & { failNext: FaultKind[] } {
    return { ...this.current, refusalKinds: [...this.current.refusalKinds], failNext: [...this.queued] };
  }

  /** Applies a change atomically: an invalid value leaves the settings as they were. */
  update(update: FaultUpdate): void {
    const next: FaultSettings = { ...this.current, ...Object.fromEntries(Object.entries(update).filter(([, value]) => value !== undefined)) };
    checkNonNegative('latencyMs', next.latencyMs);
    checkRate('failRate', next.failRate);
    checkRate('dropAfterCommitRate', next.dropAfterCommitRate);
    checkNonNegative('retryAfterSeconds', next.retryAfterSeconds);
    if (next.refusalKinds.length === 0 || next.refusalKinds.some((kind) => !REFUSAL_FAULTS.includes(kind))) {
      throw new RangeError(`refusalKinds must be a non-empty subset of ${REFUSAL_FAULTS.join(', ')}`);
    }
    const allKinds: readonly string[] = [...REFUSAL_FAULTS, 'dropAfterCommit'];
    if (update.failNext?.some((kind) => !allKinds.includes(kind))) throw new RangeError(`failNext entries must be one of ${allKinds.join(', ')}`);
    this.current = { ...next, refusalKinds: [...next.refusalKinds] };
    if (update.failNext) this.queued = [...update.failNext];
  }

  /** The refusal for a request that just arrived, if any. */
  refusalFor(): RefusalFault | undefined {
    const head = this.queued[0];
    if (head !== undefined && head !== 'dropAfterCommit') return this.queued.shift() as RefusalFault;
    if (head === undefined && this.current.failRate > 0 && this.random() < this.current.failRate) {
      const kinds = this.current.refusalKinds;
      return kinds[Math.floor(this.random() * kinds.length)];
    }
    return undefined;
  }

  /** Whether to drop the connection of a write that has committed. */
  dropAfterCommit(): boolean {
    if (this.queued[0] === 'dropAfterCommit') {
      this.queued.shift();
      return true;
    }
    return this.current.dropAfterCommitRate > 0 && this.random() < this.current.dropAfterCommitRate;
  }
}
