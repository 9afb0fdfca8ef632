import * as React from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import { toIsoDate } from '../../domain/dates';
import { Checklist } from '../Checklist';
import { useLoad, useViewStyles, ViewProps } from '../shared';
import { useLocalization } from '../loc';
import { PlanSummary } from '../PlanSummary';
import { RouteLink } from '../shared/RouteLink';
import { EmptyState } from '../shared/states';
import { ChooseUnit } from '../shared/UnitPicker';
import { ViewSection } from '../shared/ViewSection';
import { useActionPlansStyles } from './useActionPlansStyles';

/**
 * Handlingsplaner: every action plan and where it stands; a plan's name opens its checklist for the
 * unit and period (the deep link `plans/<key>`), to tick together in a meeting.
 */
export function ActionPlans({ repositories, route, navigate, unit, unitChoice, canChangeUnit, period, compact, siteUrl }: ViewProps): React.ReactElement {
  const { strings, fill } = useLocalization();
  const styles = useViewStyles();
  const ownStyles = useActionPlansStyles();
  const unitId = unit?.id;
  // The overview brings the plans and the programme's focus areas (the checklist's headings) in one request.
  const loader = useLoad(() => repositories.programme.loadOverview(unitId, period, new Date()), [repositories, unitId, period]);

  return (
    <ViewSection heading={strings.viewPlans} intro={strings.plansIntro} loader={loader} siteUrl={siteUrl} skeletonRows={6}>
      {({ actionPlans, programme }) => {
        const plans = [...actionPlans].sort((a, b) => a.order - b.order);
        const today = toIsoDate(new Date());
        const selected = plans.find((plan) => plan.key === route.item);
        if (selected !== undefined) {
          return (
            <>
              <RouteLink route={{ view: 'plans' }} navigate={navigate} className={ownStyles.back}>
                <ArrowLeftRegular aria-hidden />
                {strings.checklistBack}
              </RouteLink>
              {unit === undefined ? (
                <ChooseUnit prompt={strings.checklistNoUnit} choice={unitChoice} />
              ) : (
                <Checklist
                  repositories={repositories}
                  unitId={unit.id}
                  planId={selected.id}
                  period={period}
                  focusAreas={programme?.focusAreas ?? []}
                  canContribute={canChangeUnit}
                  compact={compact}
                  siteUrl={siteUrl}
                />
              )}
            </>
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
          </>
        );
      }}
    </ViewSection>
  );
}
