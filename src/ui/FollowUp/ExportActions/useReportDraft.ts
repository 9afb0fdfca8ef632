import * as React from 'react';
import type { FollowUpState } from '../useFollowUp';
import { useLocalization } from '../../loc';
import { downloadFile } from '../export/download';

export interface ReportDraft {
  /** Recounts, then writes the draft from the recounted report and hands it over as a download. */
  download: () => void;
  /** Recounting or writing. */
  busy: boolean;
  /** Why the last draft could not be written (its code failed to load), if it could not. */
  error?: unknown;
}

/**
 * The report draft to the city council. It always rests on a recount: asking for it runs "recount and
 * compare", and the draft is written once that recount's figures are shown, from the very report the
 * view shows then (with the filters as they are). Lives with the view, not its buttons, because the
 * buttons are not shown while the recount loads.
 */
export function useReportDraft(followUp: FollowUpState): ReportDraft {
  const localization = useLocalization();
  const [awaited, setAwaited] = React.useState<number>();
  const [writing, setWriting] = React.useState(false);
  const [error, setError] = React.useState<unknown>();
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );
  const { loader, report, verification, recountsAsked, verify } = followUp;
  const { state } = loader;
  const plans = state.status === 'loaded' ? state.value.loaded.value.plans : undefined;
  const loadedRecount = state.status === 'loaded' ? state.value.recount : undefined;

  React.useEffect(() => {
    if (awaited === undefined) return;
    // A failed recount shows its error in the view; the draft is not written from anything else.
    if (state.status === 'failed') setAwaited(undefined);
    if (loadedRecount !== awaited || report === undefined || verification === undefined || plans === undefined) return;
    setAwaited(undefined);
    setWriting(true);
    // The Word writer loads only when someone asks for a draft.
    import(/* webpackChunkName: 'mr-follow-up-report' */ '../report/reportDocx')
      .then(async ({ toDocx, DOCX_MIME, reportFileName }) =>
        downloadFile(await toDocx({ report, verification, plans, language: localization.language, now: new Date() }), reportFileName(report, localization), DOCX_MIME)
      )
      .catch((failure: unknown) => mounted.current && setError(failure))
      .finally(() => mounted.current && setWriting(false));
  }, [awaited, loadedRecount, report, verification, plans, state.status, localization]);

  const download = (): void => {
    setError(undefined);
    setAwaited(recountsAsked + 1);
    verify();
  };
  return { download, busy: writing || awaited !== undefined, error };
}
