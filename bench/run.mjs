// `npm run bench`: real Chromium against the local host page and a local SharePoint (not part of `npm test`).
// Prints a table and writes bench/results.json (git-ignored).
//
//   npm run bench [-- --quick] [-- --no-package | --package]
//     --quick       fewer repetitions and a smaller scale list, to try the bench itself out
//     --no-package  use temp/bundle-sizes.json as it is (marked STALE when sources are newer)
//     --package     always run `npm run package` first (by default only when the sizes are missing or stale)
//     --only=a,b    only these sections: bundle, firstRender, tick, live, followUp, scale
//
// The measurements are TypeScript (bench/**) that import the product's code (src/, extensionless imports),
// so they are bundled with esbuild first, like local/run.mjs; the scripts and the host page (with the naive
// sample page beside it) go into a folder of this run's own, .local/bench/run-<pid>, removed at the end, so a
// bench never touches the page of an `npm start` or of another bench.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { buildLocalPage } from '../tools/build-local-page.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const known = new Set(['--quick', '--no-package', '--package']);
const unknown = argv.filter((arg) => !known.has(arg) && !arg.startsWith('--only='));
const onlyArg = argv.find((arg) => arg.startsWith('--only='));
if (unknown.length > 0) {
  console.error(`npm run bench: unknown option ${unknown.join(' ')} (known: ${[...known].join(' ')})`);
  process.exit(2);
}
const runDir = join(root, '.local', 'bench', `run-${process.pid}`);
const buildDir = join(runDir, 'build');
const pageRoot = join(runDir, 'www');

await mkdir(buildDir, { recursive: true });
const node = { absWorkingDir: root, bundle: true, platform: 'node', format: 'esm', target: 'node22', logLevel: 'warning', external: ['playwright-core', 'esbuild'] };
await esbuild.build({ ...node, entryPoints: ['bench/main.ts'], outfile: join(buildDir, 'bench.mjs') });
await esbuild.build({ ...node, entryPoints: ['bench/server.ts'], outfile: join(buildDir, 'server.mjs') });
await buildLocalPage({ outdir: pageRoot });
await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['bench/naive/naivePage.ts'],
  outfile: join(pageRoot, 'bench-naive.js'),
  bundle: true,
  format: 'esm',
  target: 'es2020',
  platform: 'browser',
  minify: true,
  logLevel: 'warning'
});
await writeFile(
  join(pageRoot, 'bench-naive.html'),
  '<!doctype html>\n<html lang="sv"><head><meta charset="utf-8"><title>Sample approach</title></head>' +
    '<body><div id="root">Laddar…</div><script type="module" src="/bench-naive.js"></script></body></html>\n'
);

const { runBench } = await import(pathToFileURL(join(buildDir, 'bench.mjs')).href);
try {
  await runBench({
    root,
    pageRoot,
    serverScript: join(buildDir, 'server.mjs'),
    packageMode: argv.includes('--no-package') ? 'never' : argv.includes('--package') ? 'always' : 'auto',
    quick: argv.includes('--quick'),
    only: onlyArg === undefined ? undefined : onlyArg.slice('--only='.length).split(',').filter(Boolean)
  });
} finally {
  await rm(runDir, { recursive: true, force: true });
}
