/**
 * The application layer: the use cases the hosts and the UI call, the contracts they rely on, and the
 * ports the hosts supply. Layers, each importing only those before it:
 *
 *   domain  <-  data  <-  app  <-  ui  <-  hosts
 *
 * - domain: plain TypeScript; imports nothing of ours, no React, no Fluent, no @pnp.
 * - app (this folder): imports domain only. `app/contracts` holds the repository and session interfaces
 *   and the error classes; `app/ports` what the hosts supply (storage, network status, clock, timers).
 * - data: the only code that knows SharePoint (@pnp/*); imports domain and app's contracts, ports and
 *   failures (app/contracts, app/ports, app/failures) and implements the contracts. It never imports a
 *   use case, the UI or a host. (The arrow above reads "is used by", except that data implements app's
 *   contracts: data depends on app/contracts, app never imports data.)
 * - ui: React and Fluent; imports domain and app (this index) only, never data or @pnp.
 * - hosts: composition roots; import anything below. The hosts wire data's repositories to app's use
 *   cases with their ports (createApp).
 */
export * from './contracts';
export * from './ports';
export { createApp } from './createApp';
export type { AppSetup, MrRepositories } from './createApp';
export { preloadChecklistSync } from './checklist/loadChecklistSync';
export { lastVisitKey, updateVisits } from './updates/visits';
export type { UpdateVisits } from './updates/visits';
export { saveContent, saveProblemOf } from './content/saveContent';
export type { SaveContentRequest, SaveOutcome, SaveProblem } from './content/saveContent';
export { changeUnitPeople, checkUnitRights, loadUnitChoices } from './units/unitPeople';
export type { PeopleChange, PeopleChangeOutcome, RightsCheckOutcome, UnitChoices } from './units/unitPeople';
export { loadSearchable, search } from './search/searchApp';
export type { Searchable, SearchResults } from './search/searchApp';
export { loadPlanProgress } from './followUp/planProgress';
export { MinutesRecorder } from './minutes/MinutesRecorder';
export type { MinutesRecording, MinutesScope } from './minutes/MinutesRecorder';
export { startApp } from './start/startApp';
export type { StartPlan, StartShown } from './start/startApp';
export { withStartData } from './start/withStartData';
