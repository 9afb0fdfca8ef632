export { EntryForm, ProgrammeTextEditor } from './ProgrammeTextEditor';
export type { ProgrammeTextEditorProps } from './ProgrammeTextEditor';
