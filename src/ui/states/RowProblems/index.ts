export { RowProblems } from './RowProblems';
export type { RowProblemsProps } from './RowProblems';
