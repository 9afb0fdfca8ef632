/** Summaries of repeated measurements: every number the bench reports is one of these. */

export interface Summary {
  median: number;
  min: number;
  max: number;
  /** How many measurements the summary is made of. */
  runs: number;
  /** Nearest-rank 95th percentile, where asked for (tick and live). */
  p95?: number;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Median (mean of the middle two for an even count), min, max and optionally p95; `digits` decimals. */
export function summarize(values: readonly number[], options: { p95?: boolean; digits?: number } = {}): Summary | undefined {
  if (values.length === 0) return undefined;
  const digits = options.digits ?? 1;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  const summary: Summary = { median: round(median, digits), min: round(sorted[0], digits), max: round(sorted[sorted.length - 1], digits), runs: sorted.length };
  if (options.p95) summary.p95 = round(sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)], digits);
  return summary;
}

/** Ratio of two medians (ours / theirs), two decimals; undefined when either is missing or zero. */
export function ratio(ours: Summary | undefined, theirs: Summary | undefined): number | undefined {
  if (!ours || !theirs || theirs.median === 0) return undefined;
  return round(ours.median / theirs.median, 2);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Milliseconds since `start` (performance.now()), one decimal. */
export function elapsed(start: number): number {
  return round(performance.now() - start, 1);
}
