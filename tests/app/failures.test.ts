import { UnreachableError } from '../../src/app';
import { isTransient, retryAfterOf, toDataError } from '../../src/app/failures';

/** What PnPjs throws on a failed answer: the status and the Response it failed on. */
function httpError(status: number, headers: Record<string, string> = {}): Error {
  return Object.assign(new Error(`HTTP ${status}`), { status, response: new Response('', { status, headers }) });
}

describe('a throttled answer', () => {
  it('keeps SharePoint’s Retry-After when it becomes the app’s error, in seconds or as a date', () => {
    const throttled = toDataError(httpError(429, { 'Retry-After': '120' }));
    expect(throttled).toBeInstanceOf(UnreachableError);
    expect(isTransient(throttled)).toBe(true);
    expect(retryAfterOf(throttled)).toBe(120_000);
    const inAMinute = new Date(Date.now() + 60_000).toUTCString();
    expect(retryAfterOf(toDataError(httpError(503, { 'Retry-After': inAMinute })))).toBeGreaterThan(55_000);
  });

  it('has no Retry-After when SharePoint gave none, or the network gave no answer', () => {
    expect(retryAfterOf(toDataError(httpError(429)))).toBeUndefined();
    expect(retryAfterOf(toDataError(new TypeError('Failed to fetch')))).toBeUndefined();
  });
});
