export { RowProblems } from './RowProblems';
export { describeRowProblem, ListTitlesProvider, useListTitles } from './describeRowProblem';
export type { RowProblemsProps } from './RowProblems';
