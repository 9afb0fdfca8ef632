/**
 * Runs the local SharePoint on its own:
 *   node local/server/cli.ts [--port 4321] [--host name] [--data .local/mr.sqlite | --memory] [--latency ms] [--fail-rate 0..1]
 * Stops cleanly on Ctrl-C (SIGINT) or SIGTERM.
 */
import { parseServerArgs } from './args.ts';
import { ADMIN_SECRET_HEADER, startLocalSharePoint } from './index.ts';
import type { LocalSharePoint } from './index.ts';

async function start(): Promise<LocalSharePoint> {
  try {
    return await startLocalSharePoint(parseServerArgs(process.argv.slice(2)));
  } catch (error) {
    console.error(`The local SharePoint could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
}

const sharePoint = await start();
console.log(`Local SharePoint site: ${sharePoint.siteUrl}`);
console.log(`Data: ${sharePoint.dataFile ?? 'in memory'}`);
console.log(`Admin: ${sharePoint.url}/_local/faults, ${sharePoint.url}/_local/stats with the header ${ADMIN_SECRET_HEADER}: ${sharePoint.adminSecret}`);
console.log(`  (the secret is also in ${sharePoint.adminSecretFile}, readable only by you, until the server stops)`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    sharePoint.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      }
    );
  });
}
