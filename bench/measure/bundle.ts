/**
 * bundle: the gzip size of every JS file the production package ships, from `npm run package`'s
 * temp/bundle-sizes.json (run first when that file is missing or older than the sources), against the
 * budgets: the initial JS (the web part's entry file, everything not a `chunk.`) ≤ 90 KB; each lazily loaded
 * chunk ≤ 60 KB, except the council report generator (its chunk and the docx library it loads, together
 * ≤ 120 KB, fetched only when someone asks for the report); and the Viva Connections card's own bundle
 * (`mr-programme-card_…`) ≤ 40 KB, on its own line, since the dashboard loads it without the web part.
 * KB = 1,000 bytes (the stricter reading).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { initialModules, WEBPACK_STATS } from './modules';
import type { InitialModules } from './modules';

export const INITIAL_BUDGET_BYTES = 90_000;
export const LAZY_CHUNK_BUDGET_BYTES = 60_000;
export const REPORT_GENERATOR_BUDGET_BYTES = 120_000;
export const CARD_BUDGET_BYTES = 40_000;
/** The card's bundle, as config/config.json names it. */
const CARD_BUNDLE = /^mr-programme-card_/;
/** The council report generator: the report's own chunk (src/ui/FollowUp)… */
const REPORT_CHUNK = /^chunk\.mr-follow-up-report_/;
/** …and the docx library, in a chunk webpack only numbered, known by the document part it writes. */
const DOCX_CONTENT = /word\/document\.xml/;

function isReportGenerator(root: string, file: string): boolean {
  if (REPORT_CHUNK.test(file)) return true;
  const path = join(root, 'release', 'assets', file);
  return existsSync(path) && DOCX_CONTENT.test(readFileSync(path, 'utf8'));
}

export type Verdict = 'pass' | 'fail' | 'info';

export interface BundleFile {
  file: string;
  kind: 'initial' | 'lazy' | 'reportGenerator' | 'card';
  bytes: number;
  gzipBytes: number;
  budgetGzipBytes?: number;
  verdict: Verdict;
}

export interface BundleResult {
  source: string;
  /** When the sizes were written, and whether `npm run package` ran for this bench. */
  measuredAt: string;
  packagedNow: boolean;
  /** Sources newer than the sizes (the bench was told not to package). */
  stale: boolean;
  /** Set when `npm run package` failed after webpack had written release/assets: the sizes are measured there. */
  packageFailure?: string;
  initial: { gzipBytes: number; budgetGzipBytes: number; verdict: Verdict };
  /** What the initial script is made of, from webpack's stats. */
  initialModules: InitialModules | { error: string };
  lazyChunks: { count: number; largestGzipBytes: number; budgetGzipBytes: number; verdict: Verdict };
  /** The council report generator's chunks together: they load together, on a click. */
  reportGenerator: { gzipBytes: number; budgetGzipBytes: number; verdict: Verdict };
  /** The Viva Connections card's bundle; undefined in a package built before the card existed. */
  card?: { gzipBytes: number; budgetGzipBytes: number; verdict: Verdict };
  files: BundleFile[];
  error?: string;
}

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

/** `npm run package`, output to .local/bench/package.log; resolves with its exit code. */
function runPackage(root: string): Promise<number | null> {
  return new Promise((resolve, reject) => {
    // With webpack's stats, for the initial script's per-module sizes (modules.ts).
    const child = spawn(process.execPath, [join(root, 'tools', 'package.mjs'), '--stats'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (code) => {
      writeFileSync(join(root, '.local', 'bench', 'package.log'), output);
      resolve(code);
    });
  });
}

/** The shipped JS files as tools/package.mjs measures them (raw and gzip), read from release/assets. */
function measureAssets(root: string, since: number): { file: string; bytes: number; gzipBytes: number }[] | undefined {
  const assets = join(root, 'release', 'assets');
  if (!existsSync(assets)) return undefined;
  const files = readdirSync(assets).filter((file) => file.endsWith('.js'));
  if (files.length === 0 || files.some((file) => statSync(join(assets, file)).mtimeMs < since)) return undefined;
  return files.sort().map((file) => {
    const content = readFileSync(join(assets, file));
    return { file, bytes: content.length, gzipBytes: gzipSync(content).length };
  });
}

export async function measureBundle(root: string, mode: 'auto' | 'always' | 'never', log: (line: string) => void): Promise<BundleResult> {
  const sizesFile = join(root, 'temp', 'bundle-sizes.json');
  const sources = ['src', 'config', 'package.json', 'gulpfile.js'].map((p) => join(root, p)).filter(existsSync);
  const sourcesAt = Math.max(...sources.map(newestMtime));
  const stale = !existsSync(sizesFile) || statSync(sizesFile).mtimeMs < sourcesAt || !existsSync(WEBPACK_STATS(root));
  let packagedNow = false;
  let packageFailure: string | undefined;
  let sizes: { files: { file: string; bytes: number; gzipBytes: number }[] } | undefined;
  if (mode === 'always' || (mode === 'auto' && stale)) {
    log('  npm run package (gulp bundle --ship, package-solution; log in .local/bench/package.log)…');
    const startedAt = Date.now();
    const code = await runPackage(root);
    log(`  npm run package ${code === 0 ? 'done' : `failed (exit ${code})`} after ${Math.round((Date.now() - startedAt) / 1000)} s`);
    if (code === 0) packagedNow = true;
    else {
      // gulp fails the build on any warning (e.g. a lint finding in work in progress) after webpack has
      // written the bundles: their sizes are still the production bundle's, and are reported as such.
      const files = measureAssets(root, startedAt);
      if (files === undefined) throw new Error(`npm run package failed (exit ${code}) before it wrote release/assets; see .local/bench/package.log`);
      packageFailure = `npm run package failed (exit ${code}; see .local/bench/package.log) after webpack wrote release/assets; sizes measured there`;
      sizes = { files };
    }
  }
  if (sizes === undefined) {
    if (!existsSync(sizesFile)) throw new Error('temp/bundle-sizes.json is missing (run without --no-package)');
    sizes = JSON.parse(readFileSync(sizesFile, 'utf8')) as { files: { file: string; bytes: number; gzipBytes: number }[] };
  }
  const files: BundleFile[] = sizes.files.map(({ file, bytes, gzipBytes }) => {
    const kind: BundleFile['kind'] = CARD_BUNDLE.test(file) ? 'card' : !file.startsWith('chunk.') ? 'initial' : isReportGenerator(root, file) ? 'reportGenerator' : 'lazy';
    const budget = kind === 'lazy' ? LAZY_CHUNK_BUDGET_BYTES : kind === 'card' ? CARD_BUDGET_BYTES : undefined;
    return { file, kind, bytes, gzipBytes, budgetGzipBytes: budget, verdict: budget === undefined ? 'info' : gzipBytes <= budget ? 'pass' : 'fail' };
  });
  const gzipOf = (kind: BundleFile['kind']): number => files.filter((f) => f.kind === kind).reduce((sum, f) => sum + f.gzipBytes, 0);
  const initialBytes = gzipOf('initial');
  const reportBytes = gzipOf('reportGenerator');
  const reportVerdict: Verdict = reportBytes <= REPORT_GENERATOR_BUDGET_BYTES ? 'pass' : 'fail';
  for (const file of files) {
    if (file.kind === 'initial') file.verdict = initialBytes <= INITIAL_BUDGET_BYTES ? 'pass' : 'fail';
    if (file.kind === 'reportGenerator') file.verdict = reportVerdict;
  }
  const lazy = files.filter((f) => f.kind === 'lazy');
  const largest = Math.max(0, ...lazy.map((f) => f.gzipBytes));
  const card = files.find((f) => f.kind === 'card');
  return {
    source: packageFailure ? 'release/assets' : 'temp/bundle-sizes.json',
    measuredAt: packageFailure ? new Date().toISOString() : statSync(sizesFile).mtime.toISOString(),
    packagedNow,
    stale: !packagedNow && !packageFailure && statSync(sizesFile).mtimeMs < sourcesAt,
    packageFailure,
    initial: { gzipBytes: initialBytes, budgetGzipBytes: INITIAL_BUDGET_BYTES, verdict: initialBytes <= INITIAL_BUDGET_BYTES ? 'pass' : 'fail' },
    initialModules: initialModules(
      root,
      files.filter((f) => f.kind === 'initial').map((f) => f.file)
    ),
    lazyChunks: { count: lazy.length, largestGzipBytes: largest, budgetGzipBytes: LAZY_CHUNK_BUDGET_BYTES, verdict: lazy.every((f) => f.verdict === 'pass') ? 'pass' : 'fail' },
    reportGenerator: { gzipBytes: reportBytes, budgetGzipBytes: REPORT_GENERATOR_BUDGET_BYTES, verdict: reportVerdict },
    card: card && { gzipBytes: card.gzipBytes, budgetGzipBytes: CARD_BUDGET_BYTES, verdict: card.verdict },
    files
  };
}
