/**
 * Setting up a data site: the lists (created or upgraded), then the programme's own content where a
 * list is still empty. Only a site that is not set up needs this, so the repository loads it when asked
 * (its own chunk in the web part), and the first view never carries the lists' schema work or the seed text.
 */
import { SPFI } from '@pnp/sp';
import type { ProvisioningProgress } from '../../app/contracts';
import { PROGRAMME_SEED } from '../seed/content';
import { seed } from '../seed/seed';
import { provision } from './provision';

export async function setUpSite(sp: SPFI, onProgress?: (progress: ProvisioningProgress) => void): Promise<void> {
  await provision(sp, onProgress);
  await seed(sp, PROGRAMME_SEED);
}
