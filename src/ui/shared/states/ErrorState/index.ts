export { ErrorState } from './ErrorState';
export type { ErrorStateProps } from './ErrorState';
export { errorMessage, problemKind } from './problemKind';
export type { ProblemKind } from './problemKind';
