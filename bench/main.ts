/**
 * `npm run bench`: the measurements in order, each on its own so one failing does not lose the rest.
 * bench/run.mjs builds the pages and bundles this file; the README's performance section says what the numbers mean.
 */
import { cpus, loadavg, platform } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { DEMO_TEAMS_GROUP_ID } from '../src/data/seed/content';
import { periodOf } from '../src/domain/period';
import { measureBundle } from './measure/bundle';
import { measureFirstRender } from './measure/firstRender';
import type { FirstRenderMeasurement } from './measure/firstRender';
import { measureLive } from './measure/live';
import { measureFollowUp } from './measure/followUp';
import { loadScaleFixtures, measureScale } from './measure/scale';
import type { ScaleFixtures } from './measure/scale';
import { measureTick } from './measure/tick';
import { formatTable, writeResults } from './report';
import type { BenchResults, NaiveResult } from './report';
import { launchChromium } from '../tests/browser/harness/chromium';
import { productClient, sampleClient } from './support/clients';
import { startBenchServer } from './support/server';
import type { BenchServer } from './support/server';
import { ratio } from './support/stats';

export interface BenchOptions {
  root: string;
  /** The built host page plus the naive sample page. */
  pageRoot: string;
  /** The bundled bench/server.ts. */
  serverScript: string;
  packageMode: 'auto' | 'always' | 'never';
  quick: boolean;
  /** Run only these sections (bundle, firstRender, tick, live, followUp, scale); all when undefined. */
  only?: readonly string[];
}

export const SECTIONS = ['bundle', 'firstRender', 'tick', 'live', 'followUp', 'scale'] as const;

const FULL = {
  latencyMs: 50,
  firstRenderRuns: 5,
  ticks: 50,
  tickItems: 5,
  liveTicks: 20,
  /** The longest wait between two polls in a meeting: DEFAULT_CADENCE.meetingMs plus its jitter. */
  meetingPollMs: 1150,
  rateWindows: 3,
  rateWindowSeconds: 10,
  meetingIdle: true,
  twoTabSeconds: 20,
  unitViewRuns: 5,
  followUpRuns: 3,
  followUpSmallRuns: 5,
  scale: { units: 150, items: 300, periodCount: 4 },
  timeoutMs: 20_000
};

const QUICK: typeof FULL = {
  ...FULL,
  firstRenderRuns: 2,
  ticks: 6,
  liveTicks: 3,
  rateWindows: 1,
  rateWindowSeconds: 6,
  meetingIdle: false,
  twoTabSeconds: 6,
  unitViewRuns: 2,
  followUpRuns: 1,
  followUpSmallRuns: 2,
  scale: { units: 20, items: 300, periodCount: 4 }
};

const APP_PLAN_KEY_ORDER = 0;

interface PreparedScale {
  server: BenchServer;
  member: ReturnType<typeof productClient>;
  fixtures: ScaleFixtures;
}

/** A second local SharePoint with the scale lists loaded. */
async function prepareScale(options: BenchOptions, settings: typeof FULL, period: number, log: (line: string) => void): Promise<PreparedScale> {
  const server = await startBenchServer(options.serverScript, options.pageRoot);
  try {
    const shape = { units: settings.scale.units, items: settings.scale.items, periods: Array.from({ length: settings.scale.periodCount }, (_, i) => period - i) };
    log(`  scale: loading ${(shape.units * shape.items * shape.periods.length).toLocaleString('en-US')} tick rows with the fixture loader`);
    const fixtures = await loadScaleFixtures(server, productClient(server.siteUrl, 'editor'), shape);
    log(`  scale: lists loaded in ${fixtures.loadSeconds} s`);
    return { server, member: productClient(server.siteUrl, 'member'), fixtures };
  } catch (error) {
    await server.close();
    throw error;
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0] : String(error);
}

export async function runBench(options: BenchOptions): Promise<BenchResults> {
  const settings = options.quick ? QUICK : FULL;
  const unknownSections = (options.only ?? []).filter((section) => !(SECTIONS as readonly string[]).includes(section));
  if (unknownSections.length > 0) throw new Error(`unknown section ${unknownSections.join(', ')} (known: ${SECTIONS.join(', ')})`);
  const started = performance.now();
  // Other work on the machine shows here: the medians are meant to hold up under it, min and max show it.
  const loadAtStart = loadavg()[0];
  const log = (line: string): void => console.error(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);
  const period = periodOf(new Date());
  const want = (section: (typeof SECTIONS)[number]): boolean => options.only === undefined || options.only.includes(section);
  const skipped = { error: 'skipped (--only)' };
  const results: BenchResults['results'] = {
    bundle: { error: 'not run' },
    firstRender: { error: 'not run' },
    tick: { error: 'not run' },
    live: { error: 'not run' },
    scale: { error: 'not run' },
    naive: { error: 'not run' }
  };
  const naive: NaiveResult = {
    approach:
      'PnPjs as the samples set it up (spfi().using(SPBrowser())), one request per list, each awaited before the next, no $batch, multi-row reads paged as items.getAll() did (2,000 per page, following nextLink); same $select and unit filters as the product; the follow-up asks `Period eq P`'
  };

  // Packaging (minutes of CPU) and loading the scale lists (no timing taken) go side by side before any
  // timed measurement; the scale server then waits, idle, until its turn.
  log(want('scale') ? 'bundle and, beside it, the scale lists (a second local SharePoint)' : 'bundle');
  const bundleTask = want('bundle')
    ? measureBundle(options.root, options.packageMode, log).catch((error: unknown) => ({ error: message(error) }))
    : Promise.resolve(skipped);
  const scaleTask = want('scale') ? prepareScale(options, settings, period, log) : undefined;
  // Nothing may reject unobserved while the other runs.
  scaleTask?.catch(() => undefined);
  results.bundle = await bundleTask;
  const scale = await scaleTask?.catch((error: unknown) => {
    results.scale = { error: message(error) };
    log(`  scale lists failed: ${message(error)}`);
    return undefined;
  });
  if (!want('scale')) results.scale = skipped;

  let scaleDone = false;
  /** The scale measurements; run while the idle tab is counted (they touch the other server only) or on their own. */
  const runScale = async (): Promise<void> => {
    if (scaleDone || scale === undefined) return;
    scaleDone = true;
    try {
      log('scale: measuring');
      const measured = await measureScale(scale.server, { repos: scale.member.repos, sample: sampleClient(scale.server.siteUrl, 'member') }, scale.fixtures, {
        unitViewRuns: settings.unitViewRuns,
        followUpRuns: settings.followUpRuns,
        latencyMs: settings.latencyMs,
        log
      });
      results.scale = measured;
      naive.unitViewAtScale = { naive: measured.unitView.naive, timeRatio: measured.unitView.timeRatio, requestRatio: measured.unitView.requestRatio };
      naive.followUpAtScale = { naive: measured.followUp.naive, timeRatio: measured.followUp.timeRatio, requestRatio: measured.followUp.requestRatio };
    } catch (error) {
      results.scale = { error: message(error) };
      log(`  scale failed: ${message(error)}`);
    }
  };

  let browser: Browser | undefined;
  let server: BenchServer | undefined;
  let chromium: string | undefined;
  try {
    if (!['firstRender', 'tick', 'live', 'followUp'].some((section) => want(section as (typeof SECTIONS)[number]))) throw new Error(skipped.error);
    log('local SharePoint (demo site) and Chromium');
    server = await startBenchServer(options.serverScript, options.pageRoot);
    // Found or installed as the browser tests do.
    browser = await launchChromium();
    chromium = browser.version();
    const editor = productClient(server.siteUrl, 'editor');
    const member = productClient(server.siteUrl, 'member');
    const unit = await editor.repos.units.forTeamsGroup(DEMO_TEAMS_GROUP_ID);
    if (!unit) throw new Error('the demo site has no unit for the Teams tab');
    const plan = (await editor.repos.actionPlans.list()).value[APP_PLAN_KEY_ORDER];
    const appUrl = (user: string, host = 'teams'): string => `${server!.url}/?host=${host}&user=${user}&lang=sv&mrView=plans&mrPlan=${encodeURIComponent(plan.key)}`;
    // The unit in the link (a copied link, or a tab set up for its unit): the whole first view in one batch.
    const unitUrl = `${appUrl('member')}&mrUnit=${unit.id}`;
    const naiveUrl = `${server.url}/bench-naive.html?user=member&team=${DEMO_TEAMS_GROUP_ID}&plan=${encodeURIComponent(plan.key)}&period=${period}`;

    let first: FirstRenderMeasurement | undefined;
    try {
      if (!want('firstRender')) throw new Error(skipped.error);
      log(`firstRender (unit "${unit.name}", plan ${plan.key}, period ${period}; app and naive interleaved)`);
      first = await measureFirstRender(browser, server, member.repos, { appUrl: unitUrl, teamUrl: appUrl('member'), naiveUrl, unitId: unit.id, planId: plan.id, period }, {
        runs: settings.firstRenderRuns,
        latencyMs: settings.latencyMs,
        timeoutMs: settings.timeoutMs,
        log
      });
      results.firstRender = first.firstRender;
      naive.firstRender = {
        ...first.naive,
        timeRatio: ratio(first.firstRender.app.timeMs, first.naive.timeMs),
        requestRatio: ratio(first.firstRender.app.dataRequests, first.naive.dataRequests),
        warmTimeRatio: ratio(first.firstRender.warm?.paintedMs, first.naive.timeMs)
      };
    } catch (error) {
      results.firstRender = { error: message(error) };
    }
    const checklistShown = !want('firstRender') || first?.firstRender.app.timeMs !== undefined;
    const noChecklist = `the app showed no interactive checklist (${first?.firstRender.app.failures[0] ?? 'firstRender failed'})`;

    await server.setLatency(settings.latencyMs);
    try {
      if (!want('tick')) throw new Error(skipped.error);
      if (!checklistShown) throw new Error(noChecklist);
      log('tick');
      results.tick = await measureTick(browser, appUrl('member'), { ticks: settings.ticks, items: settings.tickItems, latencyMs: settings.latencyMs, timeoutMs: settings.timeoutMs, log });
    } catch (error) {
      results.tick = { error: message(error) };
    }

    // Before any tab stays open: the server's counters must see only these requests.
    try {
      if (!want('followUp')) throw new Error(skipped.error);
      log('follow-up on the demo lists (ours and naive)');
      await editor.repos.site.permissions();
      naive.followUpSmall = await measureFollowUp(server, { repos: editor.repos, sample: sampleClient(server.siteUrl, 'editor') }, period, settings.followUpSmallRuns, log);
    } catch (error) {
      if (want('followUp')) log(`  failed: ${message(error)}`);
    }

    try {
      if (!want('live')) throw new Error(skipped.error);
      if (!checklistShown) throw new Error(noChecklist);
      log('live, in a meeting side panel (A member, B editor) and on the meeting stage (C, a reader)');
      const urls = {
        a: appUrl('member', 'meeting'),
        b: appUrl('editor', 'meeting'),
        stage: appUrl('reader', 'stage'),
        notMeeting: appUrl('member', 'teams'),
        hidden: appUrl('member', 'meeting'),
        twoTabs: appUrl('member', 'meeting')
      };
      results.live = await measureLive(browser, server, urls, {
        ticks: settings.liveTicks,
        items: settings.tickItems,
        meetingPollMs: settings.meetingPollMs,
        windows: settings.rateWindows,
        windowSeconds: settings.rateWindowSeconds,
        meetingIdle: settings.meetingIdle,
        twoTabSeconds: settings.twoTabSeconds,
        latencyMs: settings.latencyMs,
        timeoutMs: settings.timeoutMs,
        duringIdle: runScale,
        log
      });
    } catch (error) {
      results.live = { error: message(error) };
    }
  } catch (error) {
    const text = message(error);
    for (const key of ['firstRender', 'tick', 'live'] as const) {
      if ('error' in results[key] && (results[key] as { error: string }).error === 'not run') results[key] = { error: text };
    }
    if (text !== skipped.error) log(`  failed: ${text}`);
  } finally {
    await browser?.close();
    await server?.close();
  }
  await runScale();
  await scale?.server.close();
  results.naive = naive;

  const cpuList = cpus();
  const output: BenchResults = {
    generatedAt: new Date().toISOString(),
    durationSeconds: Math.round((performance.now() - started) / 1000),
    machine: {
      cpus: cpuList.length,
      cpuModel: cpuList[0]?.model ?? 'unknown',
      node: process.version,
      platform: `${platform()} ${process.arch}`,
      chromium,
      loadAverage1m: { atStart: Math.round(loadAtStart * 100) / 100, atEnd: Math.round(loadavg()[0] * 100) / 100 }
    },
    settings: { ...settings, quick: options.quick, only: options.only ?? 'all', period },
    results
  };
  writeResults(join(options.root, 'bench', 'results.json'), output);
  console.log(formatTable(results));
  console.log(
    `\n${options.quick ? 'QUICK run (fewer repetitions). ' : ''}Every number is the median of its runs, with min and max; KB = 1,000 bytes. ` +
      `${output.durationSeconds} s on ${output.machine.cpus} × ${output.machine.cpuModel} (load ${output.machine.loadAverage1m.atStart} → ${output.machine.loadAverage1m.atEnd}), ` +
      `Node ${output.machine.node}, Chromium ${chromium ?? '?'}.`
  );
  console.log('Written to bench/results.json.');
  return output;
}
