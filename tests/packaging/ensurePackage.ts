/**
 * Gives tests a current sharepoint/solution/mr-programmet.sppkg: builds it with `npm run package`'s
 * script when it is missing or older than what goes into it. A lock file keeps two test files (or two
 * test runs) from building at once; whoever waits then finds the package current and reuses it.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { inRepository, repositoryRoot } from './repository';

const solutionPackagePath = inRepository('sharepoint/solution/mr-programmet.sppkg');
const packageSources = ['src', 'config', 'teams', 'sharepoint/assets'].map(inRepository);
const packageOutputsAmongSources = new Set([inRepository('teams/TeamsSPFxApp.zip')]);
const lockPath = inRepository('node_modules/.cache/mr-programmet/package.lock');

export async function ensurePackage(): Promise<string> {
  if (!packageIsCurrent()) {
    await whileHoldingLock(async () => {
      if (!packageIsCurrent()) await buildPackage();
    });
  }
  return solutionPackagePath;
}

function packageIsCurrent(): boolean {
  return existsSync(solutionPackagePath) && statSync(solutionPackagePath).mtimeMs >= newestChange(packageSources);
}

function newestChange(paths: string[]): number {
  let newest = 0;
  for (const entry of paths) {
    if (!existsSync(entry) || packageOutputsAmongSources.has(entry)) continue;
    const stats = statSync(entry);
    const changed = stats.isDirectory()
      ? newestChange(readdirSync(entry).map((child) => path.join(entry, child)))
      : stats.mtimeMs;
    newest = Math.max(newest, changed);
  }
  return newest;
}

function buildPackage(): Promise<void> {
  return new Promise((resolve, reject) => {
    const build = spawn(process.execPath, [inRepository('tools/package.mjs')], { cwd: repositoryRoot });
    const output: Buffer[] = [];
    build.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    build.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    build.on('error', reject);
    build.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`tools/package.mjs exited with ${code}:\n${lastLines(Buffer.concat(output).toString(), 40)}`));
    });
  });
}

function lastLines(text: string, count: number): string {
  // eslint-disable-next-line no-control-regex -- terminal colour codes start with the ESC control character
  const withoutColours = text.replace(/\x1b\[[0-9;]*m/g, '');
  return withoutColours.trimEnd().split('\n').slice(-count).join('\n');
}

async function whileHoldingLock(work: () => Promise<void>): Promise<void> {
  mkdirSync(path.dirname(lockPath), { recursive: true });
  for (;;) {
    try {
      const lock = openSync(lockPath, 'wx');
      writeSync(lock, String(process.pid));
      closeSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (lockHolderIsGone()) rmSync(lockPath, { force: true });
      else await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  try {
    await work();
  } finally {
    rmSync(lockPath, { force: true });
  }
}

/** A lock left by a process that no longer runs (a cancelled test run) must not block the next one. */
function lockHolderIsGone(): boolean {
  try {
    const holder = Number(readFileSync(lockPath, 'utf8'));
    // Between creating the lock and writing its pid, the file is briefly empty.
    if (!holder) return Date.now() - statSync(lockPath).mtimeMs > 10_000;
    process.kill(holder, 0);
    return false;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ESRCH' || code === 'ENOENT';
  }
}
