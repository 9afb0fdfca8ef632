export { PlanSummary } from './PlanSummary';
export type { PlanSummaryProps } from './PlanSummary';
