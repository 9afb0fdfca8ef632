export { Overview } from './Overview';
export { OverviewSkeleton } from './OverviewSkeleton';
