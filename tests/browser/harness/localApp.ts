/**
 * The product as `npm start -- --demo` runs it, for one test file: the local host page built into a temporary folder,
 * and the local SharePoint on a free port with a fresh store, provisioned and seeded by the product's own code
 * with the illustrative content the journeys read (tests/browser/harness/demo.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LocalSharePoint } from '../../../local/server/index.ts';
import { startLocal } from '../../../local/start';

const ROOT = join(__dirname, '..', '..', '..');

/** Time for building the page, starting the server, provisioning and seeding. */
export const START_TIMEOUT_MS = 120_000;

export interface LocalApp {
  /** `http://localhost:<port>`: the host page is at `/`. */
  readonly url: string;
  readonly siteUrl: string;
  readonly port: number;
  /** The running server (a new one after `restart`). */
  readonly sharePoint: LocalSharePoint;
  /** Stops the server and starts it again on the same port with the same data (a file-backed store only). */
  restart(): Promise<void>;
  /** Stops the server without starting it again (until `start`). */
  stop(): Promise<void>;
  /** Starts a stopped server again on the same port with the same data. */
  start(): Promise<void>;
  close(): Promise<void>;
}

export interface LocalAppOptions {
  /** Keep the store in a SQLite file, so that it survives a restart. Default: in memory. */
  persistent?: boolean;
}

/** Builds the host page as `npm start` does (tools/build-local-page.mjs), into `outdir`. */
function buildPage(outdir: string): void {
  const build = spawnSync(process.execPath, [join(ROOT, 'tools', 'build-local-page.mjs'), outdir], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`The local host page did not build:\n${build.stderr || build.stdout}`);
}

export async function startLocalApp({ persistent = false }: LocalAppOptions = {}): Promise<LocalApp> {
  const work = mkdtempSync(join(tmpdir(), 'mr-browser-'));
  const pageRoot = join(work, 'www');
  const dataFile = join(work, 'mr.sqlite');
  buildPage(pageRoot);
  const launch = (port: number): Promise<LocalSharePoint> =>
    startLocal({ argv: ['--demo', '--port', String(port), ...(persistent ? ['--data', dataFile] : ['--memory'])], pageRoot, log: () => undefined });

  let sharePoint: LocalSharePoint | undefined;
  try {
    sharePoint = await launch(0);
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
  const { port, url, siteUrl } = sharePoint;
  const running = (): LocalSharePoint => {
    if (sharePoint === undefined) throw new Error('The local SharePoint is stopped.');
    return sharePoint;
  };
  const stop = async (): Promise<void> => {
    const current = sharePoint;
    sharePoint = undefined;
    await current?.close();
  };
  const start = async (): Promise<void> => {
    if (!persistent) throw new Error('Only a persistent local app keeps its data across a restart.');
    if (sharePoint === undefined) sharePoint = await launch(port);
  };

  return {
    url,
    siteUrl,
    port,
    get sharePoint() {
      return running();
    },
    stop,
    start,
    restart: async () => {
      await stop();
      await start();
    },
    close: async () => {
      await stop();
      rmSync(work, { recursive: true, force: true });
    }
  };
}
