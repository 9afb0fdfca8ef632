import * as React from 'react';
import type { ChecklistSession, ChecklistSessionOptions, ChecklistSnapshot, MrRepositories } from '../../app';
import { ChecklistItem, sortItems, Tick } from '../../domain/checklist';
import type { Period } from '../../domain/period';
import { FOCUS_AREAS, FocusAreaKey } from '../../domain/programme';
import { Progress, progressByFocusArea, progressOf } from '../../domain/progress';
import { useLocalization } from '../loc';
import { useChecklistSession } from './useChecklistSession';

export interface FocusAreaGroup {
  focusArea: FocusAreaKey;
  progress: Progress;
  /** The items the filter shows, in checklist order. */
  items: ChecklistItem[];
}

/** The person's own last tick in this session, and what the item was before it. */
export interface OwnChange {
  itemId: number;
  previousDone: boolean;
}

export interface ChecklistState {
  /** The open session, once opened. */
  session?: ChecklistSession;
  snapshot?: ChecklistSnapshot;
  progress: Progress;
  groups: FocusAreaGroup[];
  tickOf: (itemId: number) => Tick | undefined;
  openOnly: boolean;
  setOpenOnly: (openOnly: boolean) => void;
  /** The item whose comment is being written, if any. */
  editing?: number;
  setEditing: (itemId: number | undefined) => void;
  lastChange?: OwnChange;
  setDone: (itemId: number, done: boolean) => void;
  saveComment: (itemId: number, comment: string) => void;
  undo: () => void;
  retry: () => void;
  /** What others just changed, for the polite live region. */
  announcement: string;
}

/** Ticks by item, for looking a row's tick up. */
function ticksByItem(snapshot: ChecklistSnapshot | undefined): Map<number, Tick> {
  return new Map((snapshot?.view?.ticks ?? []).map((tick) => [tick.itemId, tick]));
}

/**
 * One unit's checklist for a plan and period: the open session, grouping and progress, the filter, the
 * person's undo, and words for what others tick while the checklist is open.
 */
export function useChecklist(
  repositories: MrRepositories,
  unitId: number,
  planId: number,
  period: Period,
  sessionOptions?: ChecklistSessionOptions
): ChecklistState {
  const { strings, fill, text } = useLocalization();
  const open = useChecklistSession(repositories, unitId, planId, period, sessionOptions);
  const snapshot = open?.snapshot;
  const [openOnly, setOpenOnlyState] = React.useState(false);
  // Items the open-only filter keeps on screen: those open when it was chosen, so that a tick (anyone's)
  // never pulls a row from under the person's finger in a meeting.
  const [keptOpen, setKeptOpen] = React.useState<ReadonlySet<number>>(new Set());
  const [editing, setEditing] = React.useState<number>();
  const [lastChange, setLastChange] = React.useState<OwnChange>();
  const [announcement, setAnnouncement] = React.useState('');
  const previous = React.useRef<ChecklistSnapshot>();

  const ticks = React.useMemo(() => ticksByItem(snapshot), [snapshot]);
  const items = React.useMemo(() => sortItems((snapshot?.view?.items ?? []).filter((item) => item.active)), [snapshot?.view?.items]);
  const tickOf = (itemId: number): Tick | undefined => ticks.get(itemId);
  const isDone = (itemId: number): boolean => ticks.get(itemId)?.done === true;

  React.useEffect(() => {
    const before = previous.current;
    previous.current = snapshot;
    if (before?.view === undefined || snapshot?.view === undefined) return;
    const earlier = ticksByItem(before);
    // A change others made: not the person's own pending tick, before or now.
    const theirs = snapshot.view.ticks.filter((tick) => {
      const was = earlier.get(tick.itemId);
      const mine = before.pendingItemIds.has(tick.itemId) || snapshot.pendingItemIds.has(tick.itemId);
      return !mine && (was?.done ?? false) !== tick.done;
    });
    if (theirs.length === 0) return;
    const titles = new Map(snapshot.view.items.map((item) => [item.id, text(item.title)]));
    setAnnouncement(
      theirs
        .map((tick) =>
          fill(tick.done ? strings.checklistAnnounceTicked : strings.checklistAnnounceUnticked, {
            name: tick.doneBy?.name ?? strings.checklistSomeone,
            item: titles.get(tick.itemId) ?? ''
          })
        )
        .join(' ')
    );
  }, [snapshot]);

  const setOpenOnly = (value: boolean): void => {
    setKeptOpen(new Set(items.filter((item) => !isDone(item.id)).map((item) => item.id)));
    setOpenOnlyState(value);
  };

  const setDone = (itemId: number, done: boolean): void => {
    setLastChange({ itemId, previousDone: isDone(itemId) });
    open?.session.setDone(itemId, done);
  };

  const shown = openOnly ? items.filter((item) => keptOpen.has(item.id) || !isDone(item.id)) : items;
  const byArea = progressByFocusArea(items, [...ticks.values()]);
  const groups = FOCUS_AREAS.map((focusArea) => ({
    focusArea,
    progress: byArea[focusArea],
    items: shown.filter((item) => item.focusArea === focusArea)
  })).filter((group) => group.progress.total > 0);

  return {
    session: open?.session,
    snapshot,
    progress: progressOf(items, [...ticks.values()]),
    groups,
    tickOf,
    openOnly,
    setOpenOnly,
    editing,
    setEditing,
    lastChange,
    setDone,
    saveComment: (itemId, comment) => {
      open?.session.setDone(itemId, isDone(itemId), comment);
      setEditing(undefined);
    },
    undo: () => {
      if (lastChange === undefined) return;
      open?.session.setDone(lastChange.itemId, lastChange.previousDone);
      setLastChange(undefined);
    },
    retry: () => open?.session.retryNow(),
    announcement
  };
}
