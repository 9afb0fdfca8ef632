/**
 * The failures the use cases and the UI tell apart. `data` turns SharePoint's answers into these
 * (see data/translateErrors.ts); app/failures.ts sorts any failure into one of them.
 */
import type { ValidationIssue } from '../../domain/validation';

/** Why the last attempt failed, for a message the UI words in the person's language. */
export type DataErrorKind = 'unreachable' | 'accessDenied' | 'notFound' | 'invalid' | 'unexpected';

/** Raised when a save meets a newer version than the one the person edited. */
export class ConflictError extends Error {
  public constructor(public readonly current: unknown) {
    super('conflict');
    this.name = 'ConflictError';
  }
}

/** Raised when SharePoint refuses a write for lack of permission (403). */
export class AccessDeniedError extends Error {
  public constructor(message: string = 'accessDenied') {
    super(message);
    this.name = 'AccessDeniedError';
  }
}

/** Raised when what was asked for does not exist (a unit or plan removed meanwhile). */
export class NotFoundError extends Error {
  public constructor(message: string = 'notFound') {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** Raised when a save is refused before it reaches SharePoint; the issues say which fields and why. */
export class ValidationError extends Error {
  public constructor(public readonly issues: ValidationIssue[]) {
    super('invalid');
    this.name = 'ValidationError';
  }
}

/** Raised when the data site cannot be reached (network down, DNS, retries spent). */
export class UnreachableError extends Error {
  /** `retryAfterMs`: how long SharePoint asked to be left alone (Retry-After on a 429 or 503), when it said. */
  public constructor(
    message: string = 'unreachable',
    public readonly retryAfterMs?: number
  ) {
    super(message);
    this.name = 'UnreachableError';
  }
}
