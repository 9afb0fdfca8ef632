/**
 * Who does a checklist item, by when, and what shows it was done: one row per unit × item × period,
 * apart from the tick (a tick row never carries these), kept in the unit's folder like the ticks.
 */
import { isIsoDate } from './dates';
import { MAX_PERIOD, MIN_PERIOD, Period } from './period';
import { Person } from './person';
import { tickKey, UnitItemPeriod } from './checklist';
import { keyIssue, linkIssue, MAX_NOTE_LENGTH, ValidationIssue, Validator } from './validation';

/** A link to something that shows the item was done (a document, a page, a decision). */
export interface EvidenceLink {
  url: string;
  /** What the link is, as the person named it; the address when they did not. */
  title: string;
}

/** Its key is the same unit:item:period as the item's tick, unique in its own list. */
export interface ItemAssignment extends UnitItemPeriod {
  owner?: Person;
  /** The due date, yyyy-mm-dd. */
  dueDate?: string;
  evidence: EvidenceLink[];
  /** Who changed the row last and when (the row's Editor and Modified). */
  changedBy?: Person;
  changedAt?: string;
  etag?: string;
}

/** Clears a field (no owner, no due date). */
export const CLEARED = 'none';

/** What a person changes: only the fields given change; CLEARED empties one. */
export interface AssignmentChange {
  ownerId?: number | typeof CLEARED;
  /** yyyy-mm-dd. */
  dueDate?: string | typeof CLEARED;
  evidence?: EvidenceLink[];
}

/** One saved version of an assignment, from SharePoint's version history: who saved it, when, and what it changed. */
export interface AssignmentHistoryEntry {
  /** The version's label, "3.0". */
  version: string;
  at: string;
  by?: Person;
  changes: AssignmentFieldChange[];
}

export type AssignmentField = 'owner' | 'dueDate' | 'evidence';

export interface AssignmentFieldChange {
  field: AssignmentField;
  /** The value before and after as shown (a name, a date, the links' titles); absent when empty. */
  before?: string;
  after?: string;
}

/** An assignment as SharePoint's version history keeps it: the values of one version. */
export interface AssignmentVersion {
  version: string;
  at: string;
  by?: Person;
  owner?: Person;
  dueDate?: string;
  evidence: EvidenceLink[];
}

export function assignmentKey(unitId: number, itemId: number, period: Period): string {
  return tickKey(unitId, itemId, period);
}

export function emptyAssignment(unitId: number, itemId: number, planId: number, period: Period): ItemAssignment {
  return { key: assignmentKey(unitId, itemId, period), unitId, itemId, planId, period, evidence: [] };
}

/** The most evidence links one item keeps: enough for any item, and a bound on the stored text. */
export const MAX_EVIDENCE_LINKS = 20;
/** A link's title, as a single line of text. */
export const MAX_EVIDENCE_TITLE_LENGTH = 255;

/** Evidence stored as text: one link a line, the address, a tab, then its title. Multi-line text keeps any number of links under SharePoint's limits. */
export function evidenceToText(links: readonly EvidenceLink[]): string {
  return links.map((link) => (link.title && link.title !== link.url ? `${link.url}\t${link.title}` : link.url)).join('\n');
}

export function evidenceFromText(text: string | undefined): EvidenceLink[] {
  return (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const [url, ...title] = line.split('\t');
      const named = title.join(' ').trim();
      return { url: url.trim(), title: named === '' ? url.trim() : named };
    });
}

/** The problem with a link a person adds as evidence, if any: it must be a web address (https://…). */
export function evidenceLinkIssue(url: string): ValidationIssue | undefined {
  if (url.trim() === '') return { field: 'evidenceUrl', code: 'required' };
  return linkIssue('evidenceUrl', url.trim());
}

export function validateAssignment(assignment: ItemAssignment): ValidationIssue[] {
  const validator = new Validator()
    .integerBetween('period', assignment.period, MIN_PERIOD, MAX_PERIOD)
    .isoDate('dueDate', assignment.dueDate)
    .maxLength('evidence', evidenceToText(assignment.evidence), MAX_NOTE_LENGTH)
    .integerBetween('evidenceCount', assignment.evidence.length, 0, MAX_EVIDENCE_LINKS)
    .add(keyIssue(assignment.key, assignmentKey(assignment.unitId, assignment.itemId, assignment.period)));
  for (const link of assignment.evidence) validator.add(linkIssue('evidenceUrl', link.url)).maxLength('evidenceTitle', link.title, MAX_EVIDENCE_TITLE_LENGTH);
  return validator.issues;
}

/** A due date before today: allowed (work may be recorded late), but the person is told. */
export function isPastDate(dueDate: string | undefined, today: string): boolean {
  return dueDate !== undefined && isIsoDate(dueDate) && dueDate < today;
}

/** Overdue: a due date before today on an item not done. */
export function isOverdue(assignment: Pick<ItemAssignment, 'dueDate'> | undefined, done: boolean, today: string): boolean {
  return !done && isPastDate(assignment?.dueDate, today);
}

/** Due in today's calendar month (done or not). */
export function isDueThisMonth(assignment: Pick<ItemAssignment, 'dueDate'> | undefined, today: string): boolean {
  return assignment?.dueDate !== undefined && assignment.dueDate.slice(0, 7) === today.slice(0, 7);
}

export type AssignmentFilter = 'all' | 'mine' | 'overdue' | 'dueThisMonth';
export const ASSIGNMENT_FILTERS: readonly AssignmentFilter[] = ['all', 'mine', 'overdue', 'dueThisMonth'];

export function matchesFilter(
  filter: AssignmentFilter,
  assignment: ItemAssignment | undefined,
  done: boolean,
  context: { personId?: number; today: string }
): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'mine':
      return context.personId !== undefined && assignment?.owner?.id === context.personId;
    case 'overdue':
      return isOverdue(assignment, done, context.today);
    case 'dueThisMonth':
      return isDueThisMonth(assignment, context.today);
  }
}

const shownLinks = (links: readonly EvidenceLink[]): string | undefined => (links.length === 0 ? undefined : links.map((link) => link.title).join(', '));

/** What each version changed from the one before, newest first; the first version's set fields count as changes from nothing. */
export function historyOf(versions: readonly AssignmentVersion[]): AssignmentHistoryEntry[] {
  const oldestFirst = [...versions].sort((a, b) => Number.parseFloat(a.version) - Number.parseFloat(b.version));
  const entries: AssignmentHistoryEntry[] = [];
  let before: AssignmentVersion | undefined;
  for (const version of oldestFirst) {
    const changes: AssignmentFieldChange[] = [];
    const compare = (field: AssignmentField, was: string | undefined, now: string | undefined): void => {
      if (was !== now) changes.push({ field, before: was, after: now });
    };
    compare('owner', before?.owner?.name, version.owner?.name);
    compare('dueDate', before?.dueDate, version.dueDate);
    compare('evidence', before && shownLinks(before.evidence), shownLinks(version.evidence));
    if (changes.length > 0) entries.push({ version: version.version, at: version.at, by: version.by, changes });
    before = version;
  }
  return entries.reverse();
}

/** Overdue items counted from the assignments and which items are done: the follow-up's count for one unit and plan. */
export function countOverdue(assignments: readonly ItemAssignment[], isDone: (assignment: ItemAssignment) => boolean, today: string): number {
  return assignments.filter((assignment) => isOverdue(assignment, isDone(assignment), today)).length;
}
