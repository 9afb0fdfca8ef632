/** @jest-environment jsdom */
/**
 * Honest seed content. The site `npm start` sets up (no --demo) is rendered view by view, and every dated or
 * status fact it shows must be one of tests/fixtures/sourceFacts.ts, whose quotes must be in the source
 * documents (../shared/seeds/). `npm start -- --demo` marks its site as example data, and the app says so.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanup, screen, waitFor } from '@testing-library/react';
import nodeFetch, { Headers as NodeHeaders, Request as NodeRequest, Response as NodeResponse } from 'node-fetch';
import type { LocalSharePoint } from '../../local/server/index.ts';
import { DEMO_DATA_FILE, parseStartArgs, startLocal } from '../../local/start';
import { EXAMPLE_EVIDENCE } from '../../local/demoActivity';
import type { ViewKey } from '../../src/ui/routing';
import { sv } from '../../src/ui/loc/sv';
import { periodOf } from '../../src/domain/period';
import { clientFor } from '../data/localSite';
import { normalised, readSourceDocument, SOURCE_FACTS } from '../fixtures/sourceFacts';
import { localization, renderApp } from '../ui/render';

Object.assign(globalThis, { fetch: nodeFetch, Headers: NodeHeaders, Request: NodeRequest, Response: NodeResponse });

const { strings, fill } = localization('sv');

/** A date, a year, or a word that says where something stands. */
const DATED_OR_STATUS =
  /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2} (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) \d{4}\b|\b(19|20)\d\d\b|\b(antagen|antagna|antagits|antogs|antas|upphör\w*|gäller|gällande|tas fram|tagit fram|på remiss|pågår|styrdokument saknas)\b/i;

/** Interface texts without placeholders: the app's own words, not facts about the programme. */
const INTERFACE_TEXTS = new Set(Object.values(sv).filter((text) => !text.includes('{')).map(normalised));

const FACTS_SHOWN = SOURCE_FACTS.map((fact) => normalised(fact.shown));

/** What is left of a sentence once every fact it holds is taken out: a dated or status word left is unsourced. */
function unsourced(sentence: string): string | undefined {
  let rest = normalised(sentence);
  if (INTERFACE_TEXTS.has(rest)) return undefined;
  for (const fact of FACTS_SHOWN) rest = rest.split(fact).join(' ');
  // The period the app shows is today's year: the app's own frame, not a fact about the programme.
  rest = rest.split(normalised(fill(strings.periodLabel, { period: String(periodOf(new Date())) }))).join(' ');
  return DATED_OR_STATUS.test(rest) ? sentence : undefined;
}

/** The text of every block the person reads (paragraphs, headings, list items, cells), sentence by sentence. */
function sentencesShown(root: HTMLElement): string[] {
  const blocks = [...root.querySelectorAll('p, h1, h2, h3, h4, h5, li, td, th, dt, dd, label, legend, [role="status"]')].filter(
    (block) => block.querySelector('p, h1, h2, h3, h4, h5, li, td, th') === null
  );
  return blocks.flatMap((block) => (block.textContent ?? '').split(/(?<=[.!?])\s+/)).filter((sentence) => sentence.trim() !== '');
}

describe('the facts the app may state', () => {
  it('quotes each source document word for word', () => {
    for (const fact of SOURCE_FACTS) {
      const document = normalised(readSourceDocument(fact.document));
      expect({ fact: fact.shown, found: document.includes(normalised(fact.quote)) }).toEqual({ fact: fact.shown, found: true });
      if (fact.about !== 'programmet') expect({ about: fact.about, found: document.includes(normalised(fact.about)) }).toEqual({ about: fact.about, found: true });
    }
  });
});

describe('npm start without --demo', () => {
  let site: LocalSharePoint;
  let pageRoot: string;

  beforeAll(async () => {
    pageRoot = mkdtempSync(join(tmpdir(), 'mr-seed-'));
    site = await startLocal({ argv: ['--memory', '--port', '0'], pageRoot, log: () => undefined });
  });

  afterAll(async () => {
    await site.close();
    rmSync(pageRoot, { recursive: true, force: true });
  });

  afterEach(cleanup);

  it('is not marked as example data, and holds no updates, ticks or assessments', async () => {
    const { repos } = clientFor(site.siteUrl, 'editor');
    expect((await repos.site.status()).exampleData).toBeUndefined();
    expect((await repos.updates.all()).value).toEqual([]);
    const units = (await repos.units.list()).value;
    const history = await Promise.all(units.map((unit) => repos.staircase.forUnit(unit.id, [periodOf(new Date())])));
    expect(history.flatMap((loaded) => loaded.value)).toEqual([]);
  });

  it('stores every plan as to be drawn up, with no dates, and a description the documents say', async () => {
    const { repos } = clientFor(site.siteUrl, 'reader');
    const plans = (await repos.actionPlans.list()).value;
    expect(plans).toHaveLength(6);
    for (const plan of plans) {
      expect(plan).toMatchObject({ status: 'draft', adoptionDate: undefined, replacedCeasedOn: undefined });
      const facts = SOURCE_FACTS.filter((fact) => fact.about === plan.title.sv).map((fact) => normalised(fact.shown));
      if (plan.replaces !== undefined) expect(facts).toContain(normalised(plan.replaces));
      // The plan page shows the description: each of its sentences is a fact about this plan.
      const sentences = plan.description.sv.replace(/<[^>]+>/g, ' ').split(/(?<=\.)\s+/).map(normalised).filter(Boolean);
      expect(sentences.filter((sentence) => !facts.includes(sentence))).toEqual([]);
    }
  });

  /** What each view shows once it has loaded. */
  const LOADED: [ViewKey, string][] = [
    ['overview', 'Kunskap och information'],
    ['plans', 'Romsk inkludering'],
    ['staircase', 'Sammanhållen uppföljning'],
    ['updates', strings.updatesEmpty]
  ];

  it.each(LOADED)('shows no dated or status fact that the documents do not give: %s', async (view, loadedText) => {
    const { repos } = clientFor(site.siteUrl, 'reader');
    const { container } = renderApp('sv', { repositories: repos, route: { view }, hostKind: 'sharePointPage', period: periodOf(new Date()) });
    await waitFor(() => expect(container.textContent).toContain(loadedText), { timeout: 30000 });
    const sentences = sentencesShown(container);
    expect(sentences.length).toBeGreaterThan(5);
    expect(sentences.map(unsourced).filter((sentence) => sentence !== undefined)).toEqual([]);
    // Each plan's status line is a fact about that very plan.
    for (const article of container.querySelectorAll('article')) {
      const title = article.querySelector('h3, h4')?.textContent ?? '';
      const status = article.querySelector('p')?.textContent ?? '';
      expect(SOURCE_FACTS.some((fact) => fact.about === title && fact.shown === status)).toBe(true);
    }
    expect(screen.queryByText(strings.exampleDataTitle)).toBeNull();
  });
});

describe('npm start -- --demo', () => {
  it('keeps its data in a file of its own unless told otherwise', () => {
    expect(parseStartArgs(['--demo']).server.dataFile).toBe(DEMO_DATA_FILE);
    expect(parseStartArgs(['--demo', '--memory']).server.dataFile).toBeUndefined();
    expect(parseStartArgs(['--demo', '--data', 'x.sqlite']).server.dataFile).toBe('x.sqlite');
    expect(parseStartArgs([]).demo).toBe(false);
  });

  it('marks the site as example data, and every view says "Exempeldata" above the illustrative ticks and assessments', async () => {
    const pageRoot = mkdtempSync(join(tmpdir(), 'mr-demo-'));
    const site = await startLocal({ argv: ['--demo', '--memory', '--port', '0'], pageRoot, log: () => undefined });
    try {
      const { repos } = clientFor(site.siteUrl, 'reader');
      expect((await repos.site.status()).exampleData).toBe(true);
      const units = (await repos.units.list()).value;
      const assessments = (await Promise.all(units.map((unit) => repos.staircase.forUnit(unit.id, [periodOf(new Date())])))).flatMap((loaded) => loaded.value);
      expect(assessments.length).toBeGreaterThan(0);
      expect(assessments.every((assessment) => assessment.evidence === EXAMPLE_EVIDENCE)).toBe(true);
      for (const view of ['overview', 'followUp'] as ViewKey[]) {
        renderApp('sv', { repositories: repos, route: { view }, hostKind: 'sharePointPage', period: periodOf(new Date()) });
        expect(await screen.findByText(strings.exampleDataTitle, {}, { timeout: 30000 })).toBeTruthy();
        cleanup();
      }
    } finally {
      await site.close();
      rmSync(pageRoot, { recursive: true, force: true });
    }
  });
});
