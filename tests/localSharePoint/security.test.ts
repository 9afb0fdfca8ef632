/**
 * The local SharePoint's security model (local/README.md, "Security model"): the Host allow-list, the admin
 * endpoints' secret and own-origin checks, anonymous requests, request body limits and time-outs, JSON and
 * $filter depth limits, and SharePoint Online's text and title limits with SharePoint's errors.
 */
import { request } from 'node:http';
import { statSync, existsSync, readFileSync } from 'node:fs';
import type { SPFI } from '@pnp/sp';
import type { LocalSharePoint } from '../../local/server/index.ts';
import { adminHeaders, AS_EDITOR, errorOf, spAs, startInMemory } from './sharePointClient.ts';

let sharePoint: LocalSharePoint;
let sp: SPFI;
let digest: string;

beforeAll(async () => {
  sharePoint = await startInMemory({ bodyTimeoutMs: 300 });
  sp = spAs(sharePoint);
  await sp.web.lists.add('Anteckningar');
  await sp.web.lists.getByTitle('Anteckningar').fields.addText('Kod', { MaxLength: 10 });
  await sp.web.lists.getByTitle('Anteckningar').fields.addMultilineText('Text');
  const info = await fetch(`${sharePoint.siteUrl}/_api/contextinfo`, { method: 'POST', headers: { ...AS_EDITOR, Accept: 'application/json' } });
  digest = ((await info.json()) as { FormDigestValue: string }).FormDigestValue;
});

afterAll(() => sharePoint.close());

const itemsPath = "/sites/mr/_api/web/lists/getByTitle('Anteckningar')/items";
const writeHeaders = (): Record<string, string> => ({ ...AS_EDITOR, Accept: 'application/json', 'Content-Type': 'application/json', 'X-RequestDigest': digest });

interface RawAnswer {
  status: number;
  body: string;
}

/** One request over node:http, for what fetch cannot send: any Host header, a Content-Length without its body, a stalled body. */
function raw(options: { path: string; method?: string; headers?: Record<string, string | number>; body?: string; end?: boolean }): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: sharePoint.port, path: options.path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.flushHeaders();
    if (options.body !== undefined) req.write(options.body);
    if (options.end !== false) req.end();
  });
}

function odataMessage(body: string): string {
  return (JSON.parse(body) as { 'odata.error': { message: { value: string } } })['odata.error'].message.value;
}

describe('Host header', () => {
  test('only loopback names with the server’s port are answered; anything else gets 421', async () => {
    for (const host of [`localhost:${sharePoint.port}`, `127.0.0.1:${sharePoint.port}`, `[::1]:${sharePoint.port}`]) {
      expect((await raw({ path: '/sites/mr/_api/web', headers: { ...AS_EDITOR, Host: host } })).status).toBe(200);
    }
    for (const host of [`attacker.example:${sharePoint.port}`, `localhost:${sharePoint.port + 1}`, 'localhost', `127.0.0.1.nip.io:${sharePoint.port}`]) {
      expect((await raw({ path: '/sites/mr/_api/web', headers: { ...AS_EDITOR, Host: host } })).status).toBe(421);
      expect((await raw({ path: '/_local/stats', headers: { ...adminHeaders(sharePoint), Host: host } })).status).toBe(421);
    }
  });
});

describe('admin endpoints', () => {
  test('the secret is written owner-only under .local and works only with its header', async () => {
    expect(statSync(sharePoint.adminSecretFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(sharePoint.adminSecretFile, 'utf8').trim()).toBe(sharePoint.adminSecret);
    expect(sharePoint.adminSecretFile).toMatch(/[\\/]\.local[\\/]admin-secret-\d+$/);
    expect((await fetch(`${sharePoint.url}/_local/stats`)).status).toBe(403);
    expect((await fetch(`${sharePoint.url}/_local/stats`, { headers: { 'X-MR-Local-Admin': 'guess' } })).status).toBe(403);
    expect((await fetch(`${sharePoint.url}/_local/stats`, { headers: adminHeaders(sharePoint) })).status).toBe(200);
  });

  test('a request another origin started is refused even with the secret', async () => {
    const own = `http://localhost:${sharePoint.port}`;
    const cases: [Record<string, string>, number][] = [
      [{ Origin: `http://localhost:${sharePoint.port + 1}` }, 403],
      [{ Origin: 'http://attacker.example' }, 403],
      [{ Origin: 'null' }, 403],
      [{ 'Sec-Fetch-Site': 'same-site' }, 403],
      [{ 'Sec-Fetch-Site': 'cross-site' }, 403],
      [{ Origin: own, 'Sec-Fetch-Site': 'same-origin' }, 200],
      [{ 'Sec-Fetch-Site': 'none' }, 200],
    ];
    for (const [headers, status] of cases) {
      const answer = await raw({ path: '/_local/faults', method: 'POST', headers: { ...adminHeaders(sharePoint), ...headers, Host: `localhost:${sharePoint.port}` }, body: '{"latencyMs":0}' });
      expect([headers, answer.status]).toEqual([headers, status]);
    }
  });

  test('bodies over the admin limit are refused with 413', async () => {
    const answer = await raw({ path: '/_local/faults', method: 'POST', headers: { ...adminHeaders(sharePoint), 'Content-Length': 1_000_000 }, end: false });
    expect(answer.status).toBe(413);
  });
});

describe('identity', () => {
  test('a request with neither the header nor the cookie is anonymous and refused with 401', async () => {
    const anonymous = await fetch(`${sharePoint.siteUrl}/_api/web`, { headers: { Accept: 'application/json' } });
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()) as unknown).toEqual({
      'odata.error': { code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: 'Attempted to perform an unauthorized operation.' } },
    });
    const write = await fetch(`${sharePoint.url}${itemsPath}`, { method: 'POST', headers: { Accept: 'application/json', 'X-RequestDigest': digest }, body: '{"Title":"x"}' });
    expect(write.status).toBe(401);
    const cookie = await fetch(`${sharePoint.siteUrl}/_api/web/currentUser`, { headers: { Accept: 'application/json', Cookie: 'mrLocalUser=reader' } });
    expect(((await cookie.json()) as { Title: string }).Title).toBe('Lars Läsare');
  });
});

describe('request bodies', () => {
  test('a declared Content-Length over 1 MiB is refused with 413 before any byte is sent', async () => {
    // The body never comes: only the header can have decided the answer, before the user or digest check.
    const answer = await raw({ path: itemsPath, method: 'POST', headers: { Accept: 'application/json', 'Content-Length': 1_048_577 }, end: false });
    expect(answer.status).toBe(413);
    expect(odataMessage(answer.body)).toBe(
      'The maximum number of bytes allowed to be read from the stream has been exceeded. After the last read operation, a total of 1048577 bytes has been read from the stream; however a maximum of 1048576 bytes is allowed.'
    );
  });

  test('a chunked body is refused with 413 as soon as it passes 1 MiB', async () => {
    const answer = await raw({ path: itemsPath, method: 'POST', headers: { ...writeHeaders(), 'Transfer-Encoding': 'chunked' }, body: 'x'.repeat(1_100_000), end: false });
    expect(answer.status).toBe(413);
    expect(odataMessage(answer.body)).toMatch(/a maximum of 1048576 bytes is allowed/);
  });

  test('a body that stops arriving is answered 408', async () => {
    const answer = await raw({ path: itemsPath, method: 'POST', headers: { ...writeHeaders(), 'Content-Length': 100 }, body: '{"Title":', end: false });
    expect(answer.status).toBe(408);
  });
});

describe('JSON and OData depth', () => {
  test('JSON nested deeper than 100 levels gets a SharePoint 400, not a stack overflow', async () => {
    for (const depth of [101, 100_000]) {
      const response = await fetch(`${sharePoint.url}${itemsPath}`, { method: 'POST', headers: writeHeaders(), body: `{"Title":${'['.repeat(depth)}${']'.repeat(depth)}}` });
      expect(response.status).toBe(400);
      expect(odataMessage(await response.text())).toBe('The maximum recursion depth of 100 was exceeded while reading the JSON payload.');
    }
  });

  test('a $filter deeper than 800 levels inside a $batch gets a SharePoint 400', async () => {
    const filters = [`${'('.repeat(900)}ID eq 1${')'.repeat(900)}`, `${'not '.repeat(900)}ID eq 1`, Array.from({ length: 900 }, () => 'ID eq 1').join(' and ')];
    for (const filter of filters) {
      const [batched, execute] = sp.batched();
      const failure = errorOf(batched.web.lists.getByTitle('Anteckningar').items.filter(filter)());
      await execute();
      expect(await failure).toMatchObject({ status: 400, message: 'Recursion depth exceeded allowed limit.' });
    }
    const shallow = `${'('.repeat(50)}ID eq 1${')'.repeat(50)}`;
    expect(await sp.web.lists.getByTitle('Anteckningar').items.filter(shallow)()).toEqual([]);
  });
});

describe('SharePoint Online limits', () => {
  const list = (): ReturnType<SPFI['web']['lists']['getByTitle']> => sp.web.lists.getByTitle('Anteckningar');

  test('single line of text holds 255 characters, or the column’s MaxLength', async () => {
    await list().items.add({ Title: 'å'.repeat(255) });
    expect(await errorOf(list().items.add({ Title: 'å'.repeat(256) }))).toEqual({
      status: 400,
      code: '-2130575162, Microsoft.SharePoint.SPFieldValidationException',
      message: "The value of the field 'Title' is too long. It may contain at most 255 characters.",
    });
    await list().items.add({ Kod: '0123456789' });
    expect(await errorOf(list().items.add({ Kod: '0123456789A' }))).toMatchObject({ status: 400, message: "The value of the field 'Kod' is too long. It may contain at most 10 characters." });
    expect(await errorOf(list().fields.getByInternalNameOrTitle('Kod').update({ MaxLength: 256 }))).toMatchObject({ status: 400 });
  });

  test('a note holds 63,999 characters', async () => {
    await list().items.add({ Text: 'a'.repeat(63_999) });
    expect(await errorOf(list().items.add({ Text: 'a'.repeat(64_000) }))).toMatchObject({ status: 400, message: "The value of the field 'Text' is too long. It may contain at most 63999 characters." });
  });

  test('a list title holds 255 characters, on creation and on update', async () => {
    expect(await errorOf(sp.web.lists.add('L'.repeat(256)))).toMatchObject({ status: 400, code: '-2130575162, Microsoft.SharePoint.SPFieldValidationException' });
    await sp.web.lists.add('L'.repeat(255));
    expect(await errorOf(list().update({ Title: 'M'.repeat(256) }))).toMatchObject({ status: 400 });
  });

  test('an add with no body at all is refused; an empty object adds an empty item', async () => {
    const expected = "An unexpected 'EndOfInput' node was found when reading from the JSON reader. A 'StartObject' node was expected.";
    for (const path of [itemsPath, '/sites/mr/_api/web/lists', "/sites/mr/_api/web/lists/getByTitle('Anteckningar')/fields"]) {
      const response = await fetch(`${sharePoint.url}${path}`, { method: 'POST', headers: writeHeaders() });
      expect([path, response.status, odataMessage(await response.text())]).toEqual([path, 400, expected]);
    }
    const empty = await fetch(`${sharePoint.url}${itemsPath}`, { method: 'POST', headers: writeHeaders(), body: '{}' });
    expect(empty.status).toBe(201);
  });
});

test('close() removes the secret file', async () => {
  const other = await startInMemory();
  const file = other.adminSecretFile;
  expect(existsSync(file)).toBe(true);
  await other.close();
  expect(existsSync(file)).toBe(false);
});
