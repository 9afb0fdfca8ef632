import * as React from 'react';
import { mergeClasses } from '@fluentui/react-components';
import type { ProgrammeEntry } from '../../domain/programme';
import { Section, ViewProps } from '../shared';
import { useLocalization } from '../loc';
import { KnowledgeLinks } from '../Knowledge';
import { PlanSummary } from '../PlanSummary';
import { DocumentLink } from '../shared/DocumentLink';
import { RouteLink } from '../shared/RouteLink';
import { StaircaseSteps } from '../Staircase/StaircaseSteps';
import { EmptyState } from '../shared/states/EmptyState';
import { ErrorState } from '../shared/states/ErrorState';
import { RowProblems } from '../shared/states/RowProblems';
import { UpdateList } from '../Updates/UpdateList';
import { OverviewSkeleton } from './OverviewSkeleton';
import { useOverview } from './useOverview';
import { useOverviewStyles } from './useOverviewStyles';

/**
 * Översikt: the goal and the programme's document, the three focus areas and their Kunskap och stöd, the action plans and where each stands (with the gap
 * warning), the rights-based method, the staircase with the unit's level, and the latest updates.
 * In a meeting's side panel the descriptions of focus areas and method steps are left out.
 */
export function Overview({ repositories, unit, period, navigate, compact, siteUrl, permissions }: ViewProps): React.ReactElement {
  const { strings, text, langOf } = useLocalization();
  const styles = useOverviewStyles();
  const { loader, today } = useOverview({ repositories, unit, period });

  if (loader.state.status === 'loading') return <OverviewSkeleton />;
  if (loader.state.status === 'failed') return <ErrorState error={loader.state.error} siteUrl={siteUrl} onRetry={loader.reload} />;

  const { value: overview, problems } = loader.state.value;
  const { programme } = overview;
  /** A focus area or method step: its name, and its text unless the panel is narrow; each in its own language. */
  const entry = (item: ProgrammeEntry): React.ReactElement => (
    <>
      <span className={styles.term} lang={langOf(item.title)}>
        {text(item.title)}
      </span>
      {!compact && text(item.text) && (
        <p className={styles.muted} lang={langOf(item.text)}>
          {text(item.text)}
        </p>
      )}
    </>
  );

  return (
    <div className={styles.root}>
      <RowProblems problems={problems} />
      {!programme && <EmptyState>{strings.programmeMissing}</EmptyState>}
      {programme && (
        <Section heading={strings.goalHeading}>
          <blockquote className={mergeClasses(styles.goal, compact && styles.compactGoal)}>
            <p className={styles.paragraph} lang={langOf(programme.goal.text.sv ? programme.goal.text : programme.goal.title)}>
              {text(programme.goal.text) || text(programme.goal.title)}
            </p>
          </blockquote>
          <DocumentLink url={programme.goal.documentUrl} label={strings.programmeDocument} canEdit={permissions.canEdit} className={styles.paragraph} />
        </Section>
      )}
      <div className={styles.cards}>
        {programme && (
          <Section heading={strings.focusAreasHeading} className={styles.card}>
            <ul className={styles.plainList}>
              {programme.focusAreas.map((area) => (
                <li key={area.key}>
                  {entry(area)}
                </li>
              ))}
            </ul>
          </Section>
        )}
        {programme && overview.knowledgeLinks.length > 0 && (
          <Section heading={strings.knowledgeHeading} className={styles.card}>
            <KnowledgeLinks links={overview.knowledgeLinks} focusAreas={programme.focusAreas} />
          </Section>
        )}
        <Section heading={strings.plansHeading} className={styles.card}>
          {overview.actionPlans.length === 0 ? (
            <EmptyState>{strings.plansEmpty}</EmptyState>
          ) : (
            <ul className={styles.plainList}>
              {overview.actionPlans.map((plan) => (
                <li key={plan.id}>
                  <PlanSummary plan={plan} today={today} navigate={navigate} />
                </li>
              ))}
            </ul>
          )}
        </Section>
        {programme && (
          <Section heading={strings.methodHeading} className={styles.card}>
            <ol className={styles.list}>
              {programme.methodSteps.map((step) => (
                <li key={step.key} className={styles.listItem}>
                  {entry(step)}
                </li>
              ))}
            </ol>
          </Section>
        )}
        {programme && (
          <Section heading={strings.staircaseHeading} className={styles.card}>
            <StaircaseSteps steps={programme.staircaseSteps} assessments={overview.assessments} unit={unit} />
          </Section>
        )}
        <Section heading={strings.updatesHeading} className={styles.card}>
          {overview.latestUpdates.length === 0 ? (
            <EmptyState>{strings.updatesEmpty}</EmptyState>
          ) : (
            <UpdateList updates={overview.latestUpdates} navigate={navigate} />
          )}
          <p className={styles.paragraph}>
            <RouteLink route={{ view: 'updates' }} navigate={navigate}>
              {strings.updatesShowAll}
            </RouteLink>
          </p>
        </Section>
      </div>
    </div>
  );
}
