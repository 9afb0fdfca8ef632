// Bundles the local host page (src/hosts/devPage) into local/www: the same app code as the web part,
// split per view as in SharePoint, for `npm start` to serve next to the local SharePoint.
// Run directly (`node tools/build-local-page.mjs [outdir]`) or import `buildLocalPage` from a start script.
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Builds the page into `outdir` (default local/www) and returns it. */
export async function buildLocalPage({ outdir = join(root, 'local', 'www'), minify = true } = {}) {
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['src/hosts/devPage/index.tsx'],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2020',
    platform: 'browser',
    jsx: 'transform',
    minify,
    sourcemap: true,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': JSON.stringify(minify ? 'production' : 'development') },
    logLevel: 'warning'
  });
  await copyFile(join(root, 'src', 'hosts', 'devPage', 'index.html'), join(outdir, 'index.html'));
  return outdir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outdir = await buildLocalPage(process.argv[2] ? { outdir: process.argv[2] } : {});
  console.log(`Local page built into ${outdir}`);
}
