// `npm start`. Node runs TypeScript only when every import names its file, and the product's code (src/,
// shared with the SPFx build) does not, so the start script is bundled with esbuild first, like the page.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { buildLocalPage, writeContentAddressed } from '../tools/build-local-page.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// Content-addressed like the page, so that a second `npm start` never rewrites the script the first is running.
const bundle = await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['local/start.ts'],
  outfile: join(root, '.local', 'build', 'start.mjs'),
  write: false,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  logLevel: 'warning'
});
const outfile = await writeContentAddressed('build', 'start', '.mjs', bundle.outputFiles[0].contents);

const { startLocal } = await import(pathToFileURL(outfile).href);
let sharePoint;
try {
  sharePoint = await startLocal({ argv: process.argv.slice(2), pageRoot: await buildLocalPage() });
} catch (error) {
  console.error(`MR-programmet could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    sharePoint.close().then(
      () => process.exit(0),
      (error) => {
        console.error(error);
        process.exit(1);
      }
    );
  });
}
