export * from './EmptyState';
export * from './ErrorState';
export * from './LoadingState';
export * from './RowProblems';
// NotSetUp is not here: only the app shows it, from its own chunk (see App), and a view that imports
// this file would otherwise carry it along. Import it from './NotSetUp'.
