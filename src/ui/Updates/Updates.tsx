import * as React from 'react';
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { AddRegular, EditRegular } from '@fluentui/react-icons';
import { Loaded, mergeRowProblems } from '../../app';
import type { ActionPlan } from '../../domain/actionPlan';
import { isNewSince, isVisible, Update } from '../../domain/update';
import { useLoad, ViewProps } from '../shared';
import { useListEditing } from '../shared/Editors';
import { useLocalization } from '../loc';
import { EmptyState } from '../shared/states';
import { UpdateEditor } from './UpdateEditor';
import { UpdateList } from './UpdateList';
import { ViewSection } from '../shared/ViewSection';
import { UpdateBody } from './UpdateBody';
import { useUpdatesStyles } from './useUpdatesStyles';

interface UpdatesData {
  updates: Update[];
  plans: ActionPlan[];
  /** This person's visit before this opening of the app. */
  lastVisit?: string;
}

const blankUpdate = (): Update => ({ id: 0, title: '', summary: '', body: '', status: 'draft', pinned: false });

/**
 * Uppdateringar: the published updates, pinned first then newest, those since the last visit marked new; a deep
 * link (`updates/<id>`) opens one. Editors also see drafts and scheduled ones, and write, publish and pin.
 */
export function Updates({ repositories, route, siteUrl, navigate, permissions }: ViewProps): React.ReactElement {
  const { strings, fill, locale } = useLocalization();
  const styles = useUpdatesStyles();
  const { canEdit } = permissions;
  const loader = useLoad(async (): Promise<Loaded<UpdatesData>> => {
    const now = new Date();
    const [updates, plans, user] = await Promise.all([
      canEdit ? repositories.updates.all() : repositories.updates.published(now),
      repositories.actionPlans.list(),
      repositories.site.currentUser()
    ]);
    const lastVisit = repositories.visits.record(user.id, now);
    return { value: { updates: updates.value, plans: plans.value, lastVisit }, problems: mergeRowProblems(updates.problems, plans.problems) };
  }, [repositories, canEdit]);
  const list = useListEditing<Update>(loader.reload);

  const moment = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' });
  const stateOf = (update: Update, now: Date): string | undefined => {
    if (update.status === 'draft') return strings.updateStatusDraft;
    if (!isVisible(update, now) && update.publishAt) return fill(strings.updateStateScheduled, { date: moment.format(new Date(update.publishAt)) });
    return undefined;
  };

  return (
    <ViewSection heading={strings.viewUpdates} intro={strings.updatesIntro} loader={loader} siteUrl={siteUrl} skeletonRows={4}>
      {({ updates, plans, lastVisit }) => {
        if (list.editing) {
          return (
            <UpdateEditor
              update={list.editing}
              plans={plans}
              repository={repositories.updates}
              navigate={navigate}
              onCancel={list.cancel}
              onDone={list.done}
            />
          );
        }
        const now = new Date();
        const selectedId = route.item === undefined ? undefined : Number(route.item);
        const missing = selectedId !== undefined && !updates.some((update) => update.id === selectedId);
        const startEditing = list.start;
        return (
          <>
            {list.saved && (
              <MessageBar intent="success" role="status">
                <MessageBarBody>{strings.updateSaved}</MessageBarBody>
              </MessageBar>
            )}
            {canEdit && (
              <div className={styles.editorBar}>
                <Button appearance="primary" icon={<AddRegular />} onClick={() => startEditing(blankUpdate())}>
                  {strings.updateNew}
                </Button>
              </div>
            )}
            {missing && (
              <MessageBar intent="info">
                <MessageBarBody>{fill(strings.updateNotFound, { id: route.item ?? '' })}</MessageBarBody>
              </MessageBar>
            )}
            {updates.length === 0 ? (
              <EmptyState>{strings.updatesEmpty}</EmptyState>
            ) : (
              <UpdateList
                updates={updates}
                selectedId={selectedId}
                isNew={(update) => isVisible(update, now) && isNewSince(update, lastVisit)}
                details={(update) => {
                  const state = stateOf(update, now);
                  return (
                    <>
                      <UpdateBody
                        update={update}
                        plan={plans.find((plan) => plan.id === update.planId)}
                        navigate={navigate}
                        open={update.id === selectedId}
                      />
                      {canEdit && (
                        <div className={styles.editorBar}>
                          {state && <span className={styles.state}>{state}</span>}
                          <Button
                            size="small"
                            icon={<EditRegular />}
                            aria-label={fill(strings.updateEditNamed, { title: update.title })}
                            onClick={() => startEditing(update)}
                          >
                            {strings.updateEdit}
                          </Button>
                        </div>
                      )}
                    </>
                  );
                }}
              />
            )}
          </>
        );
      }}
    </ViewSection>
  );
}
