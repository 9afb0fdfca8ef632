export { App, COMPONENT_ID } from './App';
export type { AppProps } from './App';
export type { HostContext, HostKind, UnitSource } from './HostContext';
