/**
 * Test fixture loader: adds many rows through SharePoint's own $batch endpoint, 100 adds to a batch,
 * written as raw multipart bodies. PnPjs would send the same requests but spends a few milliseconds of
 * client time on each, which for 100,000 rows is minutes; the queries under test go through PnPjs.
 */
const ROWS_PER_BATCH = 100;
const BATCHES_AT_ONCE = 4;

async function formDigest(siteUrl: string): Promise<string> {
  const response = await fetch(`${siteUrl}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json' } });
  return ((await response.json()) as { FormDigestValue: string }).FormDigestValue;
}

function batchBody(itemsUrl: string, rows: readonly Record<string, unknown>[]): string {
  const parts = ['--batch_fixture\nContent-Type: multipart/mixed; boundary="changeset_fixture"\n\n'];
  for (const row of rows) {
    parts.push(
      '--changeset_fixture\nContent-Type: application/http\nContent-Transfer-Encoding: binary\n\n' +
        `POST ${itemsUrl} HTTP/1.1\nAccept: application/json\nContent-Type: application/json;charset=utf-8\n\n${JSON.stringify(row)}\n\n`
    );
  }
  parts.push('--changeset_fixture--\n\n--batch_fixture--\n');
  return parts.join('');
}

export async function bulkAdd(siteUrl: string, listTitle: string, rows: readonly Record<string, unknown>[]): Promise<void> {
  const digest = await formDigest(siteUrl);
  const itemsUrl = `${siteUrl}/_api/web/lists/getbytitle('${listTitle}')/items`;
  const chunks: Record<string, unknown>[][] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_BATCH) chunks.push(rows.slice(start, start + ROWS_PER_BATCH));
  const send = async (chunk: Record<string, unknown>[]): Promise<void> => {
    const response = await fetch(`${siteUrl}/_api/$batch`, {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/mixed; boundary=batch_fixture', 'X-RequestDigest': digest, Accept: 'application/json' },
      body: batchBody(itemsUrl, chunk)
    });
    const text = await response.text();
    if (!response.ok || /HTTP\/1\.1 [45]\d\d/.test(text)) throw new Error(`Fixture batch refused: ${text.slice(0, 500)}`);
  };
  for (let next = 0; next < chunks.length; next += BATCHES_AT_ONCE) await Promise.all(chunks.slice(next, next + BATCHES_AT_ONCE).map(send));
}
