export { ExportActions } from './ExportActions';
export type { ExportActionsProps } from './ExportActions';
