import type { AssignmentChange, AssignmentHistoryEntry, ItemAssignment } from '../../../domain/itemAssignment';
import type { Person } from '../../../domain/person';

/** How the last save of an item's owner, date or evidence went. */
export type AssignmentSaveState = 'idle' | 'saving' | 'saved' | 'conflict' | 'refused' | 'failed';

export interface ItemAssignmentSummaryProps {
  assignment: ItemAssignment;
  overdue: boolean;
}

export interface ItemAssignmentEditorProps {
  /** The item's title, to name the fields. */
  itemTitle: string;
  assignment: ItemAssignment;
  people: readonly Person[];
  today: string;
  saveState: AssignmentSaveState;
  readOnly: boolean;
  onSave: (change: AssignmentChange) => Promise<boolean>;
  loadHistory: () => Promise<AssignmentHistoryEntry[]>;
  onClose: () => void;
}
