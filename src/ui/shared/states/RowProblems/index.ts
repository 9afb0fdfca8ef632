export { RowProblems } from './RowProblems';
export { describeRowProblem, ListTitlesProvider } from './describeRowProblem';
export type { RowProblemsProps } from './RowProblems';
