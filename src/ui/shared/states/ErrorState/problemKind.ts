import { AccessDeniedError, UnreachableError } from '../../../../app';

/** What went wrong, as far as the person can act on it. */
export type ProblemKind = 'accessDenied' | 'unreachable' | 'unexpected';

/** Sorts an error the repositories raised into what the person can do about it. */
export function problemKind(error: unknown): ProblemKind {
  if (error instanceof AccessDeniedError) return 'accessDenied';
  if (error instanceof UnreachableError) return 'unreachable';
  return 'unexpected';
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
