import * as React from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { toIsoDate } from '../../domain/dates';
import { useLoad, useViewStyles, ViewProps } from '../shared';
import { useLocalization } from '../loc';
import { PlanSummary } from '../PlanSummary';
import { EmptyState } from '../shared/states';
import { ViewSection } from '../shared/ViewSection';
import { PlanPage } from './PlanPage';
import { SavedMinutes } from '../Minutes';

/**
 * Handlingsplaner: every action plan and where it stands; a plan's name opens its page (the deep link
 * `plans/<key>`) with the unit's checklist for the period, to tick together in a meeting.
 */
export function ActionPlans(props: ViewProps): React.ReactElement {
  const { repositories, route, navigate, unit, unitChoice, canChangeUnit, period, permissions, compact, stage, meeting, siteUrl, refreshing } = props;
  const { strings, fill } = useLocalization();
  const styles = useViewStyles();
  const unitId = unit?.id;
  // The overview brings the plans and the programme's focus areas (the checklist's headings) in one request.
  const loader = useLoad(() => repositories.programme.loadOverview(unitId, period, new Date()), [repositories, unitId, period]);

  return (
    <ViewSection heading={strings.viewPlans} intro={strings.plansIntro} loader={loader} siteUrl={siteUrl} skeletonRows={6}>
      {({ actionPlans, programme, knowledgeLinks }) => {
        const plans = [...actionPlans].sort((a, b) => a.order - b.order);
        const today = toIsoDate(new Date());
        const selected = plans.find((plan) => plan.key === route.item);
        if (selected !== undefined) {
          return (
            <PlanPage
              key={selected.id}
              plan={selected}
              plans={plans}
              focusAreas={programme?.focusAreas ?? []}
              today={today}
              knowledgeLinks={knowledgeLinks}
              repositories={repositories}
              unit={unit}
              unitChoice={unitChoice}
              canChangeUnit={canChangeUnit}
              period={period}
              permissions={permissions}
              compact={compact}
              stage={stage}
              meeting={meeting}
              siteUrl={siteUrl}
              navigate={navigate}
              refreshing={refreshing}
            />
          );
        }
        return (
          <>
            {route.item !== undefined && (
              <MessageBar intent="info">
                <MessageBarBody>{fill(strings.planNotFound, { key: route.item })}</MessageBarBody>
              </MessageBar>
            )}
            {plans.length === 0 ? (
              <EmptyState>{strings.plansEmpty}</EmptyState>
            ) : (
              <ul className={styles.list}>
                {plans.map((plan) => (
                  <li key={plan.id}>
                    <PlanSummary plan={plan} today={today} navigate={navigate} />
                  </li>
                ))}
              </ul>
            )}
            {/* The unit's page for its meetings: the minutes saved so far, to read, print and export. */}
            {unit !== undefined && !stage && <SavedMinutes repositories={repositories} unit={unit} siteUrl={siteUrl} />}
          </>
        );
      }}
    </ViewSection>
  );
}
