import * as React from 'react';
import { Button, Field, mergeClasses, MessageBar, MessageBarBody, ProgressBar, Select, Switch, useId } from '@fluentui/react-components';
import { ArrowUndoRegular, PersonNoteRegular } from '@fluentui/react-icons';
import { AccessDeniedError, ChecklistSessionOptions, DataErrorKind, MrRepositories, UnreachableError } from '../../app';
import type { MeetingRef } from '../../domain/minutes';
import type { Period } from '../../domain/period';
import { programmeEntryKey, ProgrammeEntry } from '../../domain/programme';
import { percent, Progress } from '../../domain/progress';
import { Heading } from '../shared';
import { MinutesPanel, useMinutesRecorder } from '../Minutes';
import { ReadOnlyNotice } from '../shared/ReadOnlyNotice';
import { useLocalization } from '../loc';
import { EmptyState, ErrorState, LoadingState, RowProblems } from '../shared/states';
import { ChecklistRow } from './ChecklistRow';
import { ConnectionStatus } from './ConnectionStatus';
import { useChecklist } from './useChecklist';
import { useChecklistStyles } from './useChecklistStyles';
import { ItemAssignmentEditor, ItemAssignmentSummary, useItemAssignments } from './ItemAssignment';
import { ASSIGNMENT_FILTERS, AssignmentFilter, isOverdue, matchesFilter } from '../../domain/itemAssignment';

export interface ChecklistProps {
  repositories: MrRepositories;
  unitId: number;
  planId: number;
  period: Period;
  /** The programme's focus areas, for the group headings. */
  focusAreas: readonly ProgrammeEntry[];
  /** Whether SharePoint lets the person change this unit's ticks: false shows everything read-only, with the reason. */
  canContribute: boolean;
  /** The meeting side panel: always meeting mode, no switch. */
  compact: boolean;
  /** The meeting's shared stage: large and read-only, following everyone's ticks live; no switch, no minutes. */
  stage?: boolean;
  /** The Teams meeting the app runs in, when Teams said which: the minutes link to it. */
  meeting?: MeetingRef;
  siteUrl: string;
  sessionOptions?: ChecklistSessionOptions;
  /** The view came from the browser's cache: ticks show as not confirmed, and none can be changed until the start's batch answers. */
  refreshing?: boolean;
}

/** The error a failed load stands for, so ErrorState gives its usual advice. */
function loadError(kind: DataErrorKind | undefined): Error {
  if (kind === 'accessDenied') return new AccessDeniedError();
  if (kind === 'unreachable') return new UnreachableError();
  return new Error(kind ?? 'unexpected');
}

/**
 * A unit's action-plan checklist for a period, made for ticking together in a meeting: ticks show at
 * once and are marked until SharePoint confirms them, others' ticks arrive live, and nothing moves.
 */
export function Checklist(props: ChecklistProps): React.ReactElement {
  const { repositories, unitId, planId, period, focusAreas, canContribute, compact, stage = false, meeting, siteUrl, sessionOptions, refreshing } = props;
  const { strings, fill, text } = useLocalization();
  const styles = useChecklistStyles();
  const state = useChecklist(repositories, unitId, planId, period, sessionOptions);
  const [meetingSwitch, setMeetingSwitch] = React.useState(false);
  const meetingMode = compact || stage || meetingSwitch;
  const { snapshot, session } = state;
  const items = snapshot?.view?.items;
  const itemTitle = (itemId: number): string => {
    const item = items?.find((candidate) => candidate.id === itemId);
    return item === undefined ? String(itemId) : text(item.title);
  };
  // The unit's own people note the meeting's minutes while the checklist is in meeting mode; the stage only shows.
  const minutes = useMinutesRecorder({ repositories, unitId, planId, period, meeting, active: meetingMode && canContribute && !stage, snapshot, itemTitle });
  // In meeting mode others' ticks come about once a second, else seldom (the session decides how often).
  React.useEffect(() => session?.setMeetingMode(meetingMode), [session, meetingMode]);
  const titleId = useId('mr-checklist');
  const assignments = useItemAssignments(repositories, unitId, planId, period);
  const [filter, setFilter] = React.useState<AssignmentFilter>('all');
  const [assigning, setAssigning] = React.useState<number>();

  if (snapshot?.view === undefined) {
    return snapshot?.status === 'failed' ? (
      <ErrorState error={loadError(snapshot.lastError)} siteUrl={siteUrl} onRetry={state.retry} />
    ) : (
      <LoadingState rows={6} />
    );
  }
  const { view } = snapshot;
  const areaTitle = new Map(focusAreas.map((area) => [area.key, text(area.title)]));
  const progressText = (progress: Progress): string => fill(strings.checklistProgress, { done: progress.done, total: progress.total, percent: percent(progress) });
  const lastItem = view.items.find((item) => item.id === state.lastChange?.itemId);
  const filterName: Record<AssignmentFilter, string> = {
    all: strings.assignmentFilterAll,
    mine: strings.assignmentFilterMine,
    overdue: strings.assignmentFilterOverdue,
    dueThisMonth: strings.assignmentFilterDueThisMonth
  };
  const isDone = (itemId: number): boolean => state.tickOf(itemId)?.done === true;
  const passes = (itemId: number): boolean =>
    matchesFilter(filter, assignments.assignmentOf(itemId), isDone(itemId), { personId: assignments.me?.id, today: assignments.today });
  // A filter leaves out the areas with nothing to show, rather than calling them all done.
  const groups = state.groups
    .map((group) => ({ ...group, items: group.items.filter((item) => passes(item.id)) }))
    .filter((group) => filter === 'all' || group.items.length > 0);

  return (
    <section aria-labelledby={titleId} className={styles.root}>
      <Heading level={3} id={titleId} className={styles.title}>
        {fill(strings.checklistTitle, { plan: text(view.plan.title), unit: view.unit.name, period: String(period) })}
      </Heading>
      <div className={mergeClasses(styles.progress, stage && styles.stageProgress)}>
        <ProgressBar value={percent(state.progress) / 100} thickness="large" aria-hidden />
        <span>{stage ? fill(strings.stageProgress, { done: state.progress.done, total: state.progress.total }) : progressText(state.progress)}</span>
      </div>
      {stage && <p className={styles.groupProgress}>{strings.stageLive}</p>}
      <ConnectionStatus snapshot={snapshot} onRetry={state.retry} canContribute={canContribute} />
      {!canContribute && <ReadOnlyNotice>{fill(strings.checklistReadOnly, { unit: view.unit.name })}</ReadOnlyNotice>}
      {snapshot.lastError === 'accessDenied' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{strings.checklistWriteRefused}</MessageBarBody>
        </MessageBar>
      )}
      <RowProblems problems={snapshot.problems} />
      {!stage && (
        <div className={styles.toolbar}>
          <Switch checked={state.openOnly} label={strings.checklistOpenOnly} onChange={(_, data) => state.setOpenOnly(data.checked)} />
          <Field label={strings.assignmentFilterLabel} orientation="horizontal">
            <Select value={filter} onChange={(_, data) => setFilter(data.value as AssignmentFilter)}>
              {ASSIGNMENT_FILTERS.map((key) => (
                <option key={key} value={key}>
                  {filterName[key]}
                </option>
              ))}
            </Select>
          </Field>
          {!compact && <Switch checked={meetingSwitch} label={strings.checklistMeetingMode} onChange={(_, data) => setMeetingSwitch(data.checked)} />}
          {canContribute && (
            // Always there (disabled until the person ticks), so that the list never moves when it appears.
            <Button
              icon={<ArrowUndoRegular />}
              size={meetingMode ? 'large' : 'medium'}
              disabled={lastItem === undefined}
              aria-label={lastItem === undefined ? undefined : fill(strings.checklistUndo, { item: text(lastItem.title) })}
              onClick={state.undo}
            >
              {strings.checklistUndoShort}
            </Button>
          )}
        </div>
      )}
      <div aria-live="polite" className={styles.visuallyHidden}>
        {state.announcement}
      </div>
      {state.groups.length === 0 && <EmptyState>{strings.checklistEmpty}</EmptyState>}
      {state.groups.length > 0 && groups.length === 0 && <EmptyState>{strings.assignmentFilterNone}</EmptyState>}
      {groups.map((group) => (
        <section key={group.focusArea} aria-labelledby={`${titleId}-${group.focusArea}`} className={styles.group}>
          <Heading level={4} id={`${titleId}-${group.focusArea}`} className={styles.groupTitle}>
            {areaTitle.get(programmeEntryKey('focusArea', group.focusArea)) ?? group.focusArea}
          </Heading>
          <p className={styles.groupProgress}>{progressText(group.progress)}</p>
          {group.items.length === 0 ? (
            <p className={styles.groupProgress}>{strings.checklistAllDone}</p>
          ) : (
            <ul className={styles.items}>
              {group.items.map((item) => (
                <ChecklistRow
                  key={item.id}
                  item={item}
                  tick={state.tickOf(item.id)}
                  pending={snapshot.pendingItemIds.has(item.id)}
                  unconfirmed={refreshing === true}
                  readOnly={!canContribute || stage || refreshing === true}
                  meetingMode={meetingMode}
                  editing={state.editing === item.id}
                  onDone={(done) => state.setDone(item.id, done)}
                  onEdit={(editing) => state.setEditing(editing ? item.id : undefined)}
                  onSaveComment={(comment) => state.saveComment(item.id, comment)}
                >
                  <ItemAssignmentSummary
                    assignment={assignments.assignmentOf(item.id)}
                    overdue={isOverdue(assignments.assignmentOf(item.id), isDone(item.id), assignments.today)}
                  />
                  {assigning === item.id ? (
                    <ItemAssignmentEditor
                      itemTitle={text(item.title)}
                      assignment={assignments.assignmentOf(item.id)}
                      people={assignments.people}
                      today={assignments.today}
                      saveState={assignments.saveStateOf(item.id)}
                      readOnly={!canContribute || stage}
                      onSave={(change) => assignments.save(item.id, change)}
                      loadHistory={() => assignments.history(item.id)}
                      onClose={() => setAssigning(undefined)}
                    />
                  ) : (
                    <Button
                      appearance="subtle"
                      size={meetingMode ? 'large' : 'small'}
                      className={styles.commentButton}
                      icon={<PersonNoteRegular />}
                      aria-label={fill(strings.assignmentOpenFor, { item: text(item.title) })}
                      onClick={() => setAssigning(item.id)}
                    >
                      {strings.assignmentOpen}
                    </Button>
                  )}
                </ChecklistRow>
              ))}
            </ul>
          )}
        </section>
      ))}
      {/* Below the items, so that the list never moves as the minutes grow. */}
      {minutes.recorder && minutes.recording && <MinutesPanel recorder={minutes.recorder} recording={minutes.recording} unitName={view.unit.name} />}
    </section>
  );
}
