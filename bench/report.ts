/** The bench's output: an aligned table for the terminal (and the issue), and bench/results.json. */
import { writeFileSync } from 'node:fs';
import type { BundleResult } from './measure/bundle';
import type { FirstRenderResult, LoadSeries } from './measure/firstRender';
import type { LiveResult } from './measure/live';
import type { FollowUpComparison } from './measure/followUp';
import type { ScaleResult } from './measure/scale';
import type { OperationSeries } from './support/repeat';
import type { TickResult } from './measure/tick';
import type { Summary } from './support/stats';

export interface NaiveResult {
  approach: string;
  firstRender?: LoadSeries & { timeRatio?: number; requestRatio?: number; warmTimeRatio?: number };
  /** Follow-up on the demo site's small lists (no threshold in play). */
  followUpSmall?: FollowUpComparison;
  /** From `scale`: the unit view and follow-up on 180,000 tick rows. */
  unitViewAtScale?: { naive: OperationSeries; timeRatio?: number; requestRatio?: number };
  followUpAtScale?: { naive: OperationSeries; timeRatio?: number; requestRatio?: number };
}

type Failed = { error: string };

export interface BenchResults {
  generatedAt: string;
  durationSeconds: number;
  machine: { cpus: number; cpuModel: string; node: string; platform: string; chromium?: string; loadAverage1m: { atStart: number; atEnd: number } };
  settings: Record<string, unknown>;
  results: {
    bundle: BundleResult | Failed;
    firstRender: FirstRenderResult | Failed;
    tick: TickResult | Failed;
    live: LiveResult | Failed;
    scale: ScaleResult | Failed;
    naive: NaiveResult | Failed;
  };
}

interface Row {
  section: string;
  measurement: string;
  summary?: Summary;
  value?: string;
  unit?: string;
  budget?: string;
  verdict?: string;
}

function isFailed<T>(value: T | Failed): value is Failed {
  return typeof value === 'object' && value !== null && 'error' in value && typeof (value as Failed).error === 'string' && Object.keys(value).length === 1;
}

function num(value: number | undefined, unit = ''): string {
  if (value === undefined) return '—';
  const text = Math.abs(value) >= 100 || Number.isInteger(value) ? Math.round(value).toLocaleString('en-US') : value.toFixed(1);
  return unit ? `${text}` : text;
}

function kb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

function ratioText(value: number | undefined): string {
  return value === undefined ? '—' : `${value.toFixed(2)}×`;
}

function operationRows(section: string, label: string, series: OperationSeries | undefined, rows: Row[]): void {
  if (!series) return;
  const refusal = series.refusedByThreshold ? `REFUSED by threshold in ${series.thresholdRefusals} of ${series.timeMs?.runs ?? '?'} runs` : 'no threshold refusal';
  rows.push({ section, measurement: `${label}: time`, summary: series.timeMs, unit: 'ms', verdict: series.errors.length > 0 ? `errors: ${series.errors.length}` : refusal });
  rows.push({ section, measurement: `${label}: data requests`, summary: series.dataRequests });
}

function buildRows(results: BenchResults['results']): Row[] {
  const rows: Row[] = [];
  const { bundle, firstRender, tick, live, scale, naive } = results;

  if (isFailed(bundle)) rows.push({ section: 'bundle', measurement: 'not measured', verdict: bundle.error });
  else {
    rows.push({
      section: 'bundle',
      measurement: `initial JS, gzip${bundle.stale ? ' (STALE: sources changed since packaging)' : ''}${bundle.packageFailure ? ' (package FAILED after webpack: sizes from release/assets)' : ''}`,
      value: kb(bundle.initial.gzipBytes),
      budget: `≤ ${kb(bundle.initial.budgetGzipBytes)}`,
      verdict: bundle.initial.verdict.toUpperCase()
    });
    for (const file of bundle.files) {
      const name = file.file.replace(/_[0-9a-f]{16,}\.js$/, '.js');
      if (file.kind === 'lazy') rows.push({ section: 'bundle', measurement: `  lazy chunk ${name}, gzip`, value: kb(file.gzipBytes), budget: `≤ ${kb(file.budgetGzipBytes ?? 0)}`, verdict: file.verdict.toUpperCase() });
      if (file.kind === 'reportGenerator') rows.push({ section: 'bundle', measurement: `  council report generator ${name}, gzip`, value: kb(file.gzipBytes) });
      if (file.kind === 'initial') rows.push({ section: 'bundle', measurement: `  initial file ${name}, gzip`, value: kb(file.gzipBytes) });
      if (file.kind === 'card') rows.push({ section: 'bundle', measurement: `Viva Connections card ${name}, gzip`, value: kb(file.gzipBytes), budget: `≤ ${kb(file.budgetGzipBytes ?? 0)}`, verdict: file.verdict.toUpperCase() });
    }
    const report = bundle.reportGenerator;
    rows.push({ section: 'bundle', measurement: 'council report generator (loaded on click), gzip together', value: kb(report.gzipBytes), budget: `≤ ${kb(report.budgetGzipBytes)}`, verdict: report.verdict.toUpperCase() });
    const parts = bundle.initialModules;
    if ('error' in parts) rows.push({ section: 'bundle', measurement: 'initial script per module: not measured', verdict: parts.error });
    else {
      const label = `(webpack stats: ${parts.moduleCount} modules, ${kb(parts.sourceBytes)}; sizes before minification and tree shaking)`;
      rows.push({ section: 'bundle', measurement: `initial script by package ${label}` });
      for (const part of parts.packages) rows.push({ section: 'bundle', measurement: `  ${part.name}`, value: kb(part.bytes) });
      rows.push({ section: 'bundle', measurement: 'initial script, largest modules (before minification and tree shaking)' });
      for (const part of parts.modules) rows.push({ section: 'bundle', measurement: `  ${part.name}`, value: kb(part.bytes) });
    }
  }

  if (isFailed(firstRender)) rows.push({ section: 'firstRender', measurement: 'not measured', verdict: firstRender.error });
  else {
    const app = firstRender.app;
    rows.push({ section: 'firstRender', measurement: `app start → interactive checklist (from ${firstRender.measuredFrom}), ${firstRender.latencyMs} ms latency`, summary: app.timeMs, unit: 'ms', verdict: app.timeMs ? undefined : `not measured: ${app.failures[0] ?? ''}` });
    if (app.fromAppStartMs) rows.push({ section: 'firstRender', measurement: 'from the mr-app-start mark', summary: app.fromAppStartMs, unit: 'ms' });
    const b = app.breakdown;
    if (b?.scriptsLoadedMs) rows.push({ section: 'firstRender', measurement: '  of which: last script loaded at', summary: b.scriptsLoadedMs, unit: 'ms' });
    if (b?.firstRequestMs) rows.push({ section: 'firstRender', measurement: '  of which: first REST request sent at', summary: b.firstRequestMs, unit: 'ms' });
    if (b?.lastResponseMs) rows.push({ section: 'firstRender', measurement: '  of which: last REST answer before interactive at', summary: b.lastResponseMs, unit: 'ms' });
    if (b?.dataPhaseMs) rows.push({ section: 'firstRender', measurement: '  data phase (first request sent → last answer)', summary: b.dataPhaseMs, unit: 'ms' });
    rows.push({ section: 'firstRender', measurement: 'data requests (digest excluded)', summary: app.dataRequests });
    rows.push({ section: 'firstRender', measurement: 'floor: one round trip (the unit view $batch, bare)', summary: firstRender.floorMs, unit: 'ms' });
    rows.push({ section: 'firstRender', measurement: 'ratio to the floor (medians): whole | data phase', value: `${ratioText(firstRender.ratioToFloor)} | ${ratioText(firstRender.dataPhaseRatioToFloor)}` });
    const team = firstRender.unitFromTeam;
    if (team) {
      rows.push({ section: 'firstRender', measurement: 'unit not in the link (from the team): start → interactive', summary: team.timeMs, unit: 'ms', verdict: team.timeMs ? undefined : `not measured: ${team.failures[0] ?? ''}` });
      rows.push({ section: 'firstRender', measurement: '  data requests (digest excluded; ≤ 2)', summary: team.dataRequests });
    }
    const warm = firstRender.warm;
    if (warm) {
      rows.push({ section: 'firstRender', measurement: 'warm start: navigation → cached checklist painted', summary: warm.paintedMs, unit: 'ms', verdict: warm.paintedMs ? undefined : `not measured: ${warm.failures[0] ?? ''}` });
      rows.push({ section: 'firstRender', measurement: '  warm: data answers before paint (0)', summary: warm.answersBeforePaint });
      rows.push({ section: 'firstRender', measurement: '  warm: data requests sent before paint', summary: warm.requestsBeforePaint });
      rows.push({ section: 'firstRender', measurement: '  warm: navigation → interactive (batch answered)', summary: warm.interactiveMs, unit: 'ms' });
    }
  }

  if (isFailed(tick)) rows.push({ section: 'tick', measurement: 'not measured', verdict: tick.error });
  else {
    rows.push({ section: 'tick', measurement: `click → tick shown (optimistic), ${tick.latencyMs} ms latency`, summary: tick.shownMs, unit: 'ms' });
    rows.push({
      section: 'tick',
      measurement: 'click → SharePoint confirmed (pending text gone)',
      summary: tick.confirmedMs,
      unit: 'ms',
      verdict: tick.withoutPendingText > 0 ? `${tick.withoutPendingText} ticks showed no pending text` : undefined
    });
  }

  if (isFailed(live)) rows.push({ section: 'live', measurement: 'not measured', verdict: live.error });
  else {
    const within = (summary: Summary | undefined, budget: number): string | undefined => (summary === undefined ? undefined : summary.median <= budget ? 'PASS' : 'FAIL');
    const appearance = (where: string, appears: Summary | undefined, missed: number): void => {
      const verdict = appears === undefined ? undefined : appears.median <= 1000 && (appears.p95 ?? Infinity) <= 1500 ? 'PASS' : 'FAIL';
      rows.push({
        section: 'live',
        measurement: `tick in A → shown ${where}, ${live.latencyMs} ms latency`,
        summary: appears,
        unit: 'ms',
        budget: 'median ≤ 1,000, p95 ≤ 1,500',
        verdict: missed > 0 ? `${missed} missed` : verdict
      });
    };
    appearance(`in B (${live.host})`, live.appearsMs, live.missed);
    appearance('on the meeting stage (C)', live.stageAppearsMs, live.stageMissed);
    const rate = (label: string, state: LiveResult['rates']['meeting'] | undefined): void => {
      if (state === undefined) return;
      if (state.error !== undefined) rows.push({ section: 'live', measurement: `${label}: not measured`, verdict: state.error });
      else
        rows.push({
          section: 'live',
          measurement: `${label}: REST requests a minute (over ${state.seconds} s)`,
          summary: state.requestsPerMinute,
          budget: `≤ ${state.budgetPerMinute}`,
          verdict: within(state.requestsPerMinute, state.budgetPerMinute)
        });
    };
    rate('visible, meeting mode, ticking', live.rates.meeting);
    rate('visible, meeting idle 2 min', live.rates.meetingIdle);
    rate('visible, Teams tab, not meeting mode', live.rates.notMeeting);
    rate('hidden tab (told it is hidden: headless Chromium never hides one)', live.rates.hidden);
    const two = live.twoTabs;
    if (two !== undefined && 'error' in two) rows.push({ section: 'live', measurement: 'two tabs of one person: not measured', verdict: two.error });
    else if (two !== undefined) {
      rows.push({ section: 'live', measurement: 'two tabs of one person: tabs that poll', value: String(two.pollers), budget: '1', verdict: two.pollers === 1 ? 'PASS' : 'FAIL' });
      rows.push({ section: 'live', measurement: '  change-log polls a minute at the server, both tabs', value: String(two.pollsPerMinute), budget: '≤ 60' });
      rows.push({ section: 'live', measurement: '  a tick in tab 2: write requests sent by tab 1 | tab 2', value: two.writesByTab.join(' | ') });
      rows.push({ section: 'live', measurement: '  the polling tab closes: the other takes over', value: two.tookOver ? 'yes' : 'no', verdict: two.tookOver ? 'PASS' : 'FAIL' });
    }
  }

  if (isFailed(scale)) rows.push({ section: 'scale', measurement: 'not measured', verdict: scale.error });
  else {
    const f = scale.fixtures;
    rows.push({ section: 'scale', measurement: `lists: ${f.tickRows.toLocaleString('en-US')} tick rows, ${f.assessmentRows.toLocaleString('en-US')} assessments (loaded in ${f.loadSeconds} s)` });
    operationRows('scale', 'unit view (loadUnitPlanView)', scale.unitView.ours, rows);
    operationRows('scale', `follow-up from summaries, periods ${scale.followUp.periods.join(' + ')}`, scale.followUp.ours, rows);
    operationRows('scale', `follow-up recount and compare (drift ${scale.followUp.drift})`, scale.followUp.recount, rows);
  }

  if (isFailed(naive)) rows.push({ section: 'naive', measurement: 'not measured', verdict: naive.error });
  else {
    const fr = naive.firstRender;
    if (fr) {
      rows.push({ section: 'naive', measurement: 'first render: start → checklist (plain HTML, no React/Fluent)', summary: fr.timeMs, unit: 'ms', verdict: fr.timeMs ? undefined : `not measured: ${fr.failures[0] ?? ''}` });
      if (fr.breakdown?.firstRequestMs) rows.push({ section: 'naive', measurement: '  of which: first REST request sent at', summary: fr.breakdown.firstRequestMs, unit: 'ms' });
      if (fr.breakdown?.dataPhaseMs) rows.push({ section: 'naive', measurement: '  data phase (first request sent → last answer)', summary: fr.breakdown.dataPhaseMs, unit: 'ms' });
      rows.push({ section: 'naive', measurement: 'first render: data requests', summary: fr.dataRequests });
      rows.push({ section: 'naive', measurement: 'first render ours/naive: time | requests', value: `${ratioText(fr.timeRatio)} | ${ratioText(fr.requestRatio)}` });
      rows.push({ section: 'naive', measurement: 'warm first render (painted) ours/naive (≤ 0.4)', value: ratioText(fr.warmTimeRatio) });
    }
    const small = naive.followUpSmall;
    if (small) {
      operationRows('naive', `follow-up, demo lists, ours from summaries`, small.ours, rows);
      operationRows('naive', `follow-up, demo lists, ours recount`, small.recount, rows);
      operationRows('naive', `follow-up, demo lists, naive`, small.naive, rows);
      rows.push({ section: 'naive', measurement: 'follow-up, demo lists, ours/naive: time | requests', value: `${ratioText(small.timeRatio)} | ${ratioText(small.requestRatio)}` });
    }
    if (naive.unitViewAtScale) {
      operationRows('naive', 'unit view at scale, naive', naive.unitViewAtScale.naive, rows);
      rows.push({ section: 'naive', measurement: 'unit view at scale, ours/naive: time | requests', value: `${ratioText(naive.unitViewAtScale.timeRatio)} | ${ratioText(naive.unitViewAtScale.requestRatio)}` });
    }
    if (naive.followUpAtScale) {
      operationRows('naive', 'follow-up at scale, naive', naive.followUpAtScale.naive, rows);
      rows.push({
        section: 'naive',
        measurement: 'follow-up at scale, ours/naive: time | requests',
        value: naive.followUpAtScale.naive.refusedByThreshold ? 'naive refused: no ratio' : `${ratioText(naive.followUpAtScale.timeRatio)} | ${ratioText(naive.followUpAtScale.requestRatio)}`
      });
    }
  }
  return rows;
}

export function formatTable(results: BenchResults['results']): string {
  const header = ['section', 'measurement', 'median', 'min', 'max', 'p95', 'runs', 'budget', 'verdict / note'];
  const lines = buildRows(results).map((row) => {
    const s = row.summary;
    const unit = row.unit ? ` ${row.unit}` : '';
    return [
      row.section,
      row.measurement,
      s ? `${num(s.median)}${unit}` : (row.value ?? ''),
      s ? num(s.min) : '',
      s ? num(s.max) : '',
      s?.p95 !== undefined ? num(s.p95) : '',
      s ? String(s.runs) : '',
      row.budget ?? '',
      row.verdict ?? ''
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const numeric = new Set([2, 3, 4, 5, 6]);
  const format = (cells: string[]): string =>
    cells
      .map((cell, i) => (numeric.has(i) ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(format)].join('\n');
}

export function writeResults(file: string, results: BenchResults): void {
  writeFileSync(file, `${JSON.stringify(results, undefined, 2)}\n`);
}
