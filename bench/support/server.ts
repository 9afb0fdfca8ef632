/**
 * The bench's handle on a local SharePoint running in a child process (bench/server.ts): its address,
 * and the admin endpoints (with the secret the server printed) for latency, request counters and fixture rows.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';

export interface StatsSnapshot {
  total: number;
  byPath: Record<string, number>;
  batchOperations: number;
  faults: Record<string, number>;
}

export interface BenchServer {
  url: string;
  siteUrl: string;
  setLatency(ms: number): Promise<void>;
  resetStats(): Promise<void>;
  stats(): Promise<StatsSnapshot>;
  /** POST /_local/fixtures in slices; returns the new ids in row order. */
  /** Fixture rows, in `folder` (server-relative) when given: a unit's rows in its own folder. */
  loadFixtures(list: string, rows: readonly Record<string, unknown>[], folder?: string): Promise<number[]>;
  close(): Promise<void>;
}

/** REST requests minus the form digest (`_api/contextinfo`): what the bench calls data requests. */
export function dataRequests(stats: StatsSnapshot): number {
  const digest = Object.entries(stats.byPath)
    .filter(([path]) => path.toLowerCase().endsWith('/_api/contextinfo'))
    .reduce((sum, [, count]) => sum + count, 0);
  return stats.total - digest;
}

/** The paths and counts of a snapshot, shortened for the JSON (`/sites/mr/_api/` left out). */
export function requestPaths(stats: StatsSnapshot): Record<string, number> {
  return Object.fromEntries(Object.entries(stats.byPath).map(([path, count]) => [decodeURIComponent(path.replace(/^\/sites\/mr\/_api\//i, '')), count]));
}

const FIXTURE_SLICE = 25_000;

export async function startBenchServer(serverScript: string, pageRoot: string): Promise<BenchServer> {
  const child: ChildProcess = spawn(process.execPath, [serverScript, pageRoot], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const { url, siteUrl, adminSecret } = await new Promise<{ url: string; siteUrl: string; adminSecret: string }>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`the bench server did not start within 60 s\n${stderr}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const line = stdout.split('\n').find((l) => l.startsWith('BENCH_SERVER '));
      if (line) {
        clearTimeout(timer);
        resolve(JSON.parse(line.slice('BENCH_SERVER '.length)) as { url: string; siteUrl: string; adminSecret: string });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the bench server exited (${code}) before it was ready\n${stderr}`));
    });
  });

  const admin = async <T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { 'X-MR-Local-Admin': adminSecret, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body)
    });
    const answer = (await response.json()) as T & { error?: string };
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${answer.error ?? ''}`);
    return answer;
  };

  return {
    url,
    siteUrl,
    setLatency: async (ms) => void (await admin('POST', '/_local/faults', { latencyMs: ms })),
    resetStats: async () => void (await admin('POST', '/_local/stats/reset')),
    stats: () => admin<StatsSnapshot>('GET', '/_local/stats'),
    loadFixtures: async (list, rows, folder) => {
      const ids: number[] = [];
      for (let start = 0; start < rows.length; start += FIXTURE_SLICE) {
        const answer = await admin<{ ids: number[] }>('POST', '/_local/fixtures', { list, rows: rows.slice(start, start + FIXTURE_SLICE), folder });
        ids.push(...answer.ids);
      }
      return ids;
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.stdin?.end();
      })
  };
}
