export { KnowledgeLinks, useKnowledgeKindLabel } from './KnowledgeLinks';
export type { KnowledgeLinksProps } from './KnowledgeLinks';
