export { ItemAssignmentEditor } from './ItemAssignmentEditor';
export { ItemAssignmentSummary } from './ItemAssignmentSummary';
export { useItemAssignments } from './useItemAssignments';
export type { ItemAssignmentsState } from './useItemAssignments';
export type { AssignmentSaveState, ItemAssignmentEditorProps, ItemAssignmentSummaryProps } from './ItemAssignment.types';
