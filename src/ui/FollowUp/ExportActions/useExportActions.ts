import * as React from 'react';
import type { FollowUpReport } from '../../../domain/followUp';
import { useLocalization } from '../../loc';
import { CSV_MIME, toCsv } from '../export/csv';
import { downloadFile } from '../export/download';
import { exportFileName } from '../export/exportStrings';

export interface ExportActions {
  downloadCsv: () => void;
  downloadXlsx: () => void;
  print: () => void;
  /** Why the last workbook could not be made (its code failed to load), if it could not. */
  error?: unknown;
  /** The workbook's code is on its way. */
  busy: boolean;
}

/** The follow-up as files, in the interface language, from the very report the view shows. */
export function useExportActions(report: FollowUpReport): ExportActions {
  const localization = useLocalization();
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<unknown>();
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );

  const downloadCsv = (): void => downloadFile(toCsv(report, localization), exportFileName(report, localization, 'csv'), CSV_MIME);

  const downloadXlsx = (): void => {
    setBusy(true);
    setError(undefined);
    // The workbook writer and its zip library load only when someone asks for a workbook.
    import(/* webpackChunkName: 'mr-follow-up-xlsx' */ '../export/xlsx')
      .then(({ toXlsx, XLSX_MIME }) => downloadFile(toXlsx(report, localization), exportFileName(report, localization, 'xlsx'), XLSX_MIME))
      .catch((failure: unknown) => mounted.current && setError(failure))
      .finally(() => mounted.current && setBusy(false));
  };

  return { downloadCsv, downloadXlsx, print: () => window.print(), error, busy };
}
