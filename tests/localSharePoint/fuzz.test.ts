/**
 * Fuzzing the local SharePoint with malformed requests mutated from the requests the app really makes: the
 * product's provisioning, demo seed and reads run first while every request is recorded; then thousands of
 * mutants of those JSON bodies, $filter/$select/$expand/$orderby strings and $batch bodies are sent, each
 * followed by a normal request that must still be answered.
 *
 * The seed is printed (MR_FUZZ_SEED=<n> repeats a run). Counted: inputs tried, how many reached the OData
 * query-option parser and the $batch parser, 4xx, and 5xx. No input may crash the server (its catch-all
 * "unexpected error" 500); the only 5xx allowed are SharePoint's own answers to well-formed requests that
 * conflict (a taken list title, duplicate unique values, the list view threshold, ensureUser of an unknown
 * login) or ask for what the local
 * SharePoint does not emulate (501), each with SharePoint's error body.
 */
const parserCalls = { queryOptions: 0, batch: 0 };

jest.mock('../../local/server/odata/queryOptions.ts', () => {
  const actual = jest.requireActual('../../local/server/odata/queryOptions.ts');
  return {
    ...actual,
    parseQueryOptions: (query: URLSearchParams) => {
      if (['$filter', '$select', '$expand', '$orderby'].some((name) => query.has(name))) parserCalls.queryOptions += 1;
      return actual.parseQueryOptions(query);
    },
  };
});

jest.mock('../../local/server/batch.ts', () => {
  const actual = jest.requireActual('../../local/server/batch.ts');
  return {
    ...actual,
    parseBatch: (body: string, contentType: string | undefined) => {
      parserCalls.batch += 1;
      return actual.parseBatch(body, contentType);
    },
  };
});
import type { LocalSharePoint } from '../../local/server/index.ts';
import { provision } from '../../src/data/provisioning/provision';
import { DEMO_SEED, DEMO_TEAMS_GROUP_ID } from '../../src/data/seed/content';
import { seed } from '../../src/data/seed/seed';
import { clientFor } from '../data/localSite';
import { startInMemory } from './sharePointClient.ts';

const SEED = Number(process.env.MR_FUZZ_SEED ?? 20261203);
const INPUTS = 3000;
/** SharePoint's deliberate 5xx codes, for well-formed requests (see the header comment). */
const SHAREPOINT_5XX = /SPDuplicateValuesFoundException|-2130575257|SPQueryThrottledException|-2130575342|System\.NotSupportedException|The specified user .* could not be found\./;

interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** mulberry32: a small, fast, seedable PRNG. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let sharePoint: LocalSharePoint;
const recorded: RecordedRequest[] = [];

beforeAll(async () => {
  sharePoint = await startInMemory();
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, name) => (headers[name] = value));
    recorded.push({ method: init?.method ?? 'GET', url: String(input), headers, body: typeof init?.body === 'string' ? init.body : undefined });
    return realFetch(input, init);
  }) as typeof fetch;
  try {
    const { sp, repos } = clientFor(sharePoint.siteUrl, 'editor');
    await provision(sp);
    await seed(sp, DEMO_SEED);
    const unit = await repos.units.forTeamsGroup(DEMO_TEAMS_GROUP_ID);
    const plans = (await repos.actionPlans.list()).value;
    await repos.actionPlans.items(plans[0].id);
    await repos.updates.published(new Date());
    await repos.updates.all();
    if (unit) await repos.staircase.forUnit(unit.id, [2025, 2026]);
  } finally {
    globalThis.fetch = realFetch;
  }
}, 120_000);

afterAll(() => sharePoint.close());

const TOKENS = ['(', ')', "'", "''", ' and ', ' or ', 'not ', ' eq ', ' ne ', ' gt ', ' le ', '/', ',', '$', '%', '%2', '\u0000', '\ud800', 'é', "datetime'", 'startswith(', 'substringof(', 'year(', ' asc', ' desc', 'null', 'true', '1e400', '-', '.', '*', '"', '{', '}', '[', ']', ':', '\\', '\r\n', '--', 'Content-Type: ', 'HTTP/1.1'];

function mutateText(text: string, next: () => number): string {
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const at = (): number => Math.floor(next() * (text.length + 1));
  switch (Math.floor(next() * 9)) {
    case 0:
      return text.slice(0, at());
    case 1: {
      const position = at();
      return text.slice(0, position) + Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(TOKENS)).join('') + text.slice(position);
    }
    case 2: {
      const start = at();
      return text.slice(0, start) + text.slice(start + Math.floor(next() * 20));
    }
    case 3: {
      const start = at();
      const piece = text.slice(start, start + 1 + Math.floor(next() * 40));
      return text.slice(0, start) + piece.repeat(2 + Math.floor(next() * 300)) + text.slice(start);
    }
    case 4: {
      const depth = 1 + Math.floor(next() * 3000);
      return '('.repeat(depth) + text + ')'.repeat(next() < 0.5 ? depth : Math.floor(depth / 2));
    }
    case 5:
      return 'not '.repeat(1 + Math.floor(next() * 2000)) + text;
    case 6:
      return text.replace(/'/g, next() < 0.5 ? '' : "'''");
    case 7:
      return pick(['', ' ', ',', '()', "'", 'ID eq', 'eq 1', '/', '$filter', '\ud83d', 'x'.repeat(5000)]);
    default: {
      const position = at();
      return text.slice(0, position) + String.fromCharCode(Math.floor(next() * 0x3000)) + text.slice(position + 1);
    }
  }
}

function randomJsonValue(next: () => number, depth = 0): unknown {
  switch (Math.floor(next() * 9)) {
    case 0: {
      const nesting = 1 + Math.floor(next() * 5000);
      return JSON.parse('['.repeat(Math.min(nesting, 90)) + ']'.repeat(Math.min(nesting, 90)));
    }
    case 1:
      return 'å'.repeat(Math.floor(next() * 70_000));
    case 2:
      return [Number.MAX_SAFE_INTEGER, -1, 0.5, 1e308, -0][Math.floor(next() * 5)];
    case 3:
      return next() < 0.5;
    case 4:
      return null;
    case 5:
      return depth > 3 ? {} : { results: [randomJsonValue(next, depth + 1)], __metadata: { type: 'Collection(Edm.String)' } };
    case 6:
      return depth > 3 ? [] : { Url: randomJsonValue(next, depth + 1), Description: 1 };
    case 7:
      return new Date(Math.floor(next() * 1e13)).toISOString().replace('T', next() < 0.5 ? 'T' : ' ');
    default:
      return mutateText('Titel', next);
  }
}

function mutateJson(body: string, next: () => number): string {
  if (next() < 0.35) {
    const text = mutateText(body, next);
    return next() < 0.2 ? '['.repeat(1 + Math.floor(next() * 100_000)) + text : text;
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return mutateText(body, next);
  }
  const root = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
  const keys = Object.keys(root);
  const key = keys[Math.floor(next() * keys.length)] ?? 'Title';
  switch (Math.floor(next() * 5)) {
    case 0:
      delete root[key];
      break;
    case 1:
      root[mutateText(key, next)] = randomJsonValue(next);
      break;
    case 2:
      root.__metadata = { type: mutateText(String((root.__metadata as { type?: string } | undefined)?.type ?? 'SP.Data.X'), next) };
      break;
    default:
      root[key] = randomJsonValue(next);
  }
  return JSON.stringify(next() < 0.1 ? [root] : root);
}

const QUERY_OPTIONS = ['$filter', '$select', '$expand', '$orderby'];

function mutateUrl(url: string, next: () => number): string {
  const parsed = new URL(url);
  const present = QUERY_OPTIONS.filter((name) => parsed.searchParams.has(name));
  const name = present.length > 0 && next() < 0.8 ? present[Math.floor(next() * present.length)] : QUERY_OPTIONS[Math.floor(next() * QUERY_OPTIONS.length)];
  parsed.searchParams.set(name, mutateText(parsed.searchParams.get(name) ?? 'Title', next));
  return parsed.toString();
}

function mutateBatch(body: string, next: () => number): string {
  const choice = Math.floor(next() * 5);
  if (choice === 0) return mutateText(body, next);
  if (choice === 1) {
    // Many more parts than SharePoint allows, or the same part repeated.
    const parts = body.split(/(?=--batch_)/);
    return parts.slice(0, -1).join('').repeat(1 + Math.floor(next() * 120)) + parts[parts.length - 1];
  }
  const lines = body.split('\r\n');
  const requestLines = lines.map((line, index) => (/^(GET|POST|PATCH|DELETE|MERGE|PUT) https?:\/\//.test(line) ? index : -1)).filter((index) => index >= 0);
  const jsonLines = lines.map((line, index) => (line.startsWith('{') ? index : -1)).filter((index) => index >= 0);
  if (choice === 2 && requestLines.length > 0) {
    const index = requestLines[Math.floor(next() * requestLines.length)];
    const [method, url, version] = lines[index].split(' ');
    lines[index] = `${method} ${mutateUrl(url, next)} ${version}`;
  } else if (choice === 3 && jsonLines.length > 0) {
    const index = jsonLines[Math.floor(next() * jsonLines.length)];
    lines[index] = mutateJson(lines[index], next);
  } else {
    const index = Math.floor(next() * lines.length);
    lines[index] = mutateText(lines[index], next);
  }
  return lines.join(next() < 0.1 ? '\n' : '\r\n');
}

test(`thousands of malformed requests mutated from the app's own get SharePoint 4xx answers, never a crash (seed ${SEED})`, async () => {
  console.log(`fuzz seed: ${SEED} (repeat with MR_FUZZ_SEED=${SEED})`);
  const next = random(SEED);
  const jsonBodies = recorded.filter((r) => r.body?.trim().startsWith('{'));
  const queries = recorded.filter((r) => QUERY_OPTIONS.some((name) => new URL(r.url).searchParams.has(name)));
  const batches = recorded.filter((r) => r.url.includes('$batch'));
  expect([jsonBodies.length, queries.length, batches.length].every((count) => count > 0)).toBe(true);

  const unexpected = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const counts = { inputs: 0, reachedOData: 0, reachedBatch: 0, status4xx: 0, status5xx: 0, sharePoint5xx: 0, other: 0 };
  const fiveHundreds: string[] = [];
  const sharePoint5xxKinds: Record<string, number> = {};
  for (let input = 0; input < INPUTS; input += 1) {
    const kind = input % 3;
    const base = [jsonBodies, queries, batches][kind][Math.floor(next() * [jsonBodies, queries, batches][kind].length)];
    const mutant: RecordedRequest = { ...base, headers: { ...base.headers } };
    if (kind === 0) mutant.body = mutateJson(base.body ?? '{}', next);
    else if (kind === 1) mutant.url = mutateUrl(base.url, next);
    else mutant.body = mutateBatch(base.body ?? '', next);

    const before = { ...parserCalls };
    const response = await fetch(mutant.url, { method: mutant.method, headers: mutant.headers, body: mutant.method === 'GET' ? undefined : mutant.body });
    const text = await response.text();
    counts.inputs += 1;
    if (parserCalls.queryOptions > before.queryOptions) counts.reachedOData += 1;
    if (parserCalls.batch > before.batch) counts.reachedBatch += 1;
    // A $batch answers 200 with each operation's own status inside: those count too.
    const statuses = [response.status, ...[...text.matchAll(/^HTTP\/1\.1 (\d{3})/gm)].map((match) => Number(match[1]))];
    const worst = Math.max(...statuses.filter((status) => status >= 400), 0);
    if (worst >= 500) {
      counts.status5xx += 1;
      const kind = SHAREPOINT_5XX.exec(text)?.[0];
      if (kind) {
        counts.sharePoint5xx += 1;
        sharePoint5xxKinds[kind] = (sharePoint5xxKinds[kind] ?? 0) + 1;
      }
      if (!kind) fiveHundreds.push(`${mutant.method} ${mutant.url.slice(0, 200)} → ${text.slice(0, 300)}`);
    } else if (worst >= 400) counts.status4xx += 1;
    else counts.other += 1;

    const normal = await fetch(`${sharePoint.siteUrl}/_api/web?$select=Title`, { headers: { Accept: 'application/json', 'X-MR-Local-User': 'reader' } });
    expect(normal.status).toBe(200);
    await normal.text();
  }
  const crashes = unexpected.mock.calls.filter((call) => String(call[0]).includes('unexpected error')).length;
  unexpected.mockRestore();
  console.log(
    `fuzz (seed ${SEED}): ${counts.inputs} inputs; reached the OData query parser ${counts.reachedOData}, the $batch parser ${counts.reachedBatch}; ` +
      `4xx ${counts.status4xx}, 5xx ${counts.status5xx} (SharePoint's own answers to well-formed requests: ${counts.sharePoint5xx}, ${JSON.stringify(sharePoint5xxKinds)}; for malformed input: ${fiveHundreds.length}), 2xx ${counts.other}; crashes ${crashes}`
  );
  expect(fiveHundreds).toEqual([]);
  expect(crashes).toBe(0);
  expect(counts.reachedOData).toBeGreaterThan(INPUTS / 5);
  expect(counts.reachedBatch).toBeGreaterThan(INPUTS / 5);
}, 300_000);
