import * as React from 'react';
import { AssignmentHistoryEntry, CLEARED, EvidenceLink, evidenceLinkIssue, isPastDate, MAX_EVIDENCE_LINKS } from '../../../domain/itemAssignment';
import { isIsoDate } from '../../../domain/dates';
import type { ValidationIssue } from '../../../domain/validation';
import type { ItemAssignmentEditorProps } from './ItemAssignment.types';

export interface ItemAssignmentEditorState {
  dueDraft: string;
  setDueDraft: (value: string) => void;
  /** The typed date is before today: saved, with a warning. */
  duePast: boolean;
  saveDue: () => void;
  clearDue: () => void;
  setOwner: (ownerId: number | undefined) => void;
  urlDraft: string;
  setUrlDraft: (value: string) => void;
  nameDraft: string;
  setNameDraft: (value: string) => void;
  /** Why the typed link was refused; the typed text stays in the box. */
  linkIssue?: ValidationIssue;
  tooMany: boolean;
  addLink: () => void;
  removeLink: (link: EvidenceLink) => void;
  historyOpen: boolean;
  toggleHistory: () => void;
  history?: AssignmentHistoryEntry[];
  historyFailed: boolean;
}

/** The editor's drafts: a link is checked before it is saved and kept in its box when refused; a past date is saved with a warning. */
export function useItemAssignmentEditor({ assignment, today, onSave, loadHistory }: ItemAssignmentEditorProps): ItemAssignmentEditorState {
  const [dueDraft, setDueDraft] = React.useState(assignment.dueDate ?? '');
  const [urlDraft, setUrlDraft] = React.useState('');
  const [nameDraft, setNameDraft] = React.useState('');
  const [linkIssue, setLinkIssue] = React.useState<ValidationIssue>();
  const [historyOpen, setHistoryOpen] = React.useState(false);
  const [history, setHistory] = React.useState<AssignmentHistoryEntry[]>();
  const [historyFailed, setHistoryFailed] = React.useState(false);
  React.useEffect(() => setDueDraft(assignment.dueDate ?? ''), [assignment.dueDate]);

  const refreshHistory = (): void => {
    setHistoryFailed(false);
    loadHistory().then(setHistory, () => setHistoryFailed(true));
  };
  // An open history follows each save.
  React.useEffect(() => {
    if (historyOpen) refreshHistory();
  }, [historyOpen, assignment.etag]);

  const tooMany = assignment.evidence.length >= MAX_EVIDENCE_LINKS;
  return {
    dueDraft,
    setDueDraft: (value) => {
      setDueDraft(value);
      // A date picker gives a whole date or nothing: a whole one is saved at once.
      if (isIsoDate(value) && value !== assignment.dueDate) void onSave({ dueDate: value });
    },
    duePast: isPastDate(dueDraft, today),
    saveDue: () => {
      if (isIsoDate(dueDraft) && dueDraft !== assignment.dueDate) void onSave({ dueDate: dueDraft });
    },
    clearDue: () => {
      setDueDraft('');
      void onSave({ dueDate: CLEARED });
    },
    setOwner: (ownerId) => {
      void onSave({ ownerId: ownerId ?? CLEARED });
    },
    urlDraft,
    setUrlDraft: (value) => {
      setUrlDraft(value);
      setLinkIssue(undefined);
    },
    nameDraft,
    setNameDraft,
    linkIssue,
    tooMany,
    addLink: () => {
      const issue = evidenceLinkIssue(urlDraft);
      setLinkIssue(issue);
      if (issue !== undefined || tooMany) return;
      const url = urlDraft.trim();
      const link = { url, title: nameDraft.trim() === '' ? url : nameDraft.trim() };
      void onSave({ evidence: [...assignment.evidence, link] }).then((saved) => {
        // Cleared only once stored: a refused or failed save leaves what the person typed.
        if (!saved) return;
        setUrlDraft('');
        setNameDraft('');
      });
    },
    removeLink: (link) => {
      void onSave({ evidence: assignment.evidence.filter((l) => l !== link) });
    },
    historyOpen,
    toggleHistory: () => setHistoryOpen((open) => !open),
    history,
    historyFailed
  };
}
