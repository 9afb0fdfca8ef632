/**
 * Test helpers: a local SharePoint per test file and PnPjs clients acting as each local user,
 * configured as the product configures PnPjs in the browser (SPBrowser).
 */
import { InjectHeaders } from '@pnp/queryable';
import { SPBrowser, spfi } from '@pnp/sp';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import '@pnp/sp/webs';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { ADMIN_SECRET_HEADER, startLocalSharePoint } from '../../local/server/index.ts';
import type { LocalSharePoint, LocalSharePointOptions, LocalUserKey } from '../../local/server/index.ts';

export function spAs(sharePoint: LocalSharePoint, user: LocalUserKey = 'editor'): SPFI {
  return spfi(sharePoint.siteUrl).using(SPBrowser({ baseUrl: sharePoint.siteUrl }), InjectHeaders({ 'X-MR-Local-User': user }));
}

/** Raw fetch calls choose their user too: a request with neither header nor cookie is anonymous (401). */
export const AS_EDITOR = { 'X-MR-Local-User': 'editor' } as const;

/** The headers the admin endpoints (/_local/*) need: this start's secret. */
export function adminHeaders(sharePoint: LocalSharePoint): Record<string, string> {
  return { [ADMIN_SECRET_HEADER]: sharePoint.adminSecret };
}

export function startInMemory(options: LocalSharePointOptions = {}): Promise<LocalSharePoint> {
  return startLocalSharePoint({ port: 0, memory: true, ...options });
}

/** A local SharePoint in a child process (node local/server/cli.ts `args`), once it listens, with its port and what it wrote to stderr. */
export async function startServerProcess(args: readonly string[]): Promise<{ child: ChildProcess; port: number; stderr: () => string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['local/server/cli.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /Local SharePoint site: http:\/\/localhost:(\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`the local SharePoint exited (${code}) before it was ready: ${stderr}`)));
  });
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  return { child, port, stderr: () => stderr, stop };
}

/** The HTTP status PnPjs reports for a failed call (HttpRequestError.status). */
export async function statusOf(call: Promise<unknown>): Promise<number> {
  try {
    await call;
  } catch (error) {
    return (error as { status?: number }).status ?? -1;
  }
  throw new Error('Expected the call to fail');
}

/** The odata.error body PnPjs attaches to a failed call. */
export async function errorOf(call: Promise<unknown>): Promise<{ status: number; code: string; message: string }> {
  try {
    await call;
  } catch (error) {
    const failure = error as { status: number; response: Response };
    const body = (await failure.response.clone().json()) as Record<string, { code: string; message: { value: string } }>;
    const odataError = body['odata.error'] ?? body.error;
    return { status: failure.status, code: odataError.code, message: odataError.message.value };
  }
  throw new Error('Expected the call to fail');
}
