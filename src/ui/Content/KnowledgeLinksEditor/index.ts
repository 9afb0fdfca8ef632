export { KnowledgeLinksEditor } from './KnowledgeLinksEditor';
export type { KnowledgeLinksEditorProps } from './KnowledgeLinksEditor';
