/**
 * The browser the browser tests drive: Debian's Chromium package. When it is missing the tests install it
 * (as root with apt-get, as on CI's fresh machine) and otherwise fail with a message that says what to do;
 * they never skip.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, chromium } from 'playwright-core';

/** Where Debian's `chromium` package puts the browser; `MR_CHROMIUM` may name another Chromium. */
export const CHROMIUM_PATH = process.env.MR_CHROMIUM || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
];

/** How long a file's beforeAll may take when it has to install Chromium first. */
export const INSTALL_TIMEOUT_MS = 15 * 60_000;

const APT_GET = '/usr/bin/apt-get';

/** Puts Chromium in place, logging what it runs; throws when it cannot. */
export type Installer = (log: (line: string) => void) => void;

function run(command: string, args: string[], log: (line: string) => void): void {
  log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) {
    throw new Error(`\`${command} ${args.join(' ')}\` failed (exit code ${result.status ?? result.signal}):\n${result.stderr || result.stdout}`);
  }
}

/** Debian's package with apt-get, when this process may install packages (root) and apt-get is there. */
export function aptInstaller(): Installer | undefined {
  if (process.env.MR_CHROMIUM || process.getuid?.() !== 0 || !existsSync(APT_GET)) return undefined;
  return (log) => {
    run(APT_GET, ['update'], log);
    run(APT_GET, ['install', '-y', 'chromium'], log);
  };
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Several test files may start at once: one of them installs, the others wait for it. */
async function withLock<T>(lock: string, work: () => T): Promise<T> {
  const until = Date.now() + INSTALL_TIMEOUT_MS;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A holder that died without letting go: take the lock over.
      const holder = Number(existsSync(join(lock, 'pid')) ? readFileSync(join(lock, 'pid'), 'utf8') : NaN);
      if (Number.isInteger(holder) && !processIsAlive(holder)) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > until) throw new Error(`Gave up waiting for another test file to install Chromium (lock ${lock}).`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    writeFileSync(join(lock, 'pid'), String(process.pid));
    return work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface EnsureChromiumOptions {
  path?: string;
  /** How to install it when it is missing; `false`: fail with what to do. Default: `aptInstaller()`, if it can. */
  install?: Installer | false;
  log?: (line: string) => void;
}

/** Makes sure Chromium is there, installing it if it is missing and it can; returns the executable's path. */
export async function ensureChromium({ path = CHROMIUM_PATH, install, log = (line) => console.log(line) }: EnsureChromiumOptions = {}): Promise<string> {
  if (existsSync(path)) return path;
  const installer = install === undefined ? aptInstaller() : install || undefined;
  if (installer === undefined) {
    throw new Error(
      `The browser tests (tests/browser) need Chromium at ${path}, and it is not there. Install Debian's package as root ` +
        '(`apt-get install chromium`; the tests do it themselves when they run as root with apt-get), ' +
        'or set MR_CHROMIUM to the path of a Chromium executable.'
    );
  }
  await withLock(join(tmpdir(), 'mr-programmet-chromium-install.lock'), () => {
    if (existsSync(path)) return;
    log(`Chromium is missing at ${path}: installing it for the browser tests.`);
    installer(log);
    if (!existsSync(path)) throw new Error(`Chromium was installed, but ${path} is still missing.`);
    log(`Chromium installed at ${path}.`);
  });
  return path;
}

/** Chromium, installed first if need be, headless. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = await ensureChromium();
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}
