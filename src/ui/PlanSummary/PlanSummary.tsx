import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, mergeClasses } from '@fluentui/react-components';
import { ChatMultipleRegular, CheckmarkCircleFilled, EditRegular } from '@fluentui/react-icons';
import { ActionPlan, ActionPlanStatus, hasGovernanceGap } from '../../domain/actionPlan';
import { Filled, Heading } from '../shared';
import { useLocalization } from '../loc';
import { Route } from '../routing';
import { RouteLink } from '../shared/RouteLink';
import { usePlanSummaryStyles } from './usePlanSummaryStyles';

export interface PlanSummaryProps {
  plan: ActionPlan;
  /** Today as yyyy-mm-dd: a replaced programme that ceased by then without an adopted plan is a gap. */
  today: string;
  /** Makes the plan's name a link to the plan in the action plans view. */
  navigate?: (route: Route) => void;
  /** Marks the plan a deep link opened. */
  selected?: boolean;
}

const STATUS_ICON: Record<ActionPlanStatus, typeof EditRegular> = {
  draft: EditRegular,
  consultation: ChatMultipleRegular,
  adopted: CheckmarkCircleFilled
};

/** One action plan: its name, its status in words beside an icon, what it replaces, and the gap warning. */
export function PlanSummary({ plan, today, navigate, selected = false }: PlanSummaryProps): React.ReactElement {
  const { strings, fill, formatDate, text, langOf } = useLocalization();
  const styles = usePlanSummaryStyles();
  const title = text(plan.title);
  const statusText: Record<ActionPlanStatus, string> = {
    draft: strings.planStatusDraft,
    consultation: strings.planStatusConsultation,
    adopted: plan.adoptionDate ? fill(strings.planAdoptedOn, { date: formatDate(plan.adoptionDate) }) : strings.planStatusAdopted
  };
  const StatusIcon = STATUS_ICON[plan.status];

  return (
    <article className={mergeClasses(styles.root, selected && styles.selected)} aria-current={selected ? 'true' : undefined}>
      <Heading level={3} className={styles.title}>
        {navigate ? (
          <RouteLink route={{ view: 'plans', item: plan.key }} navigate={navigate}>
            <span lang={langOf(plan.title)}>{title}</span>
          </RouteLink>
        ) : (
          <span lang={langOf(plan.title)}>{title}</span>
        )}
      </Heading>
      <p className={styles.status}>
        <StatusIcon aria-hidden className={mergeClasses(styles.icon, plan.status === 'adopted' && styles.adoptedIcon)} />
        <span>{statusText[plan.status]}</span>
      </p>
      {plan.replaces && (
        <p className={styles.replaces}>
          <Filled
            template={plan.replacedCeasedOn ? strings.planReplacesCeased : strings.planReplaces}
            values={{ programme: <span lang={langOf('sv')}>{plan.replaces}</span>, date: plan.replacedCeasedOn ? formatDate(plan.replacedCeasedOn) : '' }}
          />
        </p>
      )}
      {hasGovernanceGap(plan, today) && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.governanceGapTitle}</MessageBarTitle>
            <Filled template={strings.governanceGapText} values={{ programme: <span lang={langOf('sv')}>{plan.replaces ?? ''}</span> }} />
          </MessageBarBody>
        </MessageBar>
      )}
    </article>
  );
}
