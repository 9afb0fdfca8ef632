/**
 * What the hosts and the UI take from the data layer: the PnPjs setup, the repositories, provisioning
 * and seed content, and the words for a row that could not be read.
 */
export { createSp } from './sp';
export type { SpOptions } from './sp';
export { createRepositories } from './repositories/createRepositories';
export type { RepositoryEnvironment } from './repositories/createRepositories';
export { provision } from './provisioning/provision';
export { seed } from './seed/seed';
export { DEMO_SEED, PROGRAMME_SEED } from './seed/content';
export { describeRowProblem } from './rowProblems';
export * from './repositories/interfaces';
