export { ActionPlanEditor, PlanForm } from './ActionPlanEditor';
export type { ActionPlanEditorProps } from './ActionPlanEditor';
