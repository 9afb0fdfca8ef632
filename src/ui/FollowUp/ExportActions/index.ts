export { ExportActions } from './ExportActions';
export type { ExportActionsProps } from './ExportActions';
export { useReportDraft } from './useReportDraft';
export type { ReportDraft } from './useReportDraft';
