import * as React from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { toIsoDate } from '../../domain/dates';
import { useLoad, useViewStyles, ViewProps } from '../common';
import { useLocalization } from '../loc';
import { PlanSummary } from '../PlanSummary';
import { EmptyState } from '../states';
import { ViewSection } from '../ViewSection';

/** Handlingsplaner: every action plan and where it stands; a deep link (`plans/<key>`) marks one plan. */
export function ActionPlans({ repositories, route, siteUrl }: ViewProps): React.ReactElement {
  const { strings, fill } = useLocalization();
  const styles = useViewStyles();
  const loader = useLoad(() => repositories.actionPlans.list(), [repositories]);
  const selected = React.useRef<HTMLLIElement>(null);

  React.useEffect(() => {
    selected.current?.scrollIntoView?.({ block: 'nearest' });
  }, [loader.state.status, route.item]);

  return (
    <ViewSection heading={strings.viewPlans} intro={strings.plansIntro} loader={loader} siteUrl={siteUrl} skeletonRows={6}>
      {(value) => {
        const plans = [...value].sort((a, b) => a.order - b.order);
        const today = toIsoDate(new Date());
        const missing = route.item !== undefined && !plans.some((plan) => plan.key === route.item);
        return (
          <>
            {missing && (
              <MessageBar intent="info">
                <MessageBarBody>{fill(strings.planNotFound, { key: route.item ?? '' })}</MessageBarBody>
              </MessageBar>
            )}
            {plans.length === 0 ? (
              <EmptyState>{strings.plansEmpty}</EmptyState>
            ) : (
              <ul className={styles.list}>
                {plans.map((plan) => (
                  <li key={plan.id} ref={plan.key === route.item ? selected : undefined}>
                    <PlanSummary plan={plan} today={today} selected={plan.key === route.item} />
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
