/**
 * `npm start`: the local SharePoint with MR-programmet's lists set up and seeded, and the local host page
 * at http://localhost:<port>/. The lists are created by the product's own provisioning code, through
 * PnPjs, exactly as a site owner's "Set up" does on a real site.
 *
 *   npm start -- [--port 4321] [--data .local/mr.sqlite | --memory] [--latency ms] [--fail-rate 0..1]
 */
import { InjectHeaders } from '@pnp/queryable';
import { SPBrowser } from '@pnp/sp';
import { createRepositories, createSp, DEMO_SEED, provision, seed } from '../src/data';
import { parseServerArgs } from './server/args.ts';
import { ADMIN_SECRET_HEADER, startLocalSharePoint, USER_HEADER } from './server/index.ts';
import type { LocalSharePoint } from './server/index.ts';
import { LOCAL_PEOPLE_PATH, localPeople } from './localPeople.ts';
import { servePageWhenReady, serveJson, serveStaticFiles } from './staticFiles.ts';

export interface StartOptions {
  argv: readonly string[];
  /** The built host page (.local/page/<hash>, or a test's own folder). */
  pageRoot: string;
  log?: (line: string) => void;
}

/**
 * Starts the site, sets it up when it is empty or older than the schema, and seeds the demo content once. Until
 * that is done, the page at `/` says that it is starting and checks again.
 */
export async function startLocal({ argv, pageRoot, log = console.log }: StartOptions): Promise<LocalSharePoint> {
  let ready = false;
  const page = servePageWhenReady(serveStaticFiles(pageRoot), () => ready);
  const people = serveJson(LOCAL_PEOPLE_PATH, localPeople(DEMO_SEED.units));
  const staticRoutes: typeof page = (req, res) => people(req, res) || page(req, res);
  const sharePoint = await startLocalSharePoint({ ...parseServerArgs(argv), staticRoutes });
  try {
    // Set-up runs as the local editor, the site owner.
    const sp = createSp({
      siteUrl: sharePoint.siteUrl,
      behavior: (instance) => instance.using(SPBrowser({ baseUrl: sharePoint.siteUrl }), InjectHeaders({ [USER_HEADER]: 'editor' }))
    });
    const { state } = await createRepositories(sp).site.status();
    if (state !== 'ready') {
      log(state === 'notProvisioned' ? 'Setting up MR-programmet on the local site…' : 'Upgrading MR-programmet’s lists…');
      await provision(sp, ({ step, done, total }) => log(`  ${done}/${total} ${step}`));
    }
    await seed(sp, DEMO_SEED);
    ready = true;
  } catch (error) {
    await sharePoint.close();
    throw error;
  }
  log('');
  log(`MR-programmet (local host page): ${sharePoint.url}/`);
  log(`  as a Teams tab:                 ${sharePoint.url}/?host=teams`);
  log(`  in a meeting side panel:        ${sharePoint.url}/?host=meeting`);
  log(`Local SharePoint site:            ${sharePoint.siteUrl}`);
  log(`Data:                             ${sharePoint.dataFile ?? 'in memory (gone when stopped)'}`);
  log(`Admin secret (/_local/*):         ${sharePoint.adminSecret} (header ${ADMIN_SECRET_HEADER}; also in ${sharePoint.adminSecretFile})`);
  log('Stop with Ctrl-C.');
  return sharePoint;
}
