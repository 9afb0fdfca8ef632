/**
 * `npm start`: the local SharePoint with MR-programmet's lists set up and seeded, and the local host page
 * at http://localhost:<port>/. The lists are created by the product's own provisioning code, through
 * PnPjs, exactly as a site owner's "Set up" does on a real site.
 *
 *   npm start -- [--demo] [--port 4321] [--data .local/mr.sqlite | --memory] [--latency ms] [--fail-rate 0..1]
 *
 * Without --demo the site holds what the source documents say and nothing else; --demo adds illustrative plan
 * statuses, dates, updates, ticks and assessments, marks the site as example data (the app says "Exempeldata"),
 * and keeps its data in a file of its own (.local/mr-demo.sqlite), so that the plain start stays honest.
 */
import { InjectHeaders } from '@pnp/queryable';
import { SPBrowser } from '@pnp/sp';
import { createRepositories, createSp, DEMO_SEED, LOCAL_SEED, provision, seed } from '../src/data';
import { periodOf } from '../src/domain/period';
import { seedDemoActivity } from './demoActivity.ts';
import { parseServerArgs } from './server/args.ts';
import { ADMIN_SECRET_HEADER, startLocalSharePoint, USER_HEADER } from './server/index.ts';
import type { LocalSharePoint } from './server/index.ts';
import { LOCAL_PAGE_CONTEXT_PATH, LOCAL_PEOPLE_PATH, localPeople } from './localPeople.ts';
import { servePageWhenReady, serveJson, serveStaticFiles } from './staticFiles.ts';

export interface StartOptions {
  argv: readonly string[];
  /** The built host page (.local/page/<hash>, or a test's own folder). */
  pageRoot: string;
  log?: (line: string) => void;
}

/** The data file of a demo start, unless --data or --memory says otherwise. */
export const DEMO_DATA_FILE = '.local/mr-demo.sqlite';

/** `--demo` is the start script's own option; the rest are the local SharePoint's. */
export function parseStartArgs(argv: readonly string[]): { demo: boolean; server: ReturnType<typeof parseServerArgs> } {
  const demo = argv.includes('--demo');
  const server = parseServerArgs(argv.filter((arg) => arg !== '--demo'));
  if (demo && !server.memory && server.dataFile === undefined) server.dataFile = DEMO_DATA_FILE;
  return { demo, server };
}

/**
 * Starts the site, sets it up when it is empty or older than the schema, and seeds its content once (with --demo
 * the example content too). Until that is done, the page at `/` says that it is starting and checks again.
 */
export async function startLocal({ argv, pageRoot, log = console.log }: StartOptions): Promise<LocalSharePoint> {
  let ready = false;
  const { demo, server } = parseStartArgs(argv);
  const page = servePageWhenReady(serveStaticFiles(pageRoot), () => ready);
  // The units (and whom they name) are the same in the plain and the demo seed.
  const people = serveJson(LOCAL_PEOPLE_PATH, localPeople(LOCAL_SEED.units));
  // What SharePoint writes into a page for its scripts: here the form digest, as SPFx's pageContext has it.
  const started: { site?: LocalSharePoint } = {};
  const pageContext = serveJson(LOCAL_PAGE_CONTEXT_PATH, () => started.site?.pageContext());
  const staticRoutes: typeof page = (req, res) => people(req, res) || pageContext(req, res) || page(req, res);
  const sharePoint = await startLocalSharePoint({ ...server, staticRoutes });
  started.site = sharePoint;
  try {
    // Set-up runs as the local editor, the site owner.
    const sp = createSp({
      siteUrl: sharePoint.siteUrl,
      behavior: (instance) => instance.using(SPBrowser({ baseUrl: sharePoint.siteUrl }), InjectHeaders({ [USER_HEADER]: 'editor' }))
    });
    const repositories = createRepositories(sp);
    const { state } = await repositories.site.status();
    if (state !== 'ready') {
      log(state === 'notProvisioned' ? 'Setting up MR-programmet on the local site…' : 'Upgrading MR-programmet’s lists…');
      await provision(sp, ({ step, done, total }) => log(`  ${done}/${total} ${step}`));
    }
    await seed(sp, demo ? DEMO_SEED : LOCAL_SEED);
    if (demo) await seedDemoActivity(repositories, periodOf(new Date()));
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
  if (demo) log('Content:                          example data (--demo): illustrative dates, updates, ticks and assessments');
  log(`Admin secret (/_local/*):         ${sharePoint.adminSecret} (header ${ADMIN_SECRET_HEADER}; also in ${sharePoint.adminSecretFile})`);
  log('Stop with Ctrl-C.');
  return sharePoint;
}
