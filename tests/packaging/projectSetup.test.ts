/**
 * What makes `npm ci && npm test` repeatable on a new machine: pinned versions, a lockfile that
 * matches them, and Node 22 inside the project with a guard that stops every script on another major.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { inRepository, readJson } from './repository';

const packageJson = readJson('package.json');
const lockfile = readJson('package-lock.json');
const guard = inRepository('tools/require-node22.js');

function runGuardAs(nodeVersion: string): ReturnType<typeof spawnSync> {
  // The guard reads process.versions.node; pretending another version is enough to see it refuse.
  const pretend = `Object.defineProperty(process.versions, 'node', { value: ${JSON.stringify(nodeVersion)} });`;
  return spawnSync(process.execPath, ['-e', `${pretend} require(${JSON.stringify(guard)});`], { encoding: 'utf8' });
}

describe('versions', () => {
  const declared: Record<string, string> = { ...packageJson.dependencies, ...packageJson.devDependencies };

  test('every dependency is pinned exactly, to a patch range (~), or is a folder of this repository (our lint plugin)', () => {
    const inRepository = (range: string): boolean => /^file:tools\//.test(range);
    const loose = Object.entries(declared).filter(([, range]) => !/^~?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(range) && !inRepository(range));
    expect(loose).toEqual([]);
  });

  test('package-lock.json records exactly what package.json declares', () => {
    const locked = lockfile.packages[''];
    expect(locked.dependencies).toEqual(packageJson.dependencies);
    expect(locked.devDependencies).toEqual(packageJson.devDependencies);
  });
});

describe('Node 22 inside the project', () => {
  test('the node devDependency, engines and .nvmrc all name Node 22', () => {
    expect(packageJson.devDependencies.node).toMatch(/^~?22\./);
    expect(packageJson.engines.node).toMatch(/^>=22\.\d+\.\d+ <23\.0\.0$/);
    expect(readFileSync(inRepository('.nvmrc'), 'utf8').trim()).toBe('22');
  });

  test('npm scripts, this test run included, run on Node 22', () => {
    expect(process.versions.node.split('.')[0]).toBe('22');
  });

  test('every npm script starts with the Node 22 guard', () => {
    const unguarded = Object.entries<string>(packageJson.scripts).filter(
      ([, command]) => !command.startsWith('node tools/require-node22.js && ')
    );
    expect(unguarded).toEqual([]);
  });

  test('the guard lets Node 22 through without a word', () => {
    const run = runGuardAs('22.14.0');
    expect([run.status, run.stdout, run.stderr]).toEqual([0, '', '']);
  });

  test('the guard stops another major with a message that says what to do', () => {
    for (const version of ['20.19.2', '24.1.0']) {
      const run = runGuardAs(version);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`MR-programmet needs Node 22, but this is Node ${version}.`);
      expect(run.stderr).toContain('nvm use');
    }
  });
});
