// The repository's ESLint configuration, as a function of the folder it applies to. `.eslintrc.js` calls it with
// the repository root; tests/lint/ calls it with a scratch folder of planted files, so those are checked by the same
// rules without ever writing into src/.
'use strict';
require('@rushstack/eslint-config/patch/modern-module-resolution');

// The layers of src/ and what each may import besides itself. An entry names a layer folder or a folder inside one
// (`app/contracts`); anything not listed is forbidden. Third-party packages are restricted separately below.
const LAYERS = {
  domain: [],
  // data implements app's contracts, and may use the ports the hosts supply and how app classifies a failure.
  data: ['domain', 'app/contracts', 'app/ports', 'app/failures.ts'],
  app: ['domain'],
  ui: ['domain', 'app'],
  hosts: ['domain', 'data', 'app', 'ui']
};

// The only files outside src/data that may set up PnPjs: the hosts' composition roots, by name.
const COMPOSITION_ROOTS = [
  'src/hosts/webpart/MrProgrammeWebPart.ts',
  'src/hosts/card/MrProgrammeCardAdaptiveCardExtension.ts',
  'src/hosts/devPage/index.tsx',
  'src/hosts/*/compose*.ts',
  'src/hosts/*/compose*.tsx'
];

const PNP = { group: ['@pnp/*'], message: 'Only src/data and the hosts\' composition roots may use PnPjs.' };
const UI_LIBRARIES = {
  group: ['react', 'react/*', 'react-dom', 'react-dom/*', '@fluentui/*'],
  message: 'src/domain is plain TypeScript: no React or Fluent.'
};

/**
 * no-restricted-imports sees only static imports; the same restrictions for `import('…')`, as no-restricted-syntax
 * selectors built from the same groups (`name` and `name/*` patterns).
 */
function dynamicImportBans(...restrictions) {
  return restrictions.map(({ group, message }) => {
    const alternatives = group.map((pattern) => (pattern.endsWith('/*') ? `^${pattern.slice(0, -1)}` : `^${pattern}$`));
    const regex = alternatives.join('|').replace(/\//g, '\\/');
    return { selector: `ImportExpression[source.value=/${regex}/]`, message };
  });
}

/** One `import/no-restricted-paths` zone per pair of layers that must not meet, derived from LAYERS. */
function layerZones() {
  const zones = [];
  for (const [layer, allowed] of Object.entries(LAYERS)) {
    const message = `src/${layer} may import only ${allowed.length ? allowed.map((a) => `src/${a}`).join(', ') : 'packages'}.`;
    for (const other of Object.keys(LAYERS)) {
      if (other === layer || allowed.includes(other)) continue;
      const except = allowed.filter((a) => a.startsWith(`${other}/`)).map((a) => `./${a.slice(other.length + 1)}`);
      zones.push({ target: `./src/${layer}`, from: `./src/${other}`, except, message });
    }
  }
  return zones;
}

// The SharePoint Framework rule set that the SPFx generator (@microsoft/generator-sharepoint) writes into new projects,
// for the product code in src/. `npm run lint` allows no warnings, so every rule is a gate.
const SPFX_RULES = {
  '@rushstack/no-new-null': 1,
  '@rushstack/hoist-jest-mock': 1,
  '@rushstack/import-requires-chunk-name': 1,
  '@rushstack/pair-react-dom-render-unmount': 1,
  '@rushstack/security/no-unsafe-regexp': 1,
  '@typescript-eslint/adjacent-overload-signatures': 1,
  '@typescript-eslint/explicit-function-return-type': [
    1,
    { allowExpressions: true, allowTypedFunctionExpressions: true, allowHigherOrderFunctions: false }
  ],
  '@typescript-eslint/explicit-member-accessibility': 0,
  '@typescript-eslint/no-array-constructor': 1,
  '@typescript-eslint/no-explicit-any': 1,
  '@typescript-eslint/no-floating-promises': 2,
  '@typescript-eslint/no-for-in-array': 2,
  '@typescript-eslint/no-misused-new': 2,
  '@typescript-eslint/no-namespace': [1, { allowDeclarations: false, allowDefinitionFiles: false }],
  '@typescript-eslint/parameter-properties': 0,
  '@typescript-eslint/no-unused-vars': [1, { vars: 'all', args: 'none' }],
  '@typescript-eslint/no-use-before-define': [
    2,
    { functions: false, classes: true, variables: true, enums: true, typedefs: true }
  ],
  '@typescript-eslint/no-var-requires': 'error',
  '@typescript-eslint/prefer-namespace-keyword': 1,
  '@typescript-eslint/no-inferrable-types': 0,
  '@typescript-eslint/no-empty-interface': 0,
  'accessor-pairs': 1,
  'dot-notation': [1, { allowPattern: '^_' }],
  eqeqeq: 1,
  'for-direction': 1,
  'guard-for-in': 2,
  'max-lines': ['warn', { max: 2000 }],
  'no-async-promise-executor': 2,
  'no-caller': 2,
  'no-compare-neg-zero': 2,
  'no-cond-assign': 2,
  'no-constant-condition': 1,
  'no-control-regex': 2,
  'no-debugger': 1,
  'no-delete-var': 2,
  'no-duplicate-case': 2,
  'no-empty': 1,
  'no-empty-character-class': 2,
  'no-empty-pattern': 1,
  'no-eval': 1,
  'no-ex-assign': 2,
  'no-extend-native': 1,
  'no-extra-label': 1,
  'no-fallthrough': 2,
  'no-func-assign': 1,
  'no-implied-eval': 2,
  'no-invalid-regexp': 2,
  'no-label-var': 2,
  'no-lone-blocks': 1,
  'no-misleading-character-class': 2,
  'no-multi-str': 2,
  'no-new': 1,
  'no-new-func': 2,
  'no-new-object': 2,
  'no-new-wrappers': 1,
  'no-octal': 2,
  'no-octal-escape': 2,
  'no-regex-spaces': 2,
  'no-return-assign': 2,
  'no-script-url': 1,
  'no-self-assign': 2,
  'no-self-compare': 2,
  'no-sequences': 1,
  'no-shadow-restricted-names': 2,
  'no-sparse-arrays': 2,
  'no-throw-literal': 2,
  'no-unmodified-loop-condition': 1,
  'no-unsafe-finally': 2,
  'no-unused-expressions': 1,
  'no-unused-labels': 1,
  'no-useless-catch': 1,
  'no-useless-concat': 1,
  'no-var': 2,
  // `void promise;` is how no-floating-promises asks for a promise to be left running on purpose.
  'no-void': [1, { allowAsStatement: true }],
  'no-with': 2,
  'prefer-const': 1,
  'promise/param-names': 2,
  'require-atomic-updates': 2,
  'require-yield': 1,
  strict: [2, 'never'],
  'use-isnan': 2,
  'no-extra-boolean-cast': 0,
  '@microsoft/spfx/no-require-ensure': 2
};

// local/, tests/, bench/ and tools/ are Node and jest code, not an SPFx bundle: they keep the rules above (with
// eslint:recommended and typescript-eslint's recommended set, from the root) except these. The rules that need type
// information run only where a tsconfig covers the files (see the overrides below).
const NOT_FOR_NODE = [
  // For an SPFx bundle or a published API: explicit return types, no `null` in APIs, webpack chunks, require.ensure.
  '@typescript-eslint/explicit-function-return-type',
  '@rushstack/no-new-null',
  '@rushstack/import-requires-chunk-name',
  '@microsoft/spfx/no-require-ensure',
  // Style: `() => void promise` is the plain way to start work from a callback in scripts and tests.
  'no-void',
  // Reports sequential set-up after an `await` as a race (why ESLint took it out of eslint:recommended).
  'require-atomic-updates'
];
const TYPE_AWARE = ['@typescript-eslint/no-floating-promises', '@typescript-eslint/no-for-in-array'];
const pickRules = (keep) => Object.fromEntries(Object.entries(SPFX_RULES).filter(([id]) => keep(id)));
const NODE_RULES = pickRules((id) => !NOT_FOR_NODE.includes(id) && !TYPE_AWARE.includes(id));
const TYPED_NODE_RULES = pickRules((id) => TYPE_AWARE.includes(id));

/** @param {string} root the folder whose src/, local/, tests/, bench/ and tools/ are linted */
function eslintConfig(root) {
  return {
    extends: ['@microsoft/eslint-config-spfx/lib/profiles/react'],
    plugins: ['import', 'mr'],
    // What `npm start` builds.
    ignorePatterns: ['local/www/'],
    parserOptions: { tsconfigRootDir: root, ecmaVersion: 2022, sourceType: 'module' },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] } },
      'import/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      // Packages are never part of our cycles; not parsing them keeps import/no-cycle fast.
      'import/ignore': ['node_modules'],
      'import/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.js', '.mjs'] }
    },
    // import/no-cycle follows only imports that run (by design); mr/no-type-import-cycle follows the type-only ones.
    rules: { 'import/no-cycle': [2, { ignoreExternal: true }], 'mr/no-type-import-cycle': 2 },
    overrides: [
      {
        files: ['src/**/*.ts', 'src/**/*.tsx'],
        parser: '@typescript-eslint/parser',
        parserOptions: { project: './tsconfig.json', ecmaVersion: 2018 },
        rules: {
          ...SPFX_RULES,
          'import/no-restricted-paths': [2, { basePath: root, zones: layerZones() }],
          'no-restricted-imports': [2, { patterns: [PNP] }],
          'no-restricted-syntax': [2, ...dynamicImportBans(PNP)]
        }
      },
      {
        files: ['src/domain/**'],
        rules: {
          'no-restricted-imports': [2, { patterns: [PNP, UI_LIBRARIES] }],
          'no-restricted-syntax': [2, ...dynamicImportBans(PNP, UI_LIBRARIES)]
        }
      },
      { files: ['src/data/**', ...COMPOSITION_ROOTS], rules: { 'no-restricted-imports': 0, 'no-restricted-syntax': 0 } },
      {
        files: ['local/**', 'tests/**', 'bench/**', 'tools/**'],
        env: { node: true, es2022: true },
        rules: NODE_RULES
      },
      {
        // Tests feed hostile input on purpose (`javascript:` URLs), build patterns from their own fixture strings, and
        // read JSON manifests whose shape is what they check.
        files: ['tests/**'],
        rules: { 'no-script-url': 0, '@rushstack/security/no-unsafe-regexp': 0, '@typescript-eslint/no-explicit-any': 0 }
      },
      {
        files: ['tools/**/*.js'],
        parserOptions: { sourceType: 'script' },
        rules: { strict: [2, 'global'], '@typescript-eslint/no-var-requires': 0, '@typescript-eslint/no-require-imports': 0 }
      },
      // Type-aware where a tsconfig covers the files. The rest of tests/ has none (jest compiles it with swc).
      {
        files: ['local/server/**/*.ts', 'tests/localSharePoint/**/*.ts'],
        // The fuzz test imports src/ (the product's own requests), so local/tsconfig.json leaves it out.
        excludedFiles: ['tests/localSharePoint/fuzz.test.ts'],
        parserOptions: { project: './local/tsconfig.json' },
        rules: TYPED_NODE_RULES
      },
      { files: ['bench/**/*.ts'], parserOptions: { project: './bench/tsconfig.json' }, rules: TYPED_NODE_RULES }
    ]
  };
}

module.exports = { eslintConfig };
