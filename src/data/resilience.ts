/**
 * How every request to SharePoint survives throttling and a shaky network.
 *
 * PnPjs's own BrowserFetchWithRetry (installed by SPFx() and SPBrowser()) retries 429/503/504 and
 * network errors, but only three times, waits whatever Retry-After says however long that is, and
 * gives a hung connection no deadline. This behavior replaces it with the same idea, bounded: it
 * honours Retry-After (seconds or an HTTP date), backs off with jitter otherwise so that a room full of
 * clients does not retry in step, gives each attempt a deadline and caps the total wait. When the budget
 * is spent it hands the last answer on, so the caller sees a 429/503 (or the network error) and can
 * keep the work queued.
 */
import { TimelinePipe } from '@pnp/core';
import { IQueryableInternal, Queryable } from '@pnp/queryable';
import { retryAfterMs } from '../app/failures';

export interface RetryPolicy {
  /** Tries per request, the first included. */
  maxAttempts: number;
  /** First back-off when the server gives no Retry-After; doubles per attempt. */
  baseDelayMs: number;
  /** Longest single wait, Retry-After included. */
  maxDelayMs: number;
  /** Longest total wait across all retries of one request. */
  maxTotalWaitMs: number;
  /** Deadline for one attempt, so that a connection that hangs counts as dropped. */
  attemptTimeoutMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 6,
  baseDelayMs: 300,
  maxDelayMs: 10_000,
  maxTotalWaitMs: 30_000,
  attemptTimeoutMs: 30_000
};

/** Answers SharePoint gives when it is throttling or briefly unavailable; the request may be sent again. */
const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 503, 504]);

/** The wait before attempt `attempt + 1`: Retry-After when given, else exponential back-off with jitter. */
export function retryDelayMs(attempt: number, retryAfter: number | undefined, policy: RetryPolicy, random: () => number = Math.random): number {
  if (retryAfter !== undefined) return retryAfter;
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** One fetch with its own deadline; the caller's own abort signal still cancels it. */
async function fetchWithDeadline(url: string, init: RequestInit, timeoutMs: number): Promise<Response> {
  const controller = new AbortController();
  const callerSignal = init.signal;
  const abort = (): void => controller.abort();
  callerSignal?.addEventListener('abort', abort);
  const timer = setTimeout(abort, timeoutMs);
  try {
    return await fetch(url, { ...init, signal: controller.signal });
  } catch (error) {
    // Our own deadline turns a hung connection into a network failure; the caller's abort stays an abort.
    if (isAbort(error) && !callerSignal?.aborted) throw new TypeError(`No answer within ${timeoutMs} ms`);
    throw error;
  } finally {
    clearTimeout(timer);
    callerSignal?.removeEventListener('abort', abort);
  }
}

export async function sendWithRetry(url: string, init: RequestInit, policy: RetryPolicy): Promise<Response> {
  let waited = 0;
  for (let attempt = 1; ; attempt++) {
    let failure: Error | undefined;
    let response: Response | undefined;
    try {
      response = await fetchWithDeadline(url, init, policy.attemptTimeoutMs);
      if (!RETRYABLE_STATUSES.has(response.status)) return response;
    } catch (error) {
      if (isAbort(error)) throw error;
      failure = error instanceof Error ? error : new TypeError(String(error));
    }
    const wait = retryDelayMs(attempt, retryAfterMs(response?.headers.get('Retry-After') ?? undefined), policy);
    // A wait longer than the policy allows is not shortened (that would ignore the server): the answer goes back instead.
    if (attempt >= policy.maxAttempts || wait > policy.maxDelayMs || waited + wait > policy.maxTotalWaitMs) {
      if (response) return response;
      throw failure;
    }
    // The body of a refused attempt is not needed; reading it frees the connection.
    await response?.text().catch(() => undefined);
    await sleep(wait);
    waited += wait;
  }
}

/** Installs bounded retrying as the way requests are sent; apply it after SPFx() or SPBrowser(). */
export function Resilience(policy: Partial<RetryPolicy> = {}): TimelinePipe<Queryable> {
  const effective: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...policy };
  return (instance: Queryable) => {
    instance.on.send.replace(async function (this: IQueryableInternal, url: URL, init: RequestInit) {
      this.log(`Fetch: ${init.method} ${url.toString()}`, 0);
      return sendWithRetry(url.toString(), init, effective);
    });
    return instance;
  };
}
