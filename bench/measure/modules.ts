/**
 * What the initial web-part script is made of: per-module and per-package sizes from webpack's stats
 * (temp/webpack-stats.json, written by `npm run package -- --stats`; the bench packages with it). webpack
 * gives each module's size before minification and before unused exports are dropped, so a file of many
 * exports of which few are used (the icon files) looks far larger than what it adds to the script; the
 * sizes point at where to look, the initial script's gzip size is measured on its own.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const WEBPACK_STATS = (root: string): string => join(root, 'temp', 'webpack-stats.json');

/** The largest modules and packages listed; the rest are summed into one line. */
const LISTED = 20;

export interface ModuleSize {
  name: string;
  /** webpack's size: before minification and tree shaking. */
  bytes: number;
}

export interface InitialModules {
  statsWrittenAt: string;
  moduleCount: number;
  sourceBytes: number;
  modules: ModuleSize[];
  packages: ModuleSize[];
}

interface StatsModule {
  name?: string;
  size?: number;
  /** The chunks (by id) the module is in. */
  chunks?: (string | number)[];
  /** A concatenated module's parts. */
  modules?: StatsModule[];
}

interface StatsChunk {
  id?: string | number;
  files?: string[];
}

/** A module's own parts: a concatenated module lists the modules it is made of. */
function leaves(module: StatsModule): StatsModule[] {
  return module.modules !== undefined && module.modules.length > 0 ? module.modules.flatMap(leaves) : [module];
}

/** `./node_modules/@scope/name/…` → `@scope/name`; our own compiled code (`./lib/…`) → `src/<folder>`. */
function packageOf(name: string): string {
  const path = name.replace(/^.*?\.\//, '').replace(/ \+ \d+ modules$/, '');
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (inModules) return inModules[1];
  const ours = /^lib\/([^/]+)(?:\/([^/]+))?/.exec(path);
  if (ours) return ours[2] !== undefined && !ours[2].includes('.') ? `src/${ours[1]}/${ours[2]}` : `src/${ours[1]}`;
  return path;
}

function shortName(name: string): string {
  return name.replace(/^.*?\.\//, '').replace(/^node_modules\//, '');
}

export function initialModules(root: string, initialFiles: readonly string[]): InitialModules | { error: string } {
  const file = WEBPACK_STATS(root);
  if (!existsSync(file)) return { error: 'temp/webpack-stats.json is missing (npm run package -- --stats writes it)' };
  const stats = JSON.parse(readFileSync(file, 'utf8')) as { chunks?: StatsChunk[]; modules?: StatsModule[] };
  const wanted = new Set(initialFiles);
  const chunkIds = new Set((stats.chunks ?? []).filter((chunk) => (chunk.files ?? []).some((f) => wanted.has(f))).map((chunk) => chunk.id));
  if (chunkIds.size === 0) return { error: `webpack's stats name no chunk of ${initialFiles.join(', ')} (stats older than the package?)` };
  // The stats' own module list (a chunk's list is grouped by folder); concatenated modules opened up.
  const modules = (stats.modules ?? [])
    .filter((m) => (m.chunks ?? []).some((id) => chunkIds.has(id)))
    .flatMap(leaves)
    .filter((m) => (m.size ?? 0) > 0);
  const sourceBytes = modules.reduce((sum, m) => sum + (m.size ?? 0), 0);
  const sized = (name: string, bytes: number): ModuleSize => ({ name, bytes });
  const byPackage = new Map<string, number>();
  for (const m of modules) byPackage.set(packageOf(m.name ?? '?'), (byPackage.get(packageOf(m.name ?? '?')) ?? 0) + (m.size ?? 0));
  const top = (entries: [string, number][]): ModuleSize[] => {
    const sorted = entries.sort((a, b) => b[1] - a[1]);
    const listed = sorted.slice(0, LISTED).map(([name, bytes]) => sized(name, bytes));
    const rest = sorted.slice(LISTED);
    if (rest.length > 0) listed.push(sized(`${rest.length} more`, rest.reduce((sum, [, bytes]) => sum + bytes, 0)));
    return listed;
  };
  return {
    statsWrittenAt: statSync(file).mtime.toISOString(),
    moduleCount: modules.length,
    sourceBytes,
    modules: top(modules.map((m) => [shortName(m.name ?? '?'), m.size ?? 0])),
    packages: top([...byPackage.entries()])
  };
}
