/**
 * What the hosts' composition roots take from the data layer: the PnPjs setup, the repositories (which
 * implement app/contracts), provisioning and seed content.
 */
export { createSp } from './sp';
export type { SpOptions } from './sp';
export { createRepositories } from './repositories/createRepositories';
export { provision } from './provisioning/provision';
export { seed } from './seed/seed';
export { DEMO_SEED, DEMO_TEAMS_GROUP_ID, LOCAL_SEED, PROGRAMME_SEED } from './seed/content';
export { LIST_TITLES } from './listTitles';
