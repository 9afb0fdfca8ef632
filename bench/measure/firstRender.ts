/**
 * firstRender: a Teams tab opened on a unit's checklist (`/?host=teams&user=member&mrView=plans&mrPlan=<key>`)
 * in a fresh browser context each run, with the injected latency: the time from navigation start until the
 * first checklist checkbox is enabled, and the data requests (digest excluded) the server answered for that
 * load. The floor is one round trip: the product's one $batch for the unit plan view, timed bare from Node
 * with the same latency; the ratio says how many round trips' worth the tab costs.
 *
 * The naive sample page (bench-naive.html) is measured in the same runs, interleaved, for `naive`.
 */
import type { Browser } from 'playwright-core';
import type { MrRepositories } from '../../src/app';
import { loadUntilInteractive, newContext, reloadUntilInteractive } from '../support/browser';
import type { PageLoad, WarmLoad } from '../support/browser';
import { dataRequests, requestPaths } from '../support/server';
import type { BenchServer } from '../support/server';
import { elapsed, ratio, summarize } from '../support/stats';
import type { Summary } from '../support/stats';

export interface LoadSeries {
  url: string;
  timeMs?: Summary;
  fromAppStartMs?: Summary;
  dataRequests?: Summary;
  /** The same, from the page's resource timing: requests started before the checklist was interactive. */
  requestsStartedBeforeInteractive?: Summary;
  /** Where the time went, ms from navigation start: last script loaded, first REST request, last REST answer. */
  breakdown?: { scriptsLoadedMs?: Summary; firstRequestMs?: Summary; lastResponseMs?: Summary; dataPhaseMs?: Summary };
  /** Requests by path in the last run (digest included), to see what the count is made of. */
  requestPaths?: Record<string, number>;
  failures: string[];
}

export interface FirstRenderResult {
  latencyMs: number;
  /** `timeMs` runs from navigation start; `fromAppStartMs` is there only when the app sets an `mr-app-start` mark. */
  measuredFrom: 'navigationStart';
  appStartMark: boolean;
  app: LoadSeries;
  /** One bare round trip: loadUnitPlanView's $batch from Node. */
  floorMs?: Summary;
  floorRequests?: Summary;
  /** app median / floor median. */
  ratioToFloor?: number;
  /** The data phase alone (first REST request → last answer) / floor: round trips' worth of waiting on data. */
  dataPhaseRatioToFloor?: number;
  /** Cold, the unit not in the link: it follows from the Teams team in the first batch, the route's data in a second. */
  unitFromTeam?: LoadSeries;
  /** Warm: the same link opened again in the same browser, the last start in IndexedDB. */
  warm?: WarmSeries;
}

export interface WarmSeries {
  url: string;
  /** Navigation start → the cached checklist painted. */
  paintedMs?: Summary;
  /** Data answers received before that paint (0: painted from the cache alone). */
  answersBeforePaint?: Summary;
  /** Data requests sent before that paint (the batch may leave before, it must not have answered). */
  requestsBeforePaint?: Summary;
  /** Navigation start → interactive (the batch's answer shown). */
  interactiveMs?: Summary;
  failures: string[];
}

export interface FirstRenderTarget {
  /** The unit in the link: everything in one batch. */
  appUrl: string;
  /** The same tab without the unit in the link. */
  teamUrl: string;
  naiveUrl: string;
  unitId: number;
  planId: number;
  period: number;
}

async function measureLoad(browser: Browser, server: BenchServer, url: string, timeoutMs: number): Promise<{ load: PageLoad; requests: number; paths: Record<string, number> }> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await server.resetStats();
    const load = await loadUntilInteractive(page, url, timeoutMs);
    const stats = await server.stats();
    return { load, requests: dataRequests(stats), paths: requestPaths(stats) };
  } finally {
    await context.close();
  }
}

function defined(values: (number | undefined)[]): number[] {
  return values.filter((v): v is number => v !== undefined);
}

function series(url: string, loads: { load: PageLoad; requests: number; paths: Record<string, number> }[], failures: string[]): LoadSeries {
  const fromAppStart = loads.map((l) => l.load.fromAppStartMs).filter((v): v is number => v !== undefined);
  return {
    url,
    timeMs: summarize(loads.map((l) => l.load.interactiveMs)),
    fromAppStartMs: fromAppStart.length > 0 ? summarize(fromAppStart) : undefined,
    dataRequests: summarize(loads.map((l) => l.requests), { digits: 0 }),
    requestsStartedBeforeInteractive: summarize(loads.map((l) => l.load.requestsStarted), { digits: 0 }),
    breakdown: {
      scriptsLoadedMs: summarize(defined(loads.map((l) => l.load.scriptsLoadedMs))),
      firstRequestMs: summarize(defined(loads.map((l) => l.load.firstRequestMs))),
      lastResponseMs: summarize(defined(loads.map((l) => l.load.lastResponseMs))),
      // First REST request sent → last REST answer received: the part of the time that is data.
      dataPhaseMs: summarize(
        defined(loads.map((l) => (l.load.firstRequestMs === undefined || l.load.lastResponseMs === undefined ? undefined : l.load.lastResponseMs - l.load.firstRequestMs)))
      )
    },
    requestPaths: loads[loads.length - 1]?.paths,
    failures
  };
}

/** Bare round trips of the one $batch, from Node, after a warm-up that also fetches the digest. */
export async function measureFloor(server: BenchServer, repos: MrRepositories, target: FirstRenderTarget, runs: number): Promise<{ timeMs?: Summary; requests?: Summary }> {
  await repos.site.permissions();
  await repos.checklist.loadUnitPlanView(target.unitId, target.planId, target.period);
  const times: number[] = [];
  const requests: number[] = [];
  for (let run = 0; run < runs; run++) {
    await server.resetStats();
    const start = performance.now();
    await repos.checklist.loadUnitPlanView(target.unitId, target.planId, target.period);
    times.push(elapsed(start));
    requests.push(dataRequests(await server.stats()));
  }
  return { timeMs: summarize(times), requests: summarize(requests, { digits: 0 }) };
}

/** Each run a fresh browser: opens the link once (cold, the cache filled), then again: the second opening is measured. */
async function measureWarm(browser: Browser, url: string, runs: number, timeoutMs: number, log: (line: string) => void): Promise<WarmSeries> {
  const loads: WarmLoad[] = [];
  const failures: string[] = [];
  for (let run = 0; run <= runs; run++) {
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      await loadUntilInteractive(page, url, timeoutMs);
      // The cache is written once the batch answered; a moment for IndexedDB to commit.
      await page.waitForTimeout(200);
      const warm = await reloadUntilInteractive(page, url, timeoutMs);
      if (run > 0) loads.push(warm);
      log(`    warm run ${run === 0 ? 'warm-up' : run}: painted ${warm.paintedMs.toFixed(0)} ms (${warm.answersBeforePaint} answers before), interactive ${warm.interactiveMs.toFixed(0)} ms`);
    } catch (error) {
      failures.push(`run ${run}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    } finally {
      await context.close();
    }
  }
  if (loads.length === 0) return { url, failures };
  return {
    url,
    paintedMs: summarize(loads.map((l) => l.paintedMs)),
    answersBeforePaint: summarize(loads.map((l) => l.answersBeforePaint), { digits: 0 }),
    requestsBeforePaint: summarize(loads.map((l) => l.requestsBeforePaint), { digits: 0 }),
    interactiveMs: summarize(loads.map((l) => l.interactiveMs)),
    failures
  };
}

export interface FirstRenderMeasurement {
  firstRender: FirstRenderResult;
  naive: LoadSeries;
}

/** Interleaves app and naive loads (one warm-up each, not counted), `runs` each. */
export async function measureFirstRender(
  browser: Browser,
  server: BenchServer,
  repos: MrRepositories,
  target: FirstRenderTarget,
  options: { runs: number; latencyMs: number; timeoutMs: number; log: (line: string) => void }
): Promise<FirstRenderMeasurement> {
  await server.setLatency(options.latencyMs);
  const floor = await measureFloor(server, repos, target, options.runs + 2);
  const app: Awaited<ReturnType<typeof measureLoad>>[] = [];
  const naive: Awaited<ReturnType<typeof measureLoad>>[] = [];
  const appFailures: string[] = [];
  const naiveFailures: string[] = [];
  let appBroken = false;
  let naiveBroken = false;
  for (let run = 0; run <= options.runs; run++) {
    for (const [url, results, failures, which] of [
      [target.appUrl, app, appFailures, 'app'],
      [target.naiveUrl, naive, naiveFailures, 'naive']
    ] as const) {
      if ((which === 'app' && appBroken) || (which === 'naive' && naiveBroken)) continue;
      try {
        const measured = await measureLoad(browser, server, url, options.timeoutMs);
        if (run > 0) results.push(measured);
        options.log(`    ${which} run ${run === 0 ? 'warm-up' : run}: ${measured.load.interactiveMs.toFixed(0)} ms, ${measured.requests} data requests`);
      } catch (error) {
        const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
        failures.push(`run ${run}: ${message}`);
        options.log(`    ${which} run ${run}: FAILED ${message}`);
        // A page that never shows a checklist will not show one on the next run either: save the time.
        if (failures.length >= 2 || run === 0) {
          if (which === 'app') appBroken = true;
          else naiveBroken = true;
        }
      }
    }
  }
  const team: Awaited<ReturnType<typeof measureLoad>>[] = [];
  const teamFailures: string[] = [];
  for (let run = 0; run < options.runs; run++) {
    try {
      const measured = await measureLoad(browser, server, target.teamUrl, options.timeoutMs);
      team.push(measured);
      options.log(`    unit from the team run ${run + 1}: ${measured.load.interactiveMs.toFixed(0)} ms, ${measured.requests} data requests`);
    } catch (error) {
      teamFailures.push(`run ${run}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  }
  const warm = await measureWarm(browser, target.appUrl, options.runs, options.timeoutMs, options.log);
  const appSeries = series(target.appUrl, app, appFailures);
  return {
    firstRender: {
      latencyMs: options.latencyMs,
      measuredFrom: 'navigationStart',
      appStartMark: appSeries.fromAppStartMs !== undefined,
      app: appSeries,
      floorMs: floor.timeMs,
      floorRequests: floor.requests,
      ratioToFloor: ratio(appSeries.timeMs, floor.timeMs),
      dataPhaseRatioToFloor: ratio(appSeries.breakdown?.dataPhaseMs, floor.timeMs),
      unitFromTeam: series(target.teamUrl, team, teamFailures),
      warm
    },
    naive: series(target.naiveUrl, naive, naiveFailures)
  };
}
