import * as React from 'react';
import { Button, Spinner } from '@fluentui/react-components';
import { ArrowDownloadRegular, DocumentTextRegular, PrintRegular } from '@fluentui/react-icons';
import type { FollowUpReport } from '../../../domain/followUp';
import { useLocalization } from '../../loc';
import { ErrorState } from '../../shared/states';
import { useExportActions } from './useExportActions';
import type { ReportDraft } from './useReportDraft';
import { useExportActionsStyles } from './useExportActionsStyles';

export interface ExportActionsProps {
  report: FollowUpReport;
  siteUrl: string;
  /** The report draft to the city council (Word), recounted first. */
  draft: ReportDraft;
}

/** Download the report draft, the figures as CSV or an Excel workbook, or print the page. */
export function ExportActions({ report, siteUrl, draft }: ExportActionsProps): React.ReactElement {
  const { strings } = useLocalization();
  const styles = useExportActionsStyles();
  const actions = useExportActions(report);
  return (
    <div className={styles.root}>
      <div className={styles.buttons}>
        <Button appearance="primary" icon={draft.busy ? <Spinner size="tiny" /> : <DocumentTextRegular />} disabledFocusable={draft.busy} onClick={draft.download}>
          {draft.busy ? strings.followUpExportReportBusy : strings.followUpExportReport}
        </Button>
        <Button icon={<ArrowDownloadRegular />} onClick={actions.downloadCsv}>
          {strings.followUpExportCsv}
        </Button>
        <Button
          icon={actions.busy ? <Spinner size="tiny" /> : <ArrowDownloadRegular />}
          disabledFocusable={actions.busy}
          onClick={actions.downloadXlsx}
        >
          {strings.followUpExportXlsx}
        </Button>
        <Button icon={<PrintRegular />} onClick={actions.print}>
          {strings.followUpPrint}
        </Button>
      </div>
      {actions.error !== undefined && <ErrorState error={actions.error} siteUrl={siteUrl} onRetry={actions.downloadXlsx} />}
      {draft.error !== undefined && <ErrorState error={draft.error} siteUrl={siteUrl} onRetry={draft.download} />}
    </div>
  );
}
