import { Person } from './person';

export type UpdateStatus = 'draft' | 'published';

/** News for staff: an action plan adopted, a training offered. */
export interface Update {
  id: number;
  title: string;
  summary: string;
  /** Rich text as stored in SharePoint's rich-text field; always sanitised before it is shown. */
  body: string;
  status: UpdateStatus;
  /** ISO timestamp from which a published update is visible; absent means at once. */
  publishAt?: string;
  planId?: number;
  pinned: boolean;
  author?: Person;
  modified?: string;
  etag?: string;
}

/** Whether staff see the update now: published, and its publish time has come. */
export function isVisible(update: Update, now: Date): boolean {
  return update.status === 'published' && (update.publishAt === undefined || Date.parse(update.publishAt) <= now.getTime());
}

function shownAt(update: Update): number {
  return Date.parse(update.publishAt ?? update.modified ?? '') || 0;
}

/** The order staff read updates in: pinned first, then newest first. */
export function sortForStaff(updates: readonly Update[]): Update[] {
  return [...updates].sort((a, b) => Number(b.pinned) - Number(a.pinned) || shownAt(b) - shownAt(a) || b.id - a.id);
}

/** "New since your last visit": shown after the visitor's previous visit. No previous visit means everything is new. */
export function isNewSince(update: Update, lastVisit: string | undefined): boolean {
  return lastVisit === undefined || shownAt(update) > Date.parse(lastVisit);
}
