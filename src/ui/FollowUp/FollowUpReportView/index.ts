export { FollowUpReportView } from './FollowUpReportView';
export type { FollowUpReportViewProps } from './FollowUpReportView';
