import * as React from 'react';
import { MessageBar, MessageBarBody, useId } from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import type { ActionPlan, ActionPlanStatus } from '../../domain/actionPlan';
import type { Update } from '../../domain/update';
import type { ProgrammeEntry } from '../../domain/programme';
import { Checklist } from '../Checklist';
import { SWEDISH, useLocalization } from '../loc';
import { PlanSummary } from '../PlanSummary';
import { RichTextView } from '../RichText/RichTextView';
import { Heading, useLoad, ViewProps } from '../shared';
import { loadPlanProgress } from '../../app';
import type { KnowledgeLink } from '../../domain/knowledgeLink';
import { useRichTextStrings } from '../shared/Editors/useRichTextStrings';
import { RouteLink } from '../shared/RouteLink';
import { ErrorState, LoadingState, RowProblems } from '../shared/states';
import { DocumentLink } from '../shared/DocumentLink';
import { KnowledgeLinks } from '../Knowledge';
import { PlanProgress } from './PlanProgress';
import { ChooseUnit } from '../shared/UnitPicker';
import { PlanStatusChange } from './PlanStatusChange';
import { useActionPlansStyles } from './useActionPlansStyles';

export interface PlanPageProps extends Pick<ViewProps, 'repositories' | 'unit' | 'unitChoice' | 'canChangeUnit' | 'period' | 'permissions' | 'compact' | 'stage' | 'meeting' | 'siteUrl' | 'navigate' | 'refreshing'> {
  plan: ActionPlan;
  /** Every plan, for the update editor's plan choice. */
  plans: readonly ActionPlan[];
  /** The programme's focus areas: the checklist's headings. */
  focusAreas: readonly ProgrammeEntry[];
  /** Today as yyyy-mm-dd, for the governance-gap warning. */
  today: string;
  /** Kunskap och stöd, every focus area's: the page shows those of the plan's areas. */
  knowledgeLinks: readonly KnowledgeLink[];
}

/** Updates are written in Swedish, whatever the editor's interface language: a draft about a status is too. */
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
  const { focusAreas, plans, today, knowledgeLinks, repositories, unit, unitChoice, canChangeUnit, period, permissions, compact, stage, meeting, siteUrl, navigate } = props;
  const { strings, text, langOf } = useLocalization();
  const richText = useRichTextStrings();
  const styles = useActionPlansStyles();
  const knowledgeHeadingId = useId('mr-plan-knowledge');
  // The plan as last stored: an editor's status change shows at once, without a reload.
  const [plan, setPlan] = React.useState(props.plan);
  const [draftUpdate, setDraftUpdate] = React.useState<Update>();
  const [updateSaved, setUpdateSaved] = React.useState(false);
  const description = text(plan.description);
  const planId = plan.id;
  // One request for every unit's summary of the period; the plan's focus areas (for Kunskap och stöd) come with it.
  const progress = useLoad(() => loadPlanProgress(repositories, planId, period), [repositories, planId, period]);
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
        {/* The stage shows the checklist and its progress; the plan's text is for reading at one's own screen. */}
        {!stage && description.trim() !== '' && <RichTextView html={description} strings={richText.view} lang={langOf(plan.description)} />}
        {!stage && <DocumentLink url={plan.documentUrl} label={strings.planDocument} canEdit={permissions.canEdit} className={styles.document} />}
        {permissions.canEdit && !stage && <PlanStatusChange plan={plan} repository={repositories.actionPlans} onStored={setPlan} onWriteUpdate={writeUpdate} />}
        {updateSaved && (
          <MessageBar intent="success" role="status">
            <MessageBarBody>{strings.updateSaved}</MessageBarBody>
          </MessageBar>
        )}
        {progress.state.status === 'loading' && <p role="status">{strings.planProgressLoading}</p>}
        {progress.state.status === 'failed' && <ErrorState error={progress.state.error} siteUrl={siteUrl} onRetry={progress.reload} />}
        {progress.state.status === 'loaded' && (
          <>
            <RowProblems problems={progress.state.value.problems} />
            <PlanProgress progress={progress.state.value.value} period={period} />
            {progress.state.value.value.focusAreas.some((area) => knowledgeLinks.some((link) => link.focusArea === area)) && (
              <section aria-labelledby={knowledgeHeadingId} className={styles.plan}>
                <Heading level={3} id={knowledgeHeadingId} className={styles.subheading}>
                  {strings.knowledgeHeading}
                </Heading>
                <KnowledgeLinks links={knowledgeLinks} focusAreas={focusAreas} areas={progress.state.value.value.focusAreas} areaHeadingLevel={4} />
              </section>
            )}
          </>
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
          stage={stage}
          meeting={meeting}
          siteUrl={siteUrl}
          refreshing={props.refreshing}
        />
      )}
    </>
  );
}
