import * as React from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import type { ActionPlan, ActionPlanStatus } from '../../domain/actionPlan';
import type { Update } from '../../domain/update';
import type { ProgrammeEntry } from '../../domain/programme';
import { Checklist } from '../Checklist';
import { localizationFor, useLocalization } from '../loc';
import { PlanSummary } from '../PlanSummary';
import { RichTextView } from '../RichText/RichTextView';
import type { ViewProps } from '../shared';
import { useRichTextStrings } from '../shared/Editors/useRichTextStrings';
import { RouteLink } from '../shared/RouteLink';
import { LoadingState } from '../shared/states';
import { ChooseUnit } from '../shared/UnitPicker';
import { PlanStatusChange } from './PlanStatusChange';
import { useActionPlansStyles } from './useActionPlansStyles';

export interface PlanPageProps extends Pick<ViewProps, 'repositories' | 'unit' | 'unitChoice' | 'canChangeUnit' | 'period' | 'permissions' | 'compact' | 'siteUrl' | 'navigate' | 'refreshing'> {
  plan: ActionPlan;
  /** Every plan, for the update editor's plan choice. */
  plans: readonly ActionPlan[];
  /** The programme's focus areas: the checklist's headings. */
  focusAreas: readonly ProgrammeEntry[];
  /** Today as yyyy-mm-dd, for the governance-gap warning. */
  today: string;
}

/** Updates are written in Swedish, whatever the editor's interface language: a draft about a status is too. */
const SWEDISH = localizationFor('sv-SE');
const SWEDISH_STATUS: Record<ActionPlanStatus, string> = {
  draft: SWEDISH.strings.planStatusDraft,
  consultation: SWEDISH.strings.planStatusConsultation,
  adopted: SWEDISH.strings.planStatusAdopted
};

/** The update editor loads only when an editor takes up the offer to write about a new status. */
const UpdateEditor = React.lazy(() => import(/* webpackChunkName: 'mr-update-editor' */ '../Updates/UpdateEditor').then((module) => ({ default: module.UpdateEditor })));

/**
 * One action plan's page (the deep link `plans/<key>`): where it stands and what it replaces, the gap warning,
 * what the plan is about in the editors' words, and the chosen unit's checklist below.
 */
export function PlanPage(props: PlanPageProps): React.ReactElement {
  const { focusAreas, plans, today, repositories, unit, unitChoice, canChangeUnit, period, permissions, compact, siteUrl, navigate } = props;
  const { strings, text, langOf } = useLocalization();
  const richText = useRichTextStrings();
  const styles = useActionPlansStyles();
  // The plan as last stored: an editor's status change shows at once, without a reload.
  const [plan, setPlan] = React.useState(props.plan);
  const [draftUpdate, setDraftUpdate] = React.useState<Update>();
  const [updateSaved, setUpdateSaved] = React.useState(false);
  const description = text(plan.description);
  const writeUpdate = (stored: ActionPlan): void => {
    setUpdateSaved(false);
    setDraftUpdate({
      id: 0,
      title: SWEDISH.fill(SWEDISH.strings.planStatusUpdateTitle, { plan: stored.title.sv, status: SWEDISH_STATUS[stored.status] }),
      summary: '',
      body: '',
      status: 'draft',
      planId: stored.id,
      pinned: false
    });
  };

  if (draftUpdate !== undefined) {
    return (
      <React.Suspense fallback={<LoadingState rows={4} />}>
        <UpdateEditor
          update={draftUpdate}
          plans={plans}
          repository={repositories.updates}
          navigate={navigate}
          onCancel={() => setDraftUpdate(undefined)}
          onDone={() => {
            setDraftUpdate(undefined);
            setUpdateSaved(true);
          }}
        />
      </React.Suspense>
    );
  }
  return (
    <>
      <RouteLink route={{ view: 'plans' }} navigate={navigate} className={styles.back}>
        <ArrowLeftRegular aria-hidden />
        {strings.checklistBack}
      </RouteLink>
      <div className={styles.plan}>
        <PlanSummary plan={plan} today={today} />
        {description.trim() !== '' && <RichTextView html={description} strings={richText.view} lang={langOf(plan.description)} />}
        {permissions.canEdit && <PlanStatusChange plan={plan} repository={repositories.actionPlans} onStored={setPlan} onWriteUpdate={writeUpdate} />}
        {updateSaved && (
          <MessageBar intent="success" role="status">
            <MessageBarBody>{strings.updateSaved}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {unit === undefined ? (
        <ChooseUnit prompt={strings.checklistNoUnit} choice={unitChoice} />
      ) : (
        <Checklist
          repositories={repositories}
          unitId={unit.id}
          planId={plan.id}
          period={period}
          focusAreas={focusAreas}
          canContribute={canChangeUnit}
          compact={compact}
          siteUrl={siteUrl}
          refreshing={props.refreshing}
        />
      )}
    </>
  );
}
