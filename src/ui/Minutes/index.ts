export { MinutesPanel } from './MinutesPanel';
export type { MinutesPanelProps } from './MinutesPanel';
export { SavedMinutes } from './SavedMinutes';
export type { SavedMinutesProps } from './SavedMinutes';
export { useMinutesRecorder } from './useMinutesRecorder';
export type { MinutesRecorderOptions, MinutesRecorderState } from './useMinutesRecorder';
