// `npm run package`: the production package a SharePoint administrator deploys.
//   1. gulp clean, gulp bundle --ship   → release/assets/*.js and the component manifest
//   2. teams/ → teams/TeamsSPFxApp.zip   the Teams app package: manifest, strings and icons at the zip root
//   3. gulp package-solution --ship      → sharepoint/solution/mr-programmet.sppkg
//   4. every shipped JS file's raw and gzip size, printed and written to temp/bundle-sizes.json
// `npm run package -- --stats` also has webpack write its stats to temp/webpack-stats.json (see gulpfile.js),
// from which `npm run bench` prints the initial script's per-module sizes.
// SPFx 1.23 copies everything in teams/ into the .sppkg (as ClientSideAssets/…), and "Sync to Teams"
// deploys the TeamsSPFxApp.zip it finds there instead of generating an app of its own.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import JSZip from 'jszip';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const teamsFolder = path.join(root, 'teams');
const teamsPackageName = 'TeamsSPFxApp.zip';
const solutionPackage = path.join(root, 'sharepoint/solution/mr-programmet.sppkg');
const shippedAssets = path.join(root, 'release/assets');
const bundleSizesFile = path.join(root, 'temp/bundle-sizes.json');
// A fixed timestamp on every entry, so the same teams/ always gives the same zip.
const zipEntryDate = new Date('2025-01-01T00:00:00Z');

function fail(message) {
  console.error(`\nnpm run package failed: ${message}`);
  process.exit(1);
}

function gulp(...args) {
  const command = `gulp ${args.join(' ')}`;
  console.log(`\n> ${command}`);
  // The project's Node runs gulp, whatever `node` the shell would find first.
  const run = spawnSync(process.execPath, [path.join(root, 'node_modules/.bin/gulp'), ...args], {
    cwd: root,
    stdio: 'inherit'
  });
  if (run.error) fail(`${command} could not start: ${run.error.message}`);
  if (run.status !== 0) fail(`${command} exited with ${run.status ?? run.signal}.`);
}

async function zipTeamsApp() {
  const zip = new JSZip();
  const files = readdirSync(teamsFolder)
    .filter((file) => file !== teamsPackageName)
    .sort();
  for (const file of files) {
    zip.file(file, readFileSync(path.join(teamsFolder, file)), { date: zipEntryDate });
  }
  const content = await zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 }
  });
  writeFileSync(path.join(teamsFolder, teamsPackageName), content);
  console.log(`\nteams/${teamsPackageName}: ${files.join(', ')}`);
}

function measureShippedScripts() {
  const files = readdirSync(shippedAssets)
    .filter((file) => file.endsWith('.js'))
    .sort()
    .map((file) => {
      const content = readFileSync(path.join(shippedAssets, file));
      return { file, bytes: content.length, gzipBytes: gzipSync(content).length };
    });
  if (files.length === 0) fail(`gulp bundle --ship left no JS files in ${path.relative(root, shippedAssets)}.`);
  const total = {
    bytes: files.reduce((sum, { bytes }) => sum + bytes, 0),
    gzipBytes: files.reduce((sum, { gzipBytes }) => sum + gzipBytes, 0)
  };
  mkdirSync(path.dirname(bundleSizesFile), { recursive: true });
  writeFileSync(bundleSizesFile, `${JSON.stringify({ files, total }, undefined, 2)}\n`);

  const nameWidth = Math.max(...files.map(({ file }) => file.length), 'total'.length);
  const row = (name, bytes, gzipBytes) =>
    `${name.padEnd(nameWidth)}  ${String(bytes).padStart(10)}  ${String(gzipBytes).padStart(10)}`;
  console.log(`\nShipped JavaScript (${path.relative(root, shippedAssets)}), bytes:`);
  console.log(row('file', 'raw', 'gzip'));
  for (const { file, bytes, gzipBytes } of files) console.log(row(file, bytes, gzipBytes));
  console.log(row('total', total.bytes, total.gzipBytes));
  console.log(`(also in ${path.relative(root, bundleSizesFile)})`);
}

const startedAt = Date.now();
gulp('clean');
gulp('bundle', '--ship', ...(process.argv.includes('--stats') ? ['--stats'] : []));
await zipTeamsApp();
gulp('package-solution', '--ship');
if (!existsSync(solutionPackage) || statSync(solutionPackage).mtimeMs < startedAt) {
  fail(`gulp package-solution --ship did not write ${path.relative(root, solutionPackage)}.`);
}
measureShippedScripts();
console.log(`\n${path.relative(root, solutionPackage)} (${statSync(solutionPackage).size} bytes) is ready for the app catalog.`);
