export { DocumentLink } from './DocumentLink';
export type { DocumentLinkProps } from './DocumentLink';
