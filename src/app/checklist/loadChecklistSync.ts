/**
 * The checklists' live sync (SyncedChecklistSession, the tick queue, the tabs' coordination) is needed
 * only where a checklist opens, so it is a chunk of its own, fetched on demand. The bundler fetches it
 * once, and again after a failed fetch.
 */
export function loadChecklistSync(): Promise<typeof import('./checklistSync')> {
  return import(/* webpackChunkName: 'mr-checklist-sync' */ './checklistSync');
}

/** Starts fetching the live sync, so that it arrives with the view that opens a checklist; a failure shows when one opens. */
export function preloadChecklistSync(): void {
  loadChecklistSync().catch(() => undefined);
}
