/**
 * One jest run for the whole repository. Tests live in tests/, mirroring src/ (and local/).
 * PnPjs v4 is ESM-only, so @pnp is transformed too; everything else in node_modules is used as shipped.
 */
'use strict';

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'classic' } },
      target: 'es2020'
    },
    module: { type: 'commonjs' }
  }
];

module.exports = {
  testMatch: ['<rootDir>/tests/**/*.test.ts?(x)'],
  transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(@pnp)/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
  testEnvironment: 'node',
  // A guard against hangs, not a speed check: on a busy 2-core machine Fluent-heavy jsdom tests are slow.
  testTimeout: 120000,
  // Workers even on a 2-core machine (where jest would otherwise run everything in its own process): a suite
  // that throws after it has finished then fails alone, instead of taking the whole run down with it.
  maxWorkers: 2
};
