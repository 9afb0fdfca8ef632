import * as React from 'react';
import { Field, ProgressBar } from '@fluentui/react-components';
import { Section, useViewStyles, ViewProps } from '../shared';
import { useLocalization } from '../loc';
import { EmptyState, ErrorState, RowProblems } from '../shared/states';
import { ExportActions } from './ExportActions';
import { FollowUpFilters } from './FollowUpFilters';
import { FollowUpReportView } from './FollowUpReportView';
import { useFollowUp } from './useFollowUp';
import { FOLLOW_UP_MARKER, useFollowUpPrintStyles, useFollowUpStyles } from './useFollowUpStyles';

/**
 * Uppföljning: the city-wide follow-up for a period against the one before, for the units a filter
 * selects: levels in the staircase, checklist completion per plan and focus area, the units that
 * reported nothing, and every unit; as charts with tables, as CSV or a workbook, and on paper.
 */
export function FollowUp({ repositories, period: currentPeriod, siteUrl }: ViewProps): React.ReactElement {
  const { strings, fill } = useLocalization();
  const styles = useFollowUpStyles();
  const viewStyles = useViewStyles();
  useFollowUpPrintStyles();
  const { period, setPeriod, types, setTypes, parentId, setParentId, loader, progress, report } = useFollowUp({ repositories, period: currentPeriod });
  const { state } = loader;
  const loaded = state.status === 'loaded' ? state.value : undefined;

  return (
    <div className={styles.root} {...{ [FOLLOW_UP_MARKER]: '' }}>
      <Section heading={strings.viewFollowUp}>
        <div className={viewStyles.root}>
          <p className={viewStyles.intro}>{strings.followUpIntro}</p>
          <FollowUpFilters
            currentPeriod={currentPeriod}
            period={period}
            onPeriodChange={setPeriod}
            units={loaded?.value.units}
            types={types}
            onTypesChange={setTypes}
            parentId={parentId}
            onParentChange={setParentId}
          />
          {state.status === 'loading' && (
            <Field label={strings.loadingLabel} hint={fill(strings.followUpLoading, { done: progress.done, total: progress.total })} className={styles.progress}>
              <ProgressBar value={progress.done} max={progress.total} />
            </Field>
          )}
          {state.status === 'failed' && <ErrorState error={state.error} siteUrl={siteUrl} onRetry={loader.reload} />}
          {loaded && <RowProblems problems={loaded.problems} />}
          {loaded && loaded.value.units.length === 0 && <EmptyState>{strings.followUpUnitsEmpty}</EmptyState>}
          {report && report.units.length > 0 && <ExportActions report={report} siteUrl={siteUrl} />}
        </div>
      </Section>
      {report && loaded && loaded.value.units.length > 0 && <FollowUpReportView report={report} />}
    </div>
  );
}
