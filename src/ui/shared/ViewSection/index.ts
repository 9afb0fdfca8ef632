export { ViewSection } from './ViewSection';
export type { ViewSectionProps } from './ViewSection';
