export { FollowUpFilters } from './FollowUpFilters';
export type { FollowUpFiltersProps } from './FollowUpFilters';
