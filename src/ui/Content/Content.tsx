import * as React from 'react';
import { MessageBar, MessageBarBody, Tab, TabList } from '@fluentui/react-components';
import type { Loaded } from '../../app';
import type { ActionPlan } from '../../domain/actionPlan';
import type { KnowledgeLink } from '../../domain/knowledgeLink';
import type { Programme } from '../../domain/programme';
import type { Unit } from '../../domain/unit';
import { Section, useLoad, useViewStyles, ViewProps } from '../shared';
import { useLocalization } from '../loc';
import { ErrorState } from '../shared/states/ErrorState';
import { LoadingState } from '../shared/states/LoadingState';
import { RowProblems } from '../shared/states/RowProblems';
import { ActionPlanEditor } from './ActionPlanEditor';
import { ChecklistItemsEditor } from './ChecklistItemsEditor';
import { KnowledgeLinksEditor } from './KnowledgeLinksEditor';
import { ProgrammeTextEditor } from './ProgrammeTextEditor';
import { CONTENT_SECTIONS, ContentSection, isContentSection } from './sections';
import { useContentStyles } from './useContentStyles';
import { UnitPeopleEditor } from './UnitPeopleEditor';
import { UnitsEditor } from './UnitsEditor';

interface ContentData {
  units: Unit[];
  plans: ActionPlan[];
  programme?: Programme;
  knowledgeLinks: KnowledgeLink[];
}

/**
 * Redigera innehåll: where editors maintain the units and their people, the checklist items, the action plans and the
 * programme texts, and Kunskap och stöd. A deep link (`content/<section>`) opens a section. Only editors get here; SharePoint
 * refuses anyone else's writes all the same.
 */
export function Content(props: ViewProps): React.ReactElement {
  const { strings } = useLocalization();
  const styles = useViewStyles();
  // Nothing is read for someone who may not edit: the view says why and stops there.
  if (!props.permissions.canEdit) {
    return (
      <Section heading={strings.viewContent}>
        <div className={styles.root}>
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{strings.contentNotEditor}</MessageBarBody>
          </MessageBar>
        </div>
      </Section>
    );
  }
  return <ContentEditors {...props} />;
}

function ContentEditors({ repositories, route, navigate, siteUrl, period, unitChoice, team }: ViewProps): React.ReactElement {
  const { strings } = useLocalization();
  const styles = useViewStyles();
  const contentStyles = useContentStyles();
  const section: ContentSection = isContentSection(route.item) ? route.item : 'units';
  const loader = useLoad(async (): Promise<Loaded<ContentData>> => {
    const [units, plans, overview] = await Promise.all([
      repositories.units.list(),
      repositories.actionPlans.list(),
      repositories.programme.loadOverview(undefined, period, new Date())
    ]);
    return {
      value: { units: units.value, plans: [...plans.value].sort((a, b) => a.order - b.order), programme: overview.value.programme, knowledgeLinks: overview.value.knowledgeLinks },
      problems: [...units.problems, ...plans.problems, ...overview.problems]
    };
  }, [repositories, period]);
  const { state, reload } = loader;
  const label: Record<ContentSection, string> = {
    units: strings.contentSectionUnits,
    people: strings.contentSectionPeople,
    checklist: strings.contentSectionChecklist,
    plans: strings.contentSectionPlans,
    programme: strings.contentSectionProgramme,
    knowledge: strings.contentSectionKnowledge
  };

  return (
    <Section heading={strings.viewContent}>
      <div className={styles.root}>
        <p className={styles.intro}>{strings.contentIntro}</p>
        <TabList className={contentStyles.sectionTabs} selectedValue={section} onTabSelect={(_event, data) => navigate({ view: 'content', item: data.value as ContentSection })}>
          {CONTENT_SECTIONS.map((key) => (
            <Tab key={key} value={key}>
              {label[key]}
            </Tab>
          ))}
        </TabList>
        {state.status === 'loading' && <LoadingState rows={5} />}
        {state.status === 'failed' && <ErrorState error={state.error} siteUrl={siteUrl} onRetry={reload} />}
        {state.status === 'loaded' && (
          <>
            <RowProblems problems={state.value.problems} />
            {section === 'units' && <UnitsEditor units={state.value.value.units} repository={repositories.units} onChanged={reload} />}
            {section === 'people' && (
              <UnitPeopleEditor repository={repositories.unitPeople} unitChoice={unitChoice} hostTeam={team} siteUrl={siteUrl} />
            )}
            {section === 'checklist' && <ChecklistItemsEditor plans={state.value.value.plans} repository={repositories.actionPlans} siteUrl={siteUrl} />}
            {section === 'plans' && <ActionPlanEditor plans={state.value.value.plans} repository={repositories.actionPlans} onChanged={reload} />}
            {section === 'programme' && (
              <ProgrammeTextEditor programme={state.value.value.programme} repository={repositories.programme} onChanged={reload} />
            )}
            {section === 'knowledge' && (
              <KnowledgeLinksEditor
                links={state.value.value.knowledgeLinks}
                focusAreas={state.value.value.programme?.focusAreas ?? []}
                repository={repositories.knowledgeLinks}
                onChanged={reload}
              />
            )}
          </>
        )}
      </div>
    </Section>
  );
}
