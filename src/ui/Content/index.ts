export { Content } from './Content';
export { CONTENT_SECTIONS, isContentSection } from './sections';
export type { ContentSection } from './sections';
