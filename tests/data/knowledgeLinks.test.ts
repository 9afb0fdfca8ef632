/**
 * Kunskap och stöd and the document links, against the local SharePoint: a site of version 1 or 4 is upgraded
 * (schema step 5) to the list and columns, an editor keeps links and document links, everyone reads them with
 * the overview, and SharePoint refuses anyone else's writes.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { LocalSharePoint } from '../../local/server/index.ts';
import { AccessDeniedError, ValidationError } from '../../src/app';
import { ListsSchema, provision, provisionLists } from '../../src/data/provisioning/provision';
import { listOf } from '../../src/data/queries';
import { SCHEMA_VERSION, SCHEMA_VERSION_SETTING } from '../../src/data/schema';
import { emptyKnowledgeLink, KnowledgeLink } from '../../src/domain/knowledgeLink';
import { clientFor, startSite } from './localSite';

function released(version: number): ListsSchema {
  const { listOrder, lists } = JSON.parse(readFileSync(join(__dirname, `../fixtures/releasedSchemas/v${version}.json`), 'utf8')) as {
    listOrder: ListsSchema['order'];
    lists: ListsSchema['lists'];
  };
  return { order: listOrder, lists };
}

const training: KnowledgeLink = {
  ...emptyKnowledgeLink('knowledge'),
  title: { sv: 'Grundutbildning om mänskliga rättigheter', en: 'Introduction to human rights' },
  url: 'https://start.stockholm/utbildning/mr',
  description: { sv: 'En timme, digital.', en: '' }
};

describe('Kunskap och stöd and document links on the data site', () => {
  let site: LocalSharePoint;

  beforeEach(async () => {
    site = await startSite();
  });

  afterEach(async () => {
    await site.close();
  });

  it.each([1, 4])('come to a site set up by version %i with its upgrade, and keep what editors save', async (version) => {
    const { sp, repos } = clientFor(site.siteUrl);
    await provisionLists(sp, released(version));
    await listOf(sp, 'settings').items.add({ Title: SCHEMA_VERSION_SETTING, SettingValue: String(version) });
    await listOf(sp, 'actionPlans').items.add({ Title: 'Handlingsplan för barnets rättigheter', PlanKey: 'childRights', SortOrder: 1, PlanStatus: 'draft' });
    await listOf(sp, 'programme').items.add({ Title: 'goal', ContentKind: 'goal', SortOrder: 0, TitleSv: 'Mål' });
    expect((await repos.site.status()).state).toBe('outdated');

    await provision(sp);

    expect(await repos.site.status()).toEqual({ state: 'ready', schemaVersion: SCHEMA_VERSION });
    const stored = await repos.knowledgeLinks.save(training);
    expect(stored.id).toBeGreaterThan(0);
    const [plan] = (await repos.actionPlans.list()).value;
    expect(plan.documentUrl).toBeUndefined();
    await repos.actionPlans.save({ ...plan, documentUrl: 'https://start.stockholm/handlingsplan-barnets-rattigheter.pdf' });
    const before = (await repos.programme.loadOverview(undefined, 2026, new Date())).value;
    await repos.programme.saveEntry({ ...before.programme!.goal, documentUrl: 'https://start.stockholm/mr-programmet.pdf' });

    const { value: overview, problems } = await repos.programme.loadOverview(undefined, 2026, new Date());
    expect(problems).toEqual([]);
    expect(overview.knowledgeLinks).toEqual([{ ...training, id: stored.id, etag: expect.any(String) }]);
    expect(overview.actionPlans[0].documentUrl).toBe('https://start.stockholm/handlingsplan-barnets-rattigheter.pdf');
    expect(overview.programme?.goal.documentUrl).toBe('https://start.stockholm/mr-programmet.pdf');
  });

  it('change and remove a link, refuse a malformed address before sending, and clear a document link', async () => {
    const { sp, repos } = clientFor(site.siteUrl);
    await provision(sp);
    const stored = await repos.knowledgeLinks.save(training);
    const changed = await repos.knowledgeLinks.save({ ...stored, kind: 'method', url: '  https://start.stockholm/metod  ' });
    expect(changed.url).toBe('https://start.stockholm/metod');

    await expect(repos.knowledgeLinks.save({ ...changed, url: 'start.stockholm/metod' })).rejects.toBeInstanceOf(ValidationError);
    await expect(repos.knowledgeLinks.save({ ...changed, url: 'javascript:alert(1)' })).rejects.toBeInstanceOf(ValidationError);
    const [link] = (await repos.programme.loadOverview(undefined, 2026, new Date())).value.knowledgeLinks;
    expect(link).toEqual(expect.objectContaining({ kind: 'method', url: 'https://start.stockholm/metod' }));

    await repos.knowledgeLinks.remove(link.id);
    expect((await repos.programme.loadOverview(undefined, 2026, new Date())).value.knowledgeLinks).toEqual([]);

    const plan = await repos.actionPlans.save({
      id: 0,
      key: 'antiRacism',
      order: 1,
      title: { sv: 'Handlingsplan mot rasism', en: '' },
      description: { sv: '', en: '' },
      status: 'draft',
      documentUrl: 'https://start.stockholm/rasism.pdf'
    });
    await repos.actionPlans.save({ ...plan, documentUrl: undefined });
    expect((await repos.actionPlans.list()).value[0].documentUrl).toBeUndefined();
  });

  it('are written by editors only: SharePoint refuses a member and a reader', async () => {
    await provision(clientFor(site.siteUrl).sp);
    for (const user of ['member', 'reader'] as const) {
      await expect(clientFor(site.siteUrl, user).repos.knowledgeLinks.save(training)).rejects.toBeInstanceOf(AccessDeniedError);
    }
  });

  it('report a row typed by hand with a malformed address, and show the others', async () => {
    const { sp, repos } = clientFor(site.siteUrl);
    await provision(sp);
    await repos.knowledgeLinks.save(training);
    await listOf(sp, 'knowledgeLinks').items.add({ Title: 'Trasig länk', FocusArea: 'welfare', LinkKind: 'material', LinkUrl: { Url: 'ftp://gammal', Description: 'x' } });

    const { value, problems } = await repos.programme.loadOverview(undefined, 2026, new Date());
    expect(value.knowledgeLinks.map((link) => link.title.sv)).toEqual([training.title.sv]);
    expect(problems).toEqual([expect.objectContaining({ list: 'knowledgeLinks' })]);
  });
});
