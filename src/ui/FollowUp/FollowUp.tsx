import * as React from 'react';
import { Field, ProgressBar } from '@fluentui/react-components';
import { Section, useViewStyles, ViewProps } from '../shared';
import { useLocalization } from '../loc';
import { EmptyState, ErrorState, RowProblems } from '../shared/states';
import { ExportActions, useReportDraft } from './ExportActions';
import { FollowUpFilters } from './FollowUpFilters';
import { FollowUpReportView } from './FollowUpReportView';
import { useFollowUp } from './useFollowUp';
import { Verification } from './Verification';
import { FOLLOW_UP_MARKER, useFollowUpPrintStyles, useFollowUpStyles } from './useFollowUpStyles';

/**
 * Uppföljning: the city-wide follow-up for a period against another (by default the previous report's,
 * two years before), for the units a filter selects: levels in the staircase, checklist completion per
 * plan and focus area, the units that reported nothing, and every unit; as charts with tables, as CSV,
 * a workbook or the report draft to the city council (Word), and on paper. It opens from the units'
 * summaries; "recount and compare" (and every report draft) counts every tick row instead.
 */
export function FollowUp({ repositories, period: currentPeriod, siteUrl, route, navigate }: ViewProps): React.ReactElement {
  const { strings, fill } = useLocalization();
  const styles = useFollowUpStyles();
  const viewStyles = useViewStyles();
  useFollowUpPrintStyles();
  const followUp = useFollowUp({ repositories, period: currentPeriod, route, navigate });
  const { period, setPeriod, comparedWith, setComparedWith, types, setTypes, parentId, setParentId, loader, progress, report, verification } = followUp;
  const { state } = loader;
  const loaded = state.status === 'loaded' ? state.value.loaded : undefined;
  const draft = useReportDraft(followUp);

  return (
    <div className={styles.root} {...{ [FOLLOW_UP_MARKER]: '' }}>
      <Section heading={strings.viewFollowUp}>
        <div className={viewStyles.root}>
          <p className={viewStyles.intro}>{strings.followUpIntro}</p>
          <FollowUpFilters
            currentPeriod={currentPeriod}
            period={period}
            onPeriodChange={setPeriod}
            comparedWith={comparedWith}
            onComparedWithChange={setComparedWith}
            units={loaded?.value.units}
            types={types}
            onTypesChange={setTypes}
            parentId={parentId}
            onParentChange={setParentId}
          />
          {state.status === 'loading' && (
            <Field
              label={followUp.recounting ? strings.followUpVerifying : strings.loadingLabel}
              hint={fill(strings.followUpLoading, { done: progress.done, total: progress.total })}
              className={styles.progress}
            >
              <ProgressBar value={progress.done} max={progress.total} />
            </Field>
          )}
          {state.status === 'failed' && <ErrorState error={state.error} siteUrl={siteUrl} onRetry={loader.reload} />}
          {loaded && <RowProblems problems={loaded.problems} />}
          {loaded && loaded.value.units.length === 0 && <EmptyState>{strings.followUpUnitsEmpty}</EmptyState>}
          {loaded && loaded.value.units.length > 0 && (
            <Verification
              period={period}
              comparedWith={comparedWith}
              units={loaded.value.units}
              verification={verification}
              onVerify={followUp.verify}
            />
          )}
          {report && report.units.length > 0 && (
            <ExportActions report={report} siteUrl={siteUrl} draft={draft} />
          )}
        </div>
      </Section>
      {report && loaded && loaded.value.units.length > 0 && <FollowUpReportView report={report} />}
    </div>
  );
}
