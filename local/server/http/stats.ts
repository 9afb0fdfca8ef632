/** Counts of the requests the local SharePoint answered, for tests and benchmarks to assert on. */
import type { FaultKind } from './faults.ts';

export interface RequestStatsSnapshot {
  /** HTTP requests to the REST API (a $batch counts once). */
  total: number;
  /** HTTP requests per URL path, e.g. "/sites/mr/_api/web/lists/getbytitle('X')/items". */
  byPath: Record<string, number>;
  /** Operations carried inside $batch requests. */
  batchOperations: number;
  /** Injected faults by kind. */
  faults: Record<FaultKind, number>;
}

function emptyFaults(): Record<FaultKind, number> {
  return { throttle: 0, unavailable: 0, drop: 0, dropAfterCommit: 0 };
}

export class RequestStats {
  private total = 0;
  private byPath = new Map<string, number>();
  private batchOperations = 0;
  private faults = emptyFaults();

  recordRequest(path: string): void {
    this.total += 1;
    this.byPath.set(path, (this.byPath.get(path) ?? 0) + 1);
  }

  recordBatch(operations: number): void {
    this.batchOperations += operations;
  }

  recordFault(kind: FaultKind): void {
    this.faults[kind] += 1;
  }

  snapshot(): RequestStatsSnapshot {
    return { total: this.total, byPath: Object.fromEntries(this.byPath), batchOperations: this.batchOperations, faults: { ...this.faults } };
  }

  reset(): void {
    this.total = 0;
    this.byPath = new Map();
    this.batchOperations = 0;
    this.faults = emptyFaults();
  }
}
