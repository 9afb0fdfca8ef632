/**
 * The lint rules that guard the layers fire, each alone and at the planted line. Files are planted in a scratch folder
 * laid out like the repository (src/domain, src/app, src/data, src/ui, src/hosts, tests) and linted with the
 * repository's own configuration built for that folder, so nothing is ever written into src/.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ESLint } from 'eslint';

const repositoryRoot = path.resolve(__dirname, '../..');

const CLEAN: Record<string, string> = {
  'src/domain/quantity.ts': `export interface Quantity {
  readonly value: number;
}

export function double(quantity: Quantity): Quantity {
  return { value: quantity.value * 2 };
}
`,
  'src/app/contracts/quantityStore.ts': `import type { Quantity } from '../../domain/quantity';

export interface QuantityStore {
  load(): Promise<Quantity>;
}
`,
  'src/app/loadDoubled.ts': `import { double } from '../domain/quantity';
import type { Quantity } from '../domain/quantity';
import type { QuantityStore } from './contracts/quantityStore';

export async function loadDoubled(store: QuantityStore): Promise<Quantity> {
  return double(await store.load());
}
`,
  'src/data/SpQuantityStore.ts': `import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import type { QuantityStore } from '../app/contracts/quantityStore';
import type { Quantity } from '../domain/quantity';

export class SpQuantityStore implements QuantityStore {
  private readonly _sp: SPFI;

  public constructor(sp: SPFI) {
    this._sp = sp;
  }

  public async load(): Promise<Quantity> {
    const web = await this._sp.web.select('Title')();
    return { value: web.Title.length };
  }
}
`,
  'src/ui/QuantityView.tsx': `import * as React from 'react';
import type { QuantityStore } from '../app/contracts/quantityStore';
import { loadDoubled } from '../app/loadDoubled';
import type { Quantity } from '../domain/quantity';

export function QuantityView(props: { store: QuantityStore }): React.ReactElement {
  const [quantity, setQuantity] = React.useState<Quantity | undefined>(undefined);
  React.useEffect(() => {
    loadDoubled(props.store).then(setQuantity, () => setQuantity(undefined));
  }, [props.store]);
  return <p>{quantity === undefined ? '…' : quantity.value}</p>;
}
`,
  // A composition root, named by file, may set up PnPjs.
  'src/hosts/web/composeQuantity.ts': `import { spfi, SPBrowser } from '@pnp/sp';
import type { QuantityStore } from '../../app/contracts/quantityStore';
import { SpQuantityStore } from '../../data/SpQuantityStore';

export function composeQuantityStore(siteUrl: string): QuantityStore {
  return new SpQuantityStore(spfi(siteUrl).using(SPBrowser()));
}
`,
  // Test code may use PnPjs as a client.
  'tests/quantityClient.ts': `import { spfi, SPBrowser } from '@pnp/sp';

export const client = spfi('http://localhost').using(SPBrowser());
`
};

interface Violation {
  file: string;
  source: string;
  rule: string;
  line: number;
  says: string;
}

const VIOLATIONS: Violation[] = [
  {
    file: 'src/domain/usesApp.ts',
    source: `import type { Quantity } from './quantity';
import { loadDoubled } from '../app/loadDoubled';

export const load: typeof loadDoubled = loadDoubled;
export type Loaded = Quantity;
`,
    rule: 'import/no-restricted-paths',
    line: 2,
    says: 'src/domain may import only packages'
  },
  {
    file: 'src/data/usesUseCase.ts',
    source: `import { loadDoubled } from '../app/loadDoubled';

export const load: typeof loadDoubled = loadDoubled;
`,
    rule: 'import/no-restricted-paths',
    line: 1,
    says: 'src/data may import only src/domain, src/app/contracts'
  },
  {
    file: 'src/app/usesData.ts',
    source: `import { double } from '../domain/quantity';
import { SpQuantityStore } from '../data/SpQuantityStore';

export const Store: typeof SpQuantityStore = SpQuantityStore;
export const twice: typeof double = double;
`,
    rule: 'import/no-restricted-paths',
    line: 2,
    says: 'src/app may import only src/domain'
  },
  {
    file: 'src/ui/usesData.ts',
    source: `import { SpQuantityStore } from '../data/SpQuantityStore';

export const Store: typeof SpQuantityStore = SpQuantityStore;
`,
    rule: 'import/no-restricted-paths',
    line: 1,
    says: 'src/ui may import only src/domain, src/app'
  },
  {
    file: 'src/ui/usesPnp.ts',
    source: `import type { Quantity } from '../domain/quantity';
import { spfi } from '@pnp/sp';

export const connect: typeof spfi = spfi;
export type Shown = Quantity;
`,
    rule: 'no-restricted-imports',
    line: 2,
    says: 'Only src/data and the hosts'
  },
  {
    // A host file that is not a composition root.
    file: 'src/hosts/web/hostOptions.ts',
    source: `import { SPBrowser } from '@pnp/sp';

export const browser: typeof SPBrowser = SPBrowser;
`,
    rule: 'no-restricted-imports',
    line: 1,
    says: 'Only src/data and the hosts'
  },
  {
    file: 'src/domain/usesReact.ts',
    source: `import * as React from 'react';

export const element: typeof React.createElement = React.createElement;
`,
    rule: 'no-restricted-imports',
    line: 1,
    says: 'src/domain is plain TypeScript'
  },
  {
    file: 'src/domain/cycleA.ts',
    source: `import { b } from './cycleB';

export function a(): number {
  return b() + 1;
}
`,
    rule: 'import/no-cycle',
    line: 1,
    says: 'Dependency cycle'
  },
  {
    file: 'src/domain/cycleB.ts',
    source: `// The other half of the cycle.
import { a } from './cycleA';

export function b(): number {
  return 1;
}

export function callsA(): number {
  return a();
}
`,
    rule: 'import/no-cycle',
    line: 2,
    says: 'Dependency cycle'
  },
  {
    file: 'src/ui/loadsPnpLater.ts',
    source: `import type { Quantity } from '../domain/quantity';

export const connectLater = (): Promise<unknown> => import(/* webpackChunkName: 'pnp' */ '@pnp/sp');
export type Shown = Quantity;
`,
    rule: 'no-restricted-syntax',
    line: 3,
    says: 'Only src/data and the hosts'
  },
  {
    file: 'src/domain/loadsReactLater.ts',
    source: `export const renderLater = (): Promise<unknown> => import(/* webpackChunkName: 'react' */ 'react-dom');
`,
    rule: 'no-restricted-syntax',
    line: 1,
    says: 'src/domain is plain TypeScript'
  },
  {
    file: 'src/app/typeCycleA.ts',
    source: `// Types only, both ways: nothing runs in a loop, but the two modules are tied together all the same.
import type { Later } from './typeCycleB';

export interface Sooner {
  next?: Later;
}
`,
    rule: 'mr/no-type-import-cycle',
    line: 2,
    says: 'Dependency cycle through a type-only import'
  },
  {
    file: 'src/app/typeCycleB.ts',
    source: `import type { Sooner } from './typeCycleA';

export interface Later {
  previous?: Sooner;
}
`,
    rule: 'mr/no-type-import-cycle',
    line: 1,
    says: 'Dependency cycle through a type-only import'
  },
  {
    file: 'tests/cycleC.ts',
    source: `import { d } from './cycleD';

export const c = (): number => d() + 1;
`,
    rule: 'import/no-cycle',
    line: 1,
    says: 'Dependency cycle'
  },
  {
    file: 'tests/cycleD.ts',
    source: `import { c } from './cycleC';

export const d = (): number => 1;
export const callsC = (): number => c();
`,
    rule: 'import/no-cycle',
    line: 1,
    says: 'Dependency cycle'
  }
];

let plantedRoot: string;
let results: Map<string, ESLint.LintResult>;

beforeAll(async () => {
  plantedRoot = mkdtempSync(path.join(__dirname, '.planted-'));
  const plant = (file: string, text: string): void => {
    mkdirSync(path.dirname(path.join(plantedRoot, file)), { recursive: true });
    writeFileSync(path.join(plantedRoot, file), text);
  };
  // The repository's compiler options, for the planted src/ (type-aware rules need a program that holds the files).
  plant(
    'tsconfig.json',
    JSON.stringify({
      extends: path.relative(plantedRoot, path.join(repositoryRoot, 'tsconfig.json')),
      include: ['src/**/*.ts', 'src/**/*.tsx'],
      exclude: []
    })
  );
  // What the repository's .eslintrc.js says, for this folder.
  const configModule = path.join(repositoryRoot, 'tools/lint/eslintConfig.js');
  plant('.eslintrc.js', `module.exports = require(${JSON.stringify(configModule)}).eslintConfig(__dirname);\n`);
  const planted = { ...CLEAN, ...Object.fromEntries(VIOLATIONS.map((v) => [v.file, v.source])) };
  for (const [file, text] of Object.entries(planted)) plant(file, text);

  const eslint = new ESLint({ cwd: plantedRoot });
  const linted = await eslint.lintFiles(Object.keys(planted));
  results = new Map(linted.map((result) => [path.relative(plantedRoot, result.filePath).split(path.sep).join('/'), result]));
});

afterAll(() => {
  if (plantedRoot) rmSync(plantedRoot, { recursive: true, force: true });
});

const problemsIn = (file: string): Array<{ rule: string | null; line: number; message: string }> => {
  const result = results.get(file);
  if (!result) throw new Error(`${file} was not linted.`);
  return result.messages.map((m) => ({ rule: m.ruleId, line: m.line, message: m.message }));
};

test.each(Object.keys(CLEAN))('%s, which keeps to its layer, has no problem', (file) => {
  expect(problemsIn(file)).toEqual([]);
});

test.each(VIOLATIONS)('$file: $rule at line $line, and nothing else', ({ file, rule, line, says }) => {
  expect(problemsIn(file)).toEqual([{ rule, line, message: expect.stringContaining(says) }]);
});
