/**
 * The bench's SharePoint: `npm start`'s startLocal (the local SharePoint, the product's provisioning and
 * the demo seed, the host page) on a free port, in memory, in a child process of its own so that the
 * browser driver and the server do not share an event loop. Prints one line `BENCH_SERVER {json}` when
 * ready (its addresses and the admin secret the bench sends to /_local/*) and stops when its stdin closes (the bench ended or died).
 *
 *   node .local/bench/build/server.mjs <pageRoot>
 */
import { startLocal } from '../local/start';

async function main(): Promise<void> {
  const pageRoot = process.argv[2];
  if (!pageRoot) throw new Error('usage: server.mjs <pageRoot>');
  const sharePoint = await startLocal({ argv: ['--port', '0', '--memory'], pageRoot, log: () => undefined });
  process.stdout.write(`BENCH_SERVER ${JSON.stringify({ url: sharePoint.url, siteUrl: sharePoint.siteUrl, adminSecret: sharePoint.adminSecret })}\n`);
  const stop = (): void => {
    sharePoint.close().then(
      () => process.exit(0),
      () => process.exit(1)
    );
  };
  process.stdin.on('end', stop);
  process.stdin.on('close', stop);
  process.stdin.resume();
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench server: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
