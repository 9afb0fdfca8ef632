export * from './EmptyState';
export * from './ErrorState';
export * from './LoadingState';
export * from './NotSetUp';
export * from './RowProblems';
