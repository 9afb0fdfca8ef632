export { CompletionChart } from './CompletionChart';
export type { CompletionChartProps, CompletionRow } from './CompletionChart';
