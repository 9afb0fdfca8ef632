/**
 * $batch as SharePoint Online implements OData v3 batching: a multipart/mixed body of reads and changesets
 * of writes, answered by a flat multipart/mixed response with one application/http part per operation,
 * in order (PnPjs's batch parser reads exactly that). Changesets are not transactional: SharePoint runs
 * every operation and reports each one's own status. SharePoint's limit on operations applies; the body's size limit is
 * applied while it is read (http/server.ts).
 */
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import { batchHasTooManyOperations, malformedBatch, resourceNotFound, SharePointError } from './errors.ts';
import { MAX_BATCH_OPERATIONS } from './limits.ts';
import type { ApiRequest } from './routes/context.ts';
import type { RenderedResponse } from './routes/respond.ts';
import { renderErrorResponse } from './routes/respond.ts';
import { SITE_PATH } from './sharepoint/site.ts';

interface BatchOperation {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

interface MimePart {
  headers: Record<string, string>;
  content: string[];
}

function boundaryOf(contentType: string | undefined): string | undefined {
  return /boundary="?([^";]+)"?/i.exec(contentType ?? '')?.[1];
}

function readHeaders(lines: readonly string[], start: number): { headers: Record<string, string>; next: number } {
  const headers: Record<string, string> = {};
  let index = start;
  for (; index < lines.length && lines[index].trim() !== ''; index += 1) {
    const colon = lines[index].indexOf(':');
    if (colon > 0) headers[lines[index].slice(0, colon).trim().toLowerCase()] = lines[index].slice(colon + 1).trim();
  }
  return { headers, next: index + 1 };
}

/** The parts between `--boundary` lines, up to the closing `--boundary--`. */
function splitMultipart(lines: readonly string[], boundary: string): MimePart[] {
  const parts: MimePart[] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === `--${boundary}` || trimmed === `--${boundary}--`) {
      if (current) {
        const { headers, next } = readHeaders(current, 0);
        parts.push({ headers, content: current.slice(next) });
      }
      if (trimmed.endsWith('--')) return parts;
      current = [];
    } else {
      current?.push(line);
    }
  }
  throw malformedBatch('The batch request body is missing its closing boundary.');
}

function operationOf(part: MimePart): BatchOperation {
  const requestLine = /^(\w+)\s+(\S+)\s+HTTP\/[\d.]+$/i.exec(part.content[0]?.trim() ?? '');
  if (!requestLine) throw malformedBatch('Each batch part must start with an HTTP request line.');
  const { headers, next } = readHeaders(part.content, 1);
  const body = part.content.slice(next).join('\n').trim();
  return { method: requestLine[1].toUpperCase(), url: requestLine[2], headers, body };
}

export function parseBatch(body: string, contentType: string | undefined): BatchOperation[] {
  const boundary = boundaryOf(contentType);
  if (!boundary) throw malformedBatch('The batch request must have a multipart/mixed content type with a boundary.');
  const operations: BatchOperation[] = [];
  for (const part of splitMultipart(body.split(/\r?\n/), boundary)) {
    const changeset = boundaryOf(part.headers['content-type']);
    const inner = changeset ? splitMultipart(part.content, changeset) : [part];
    operations.push(...inner.map(operationOf));
  }
  if (operations.length > MAX_BATCH_OPERATIONS) throw batchHasTooManyOperations(MAX_BATCH_OPERATIONS);
  return operations;
}

/** The request a batch part makes, or undefined when its URL is not this site's REST API. */
function apiRequestOf(operation: BatchOperation, origin: string): ApiRequest | undefined {
  let url: URL;
  try {
    url = new URL(operation.url, origin);
  } catch {
    throw malformedBatch(`The request URL '${operation.url}' in the batch is not valid.`);
  }
  const prefix = `${SITE_PATH}/_api/`;
  if (!url.pathname.toLowerCase().startsWith(prefix)) return undefined;
  const method = operation.method === 'POST' ? (operation.headers['x-http-method']?.toUpperCase() ?? 'POST') : operation.method;
  return { method, path: url.pathname.slice(prefix.length), query: url.searchParams, headers: operation.headers, body: operation.body };
}


/** One operation's answer: a URL that is not this site's REST API, or no URL at all, fails that operation alone. */
function answerOperation(operation: BatchOperation, origin: string, answer: (request: ApiRequest) => RenderedResponse): RenderedResponse {
  try {
    const request = apiRequestOf(operation, origin);
    return request ? answer(request) : renderErrorResponse(resourceNotFound(operation.url), operation.headers.accept);
  } catch (error) {
    if (error instanceof SharePointError) return renderErrorResponse(error, operation.headers.accept);
    throw error;
  }
}

/** Runs every operation in order with `answer` and writes SharePoint's multipart batch response. */
export function executeBatch(
  operations: readonly BatchOperation[],
  origin: string,
  answer: (request: ApiRequest) => RenderedResponse
): RenderedResponse {
  const boundary = `batchresponse_${randomUUID()}`;
  const chunks: string[] = [];
  for (const operation of operations) {
    const result = answerOperation(operation, origin, answer);
    const headerLines = Object.entries(result.headers).map(([name, value]) => `${name}: ${value}\r\n`).join('');
    chunks.push(
      `--${boundary}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n` +
        `HTTP/1.1 ${result.status} ${STATUS_CODES[result.status] ?? ''}\r\n${headerLines}\r\n${result.body ?? ''}\r\n`
    );
  }
  chunks.push(`--${boundary}--\r\n`);
  return {
    status: 200,
    headers: { 'Content-Type': `multipart/mixed; boundary=${boundary}` },
    body: chunks.join(''),
  };
}
