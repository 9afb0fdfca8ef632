/**
 * Reading a request body within a route's limits: a declared Content-Length over the limit is refused before a
 * byte is read, a body that grows past it is refused as soon as it does (its bytes so far are dropped), and a body
 * that takes too long is refused. Nothing is parsed, checked or buffered beyond the limit.
 */
import type { IncomingMessage } from 'node:http';

export class BodyRefused extends Error {
  readonly reason: 'tooLarge' | 'timeout';
  /** Bytes declared or read when it was refused. */
  readonly bytes: number;

  constructor(reason: 'tooLarge' | 'timeout', bytes: number) {
    super(reason === 'tooLarge' ? `The request body is larger than allowed (${bytes} bytes or more).` : 'The request body did not arrive in time.');
    this.name = 'BodyRefused';
    this.reason = reason;
    this.bytes = bytes;
  }
}

/** The declared size when it is over `limit` (a refusal needs no byte of the body), else undefined. */
export function declaredTooLarge(req: IncomingMessage, limit: number): BodyRefused | undefined {
  const declared = Number(req.headers['content-length']);
  return Number.isFinite(declared) && declared > limit ? new BodyRefused('tooLarge', declared) : undefined;
}

export function readBody(req: IncomingMessage, limit: number, timeoutMs: number): Promise<string> {
  const declared = declaredTooLarge(req, limit);
  if (declared) return Promise.reject(declared);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    const timer = setTimeout(() => finish(new BodyRefused('timeout', bytes)), timeoutMs);
    function finish(error?: Error): void {
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', finish);
      if (error) {
        chunks.length = 0;
        // Stop reading: the caller answers and closes the connection.
        req.pause();
        reject(error);
      } else {
        resolve(Buffer.concat(chunks).toString('utf8'));
      }
    }
    function onData(chunk: Buffer): void {
      bytes += chunk.length;
      if (bytes > limit) return finish(new BodyRefused('tooLarge', bytes));
      chunks.push(chunk);
    }
    function onEnd(): void {
      finish();
    }
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', finish);
  });
}
