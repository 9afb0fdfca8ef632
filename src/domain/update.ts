import { Person } from './person';
import { MAX_NOTE_LENGTH, ValidationIssue, Validator } from './validation';

export type UpdateStatus = 'draft' | 'published';

export const UPDATE_STATUSES: readonly UpdateStatus[] = ['draft', 'published'];

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

/** The summary is the teaser on cards: short enough to read at a glance. */
export const MAX_SUMMARY_LENGTH = 500;

export function validateUpdate(update: Update): ValidationIssue[] {
  return new Validator()
    .text('title', update.title, true)
    .maxLength('summary', update.summary, MAX_SUMMARY_LENGTH)
    .maxLength('body', update.body, MAX_NOTE_LENGTH)
    .oneOf('status', update.status, UPDATE_STATUSES)
    .isoTimestamp('publishAt', update.publishAt).issues;
}

export function isUpdateStatus(value: unknown): value is UpdateStatus {
  return typeof value === 'string' && (UPDATE_STATUSES as readonly string[]).includes(value);
}
