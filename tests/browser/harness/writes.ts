/** The writes a page sends to SharePoint's REST API, seen on the wire: what a read-only person must never send. */
import type { Page, Request } from 'playwright-core';

/** The operations inside a `$batch` body that change something (reads are `GET` lines). */
const BATCH_WRITE = /^(POST|PUT|PATCH|MERGE|DELETE) |^X-HTTP-Method: *(MERGE|DELETE|PUT|PATCH)/im;

/** The write a request makes, described; undefined for a read. */
export function describeWrite(request: Request): string | undefined {
  const url = new URL(request.url());
  if (!url.pathname.includes('/_api/') || request.method() === 'GET') return undefined;
  // The form digest, and a list's change log: POSTs that read and change nothing.
  if (url.pathname.endsWith('/_api/contextinfo') || /\/getchanges$/i.test(url.pathname)) return undefined;
  if (url.pathname.endsWith('/_api/$batch')) {
    const write = BATCH_WRITE.exec(request.postData() ?? '');
    return write ? `$batch with ${write[0].trim()}` : undefined;
  }
  return `${request.method()} ${url.pathname}`;
}

export interface WriteRecorder {
  /** The writes sent so far. */
  writes(): string[];
}

export function recordWrites(page: Page): WriteRecorder {
  const seen: string[] = [];
  page.on('request', (request) => {
    const write = describeWrite(request);
    if (write !== undefined) seen.push(write);
  });
  return { writes: () => [...seen] };
}
