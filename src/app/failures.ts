/**
 * What a failure means for a use case: whether the same request may succeed later, and which of the
 * errors in contracts/errors.ts it is. Works on any failure, translated by `data` or not (an HTTP
 * status, or none when no answer came).
 */
import { AccessDeniedError, ConflictError, DataErrorKind, NotFoundError, UnreachableError, ValidationError } from './contracts/errors';

/** Answers that say "not now" rather than "no": timeouts, throttling, a gateway or SharePoint briefly down. */
const TRANSIENT_STATUSES: readonly number[] = [408, 429, 502, 503, 504];

/** The HTTP status of a failed request; undefined when no answer came (network down). */
export function httpStatusOf(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'status' in error) {
    const status = (error as { status: unknown }).status;
    if (typeof status === 'number') return status;
  }
  return undefined;
}

/**
 * Whether the failure says nothing about the request itself, so the same request may succeed later:
 * no answer at all, throttling that outlasted the retries, or SharePoint briefly unavailable.
 */
export function isTransient(error: unknown): boolean {
  if (error instanceof UnreachableError) return true;
  if (isDomainError(error) || (error instanceof Error && error.name === 'AbortError')) return false;
  const status = httpStatusOf(error);
  // No status at all: the request never got an answer (network down, connection dropped, deadline passed).
  return status === undefined || TRANSIENT_STATUSES.includes(status);
}

function isDomainError(error: unknown): boolean {
  return (
    error instanceof AccessDeniedError || error instanceof ConflictError || error instanceof NotFoundError || error instanceof ValidationError
  );
}

/** Milliseconds from a Retry-After header, which holds either seconds or an HTTP date. */
export function retryAfterMs(header: string | undefined, now: number = Date.now()): number | undefined {
  if (header === undefined || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** How long SharePoint asked to be left alone after a failure (Retry-After on the answer, e.g. a 429 or 503), if it said. */
export function retryAfterOf(error: unknown): number | undefined {
  if (error instanceof UnreachableError) return error.retryAfterMs;
  // PnPjs's HttpRequestError keeps the answer it failed on.
  const response = typeof error === 'object' && error !== null ? (error as { response?: { headers?: Pick<Headers, 'get'> } }).response : undefined;
  // Headers answer null for a missing header.
  return typeof response?.headers?.get === 'function' ? retryAfterMs(response.headers.get('Retry-After') ?? undefined) : undefined;
}

/** Maps a failure onto the errors the UI knows; errors that already are such pass through. */
export function toDataError(error: unknown): unknown {
  if (isDomainError(error) || error instanceof UnreachableError) return error;
  const status = httpStatusOf(error);
  if (status === 401 || status === 403) return new AccessDeniedError();
  if (status === 404) return new NotFoundError();
  if (isTransient(error)) return new UnreachableError(error instanceof Error ? error.message : undefined, retryAfterOf(error));
  return error;
}

/** The kind of a failure, for messages. */
export function errorKind(error: unknown): DataErrorKind {
  const data = toDataError(error);
  if (data instanceof UnreachableError) return 'unreachable';
  if (data instanceof AccessDeniedError) return 'accessDenied';
  if (data instanceof NotFoundError) return 'notFound';
  if (data instanceof ValidationError) return 'invalid';
  return 'unexpected';
}
