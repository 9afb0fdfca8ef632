/**
 * The form digest (_api/contextinfo, and writes refused without a valid X-RequestDigest) and the URL
 * length limits of the IIS front end SharePoint Online runs behind.
 */
import '@pnp/sp/context-info';
import type { SPFI } from '@pnp/sp';
import type { LocalSharePoint } from '../../local/server/index.ts';
import { AS_EDITOR, spAs, startInMemory, statusOf } from './sharePointClient.ts';

let sharePoint: LocalSharePoint;
let sp: SPFI;

beforeAll(async () => {
  sharePoint = await startInMemory();
  sp = spAs(sharePoint);
  await sp.web.lists.add('Frågor');
});

afterAll(() => sharePoint.close());

const itemsUrl = (): string => `${sharePoint.siteUrl}/_api/web/lists/getByTitle('Fr%C3%A5gor')/items`;

async function contextInfo(accept = 'application/json'): Promise<Record<string, unknown>> {
  const response = await fetch(`${sharePoint.siteUrl}/_api/contextinfo`, { method: 'POST', headers: { ...AS_EDITOR, Accept: accept } });
  return (await response.json()) as Record<string, unknown>;
}

test('contextinfo issues a form digest valid for 1800 seconds', async () => {
  const info = await sp.web.getContextInfo();
  expect(info).toMatchObject({ FormDigestTimeoutSeconds: 1800, WebFullUrl: sharePoint.siteUrl, SiteFullUrl: sharePoint.siteUrl });
  expect(info.FormDigestValue).toMatch(/^0x[0-9A-F]+,\d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d -0000$/);
  const verbose = (await contextInfo('application/json;odata=verbose')) as { d: { GetContextWebInformation: { SupportedSchemaVersions: { results: string[] } } } };
  expect(verbose.d.GetContextWebInformation.SupportedSchemaVersions.results).toEqual(['14.0.0.0', '15.0.0.0']);
});

test('a write without a valid form digest is refused as SharePoint refuses it', async () => {
  const headers = { ...AS_EDITOR, Accept: 'application/json', 'Content-Type': 'application/json' };
  const body = JSON.stringify({ Title: 'Utan digest' });
  for (const digest of [undefined, 'nonsense', '0xABCDEF,01 Jan 2020 00:00:00 -0000']) {
    const response = await fetch(itemsUrl(), { method: 'POST', headers: digest ? { ...headers, 'X-RequestDigest': digest } : headers, body });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      'odata.error': {
        code: '-2130575252, Microsoft.SharePoint.SPException',
        message: {
          lang: 'en-US',
          value: "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again.",
        },
      },
    });
  }
  const { FormDigestValue } = await contextInfo();
  const accepted = await fetch(itemsUrl(), { method: 'POST', headers: { ...headers, 'X-RequestDigest': String(FormDigestValue) }, body });
  expect(accepted.status).toBe(201);
  const { ItemCount } = await sp.web.lists.getByTitle('Frågor').select('ItemCount')();
  expect(ItemCount).toBe(1);
});

test('a query string over 2,048 bytes is refused by the front end with 404, but fits in a batch', async () => {
  const longFilter = Array.from({ length: 120 }, (_, index) => `Title eq 'Fråga nummer ${index}'`).join(' or ');
  expect(await statusOf(sp.web.lists.getByTitle('Frågor').items.filter(longFilter)())).toBe(404);

  const [batched, execute] = sp.batched();
  let rows: unknown[] = [];
  void batched.web.lists.getByTitle('Frågor').items.filter(longFilter)().then((result) => (rows = result));
  await execute();
  expect(rows).toEqual([]);
});
