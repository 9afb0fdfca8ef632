// Bundles the development page (src/hosts/devPage): the same app code as the web part, split per view as in
// SharePoint, for `npm start` to serve next to the local SharePoint.
//
// Without an `outdir`, the build is content-addressed: it goes to .local/page/<hash of its files>, written
// into a folder of its own and renamed into place, and never changed after. Two `npm start`s (or a start and
// a test) therefore never rebuild a page under each other: an identical build reuses the folder, a different
// one gets another. With an `outdir` (a test's temporary folder), the caller owns that folder.
//
// Run directly (`node tools/build-local-page.mjs [outdir]`) or import `buildLocalPage` from a start script.
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PAGES = join(root, '.local', 'page');

/** The page's files as esbuild produces them, plus index.html: [{ path (relative), contents }]. */
async function bundlePage(minify) {
  const staging = join(PAGES, 'bundle');
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['src/hosts/devPage/index.tsx'],
    outdir: staging,
    write: false,
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
    // The card's SPFx base classes run only in SharePoint; the Viva Connections mode runs the real card on
    // stand-ins of their public contract (src/hosts/devPage/vivaConnections/aceStandIn.ts says why).
    // The card's quick view is expanded by adaptivecards-templating, whose expression engine's prebuilt
    // browser file calls an ES-module stand-in of Node's `assert` as a function and fails on first use;
    // so its Node build is bundled, with small browser stand-ins (tools/browser-shims) for the Node modules it needs.
    alias: {
      '@microsoft/sp-adaptive-card-extension-base': './src/hosts/devPage/vivaConnections/aceStandIn.ts',
      '@microsoft/sp-property-pane': './src/hosts/devPage/vivaConnections/propertyPaneStandIn.ts',
      'adaptive-expressions': './node_modules/adaptive-expressions/lib/index.js',
      assert: './tools/browser-shims/assert.cjs',
      os: './tools/browser-shims/os.cjs',
      util: './tools/browser-shims/util.cjs'
    },
    logLevel: 'warning'
  });
  const files = result.outputFiles.map((file) => ({ path: relative(staging, file.path), contents: file.contents }));
  files.push({ path: 'index.html', contents: await readFile(join(root, 'src', 'hosts', 'devPage', 'index.html')) });
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}

async function writeFiles(folder, files) {
  for (const file of files) {
    await mkdir(dirname(join(folder, file.path)), { recursive: true });
    await writeFile(join(folder, file.path), file.contents);
  }
}

/** Writes `contents` to .local/<folder>/<name>-<hash><extension> unless it is there already, and returns the path. */
export async function writeContentAddressed(folder, name, extension, contents) {
  const hash = createHash('sha256').update(contents).digest('hex').slice(0, 16);
  const target = join(root, '.local', folder, `${name}-${hash}${extension}`);
  await mkdir(dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.${randomUUID()}.tmp`;
  await writeFile(temporary, contents);
  // rename replaces atomically: a concurrent identical build writes the same bytes.
  await rename(temporary, target);
  return target;
}

/** Builds kept besides the current one, and how long an older build must have gone unused before it goes. */
const KEEP_PAGES = 3;
const UNUSED_MS = 60 * 60 * 1000;

/**
 * Removes old builds, so that .local/page does not grow with every change: all but the newest KEEP_PAGES, and only
 * those unused for an hour (a build's folder is touched whenever it is used), since another `npm start` of an
 * older tree may still be serving one.
 */
async function pruneOldPages(current) {
  const names = (await readdir(PAGES)).filter((name) => /^[0-9a-f]{16}$/.test(name));
  const builds = await Promise.all(names.map(async (name) => ({ folder: join(PAGES, name), used: (await stat(join(PAGES, name))).mtimeMs })));
  const old = builds.filter((build) => build.folder !== current).sort((a, b) => b.used - a.used).slice(KEEP_PAGES);
  const cutoff = Date.now() - UNUSED_MS;
  await Promise.all(old.filter((build) => build.used < cutoff).map((build) => rm(build.folder, { recursive: true, force: true })));
}

/** Builds the page and returns its folder: `outdir` when given, else the content-addressed .local/page/<hash>. */
export async function buildLocalPage({ outdir, minify = true } = {}) {
  const files = await bundlePage(minify);
  if (outdir !== undefined) {
    await rm(outdir, { recursive: true, force: true });
    await writeFiles(outdir, files);
    return outdir;
  }
  const hash = createHash('sha256');
  for (const file of files) hash.update(file.path).update('\0').update(file.contents).update('\0');
  const target = join(PAGES, hash.digest('hex').slice(0, 16));
  const temporary = join(PAGES, `.building-${process.pid}-${randomUUID()}`);
  await writeFiles(temporary, files);
  try {
    await rename(temporary, target);
  } catch (error) {
    // Another instance put the identical build there first: use it, and drop ours.
    await rm(temporary, { recursive: true, force: true });
    if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
  }
  const now = new Date();
  await utimes(target, now, now);
  await pruneOldPages(target);
  return target;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outdir = await buildLocalPage(process.argv[2] ? { outdir: process.argv[2] } : {});
  console.log(`Local page built into ${outdir}`);
}
