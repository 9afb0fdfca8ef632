/**
 * Changing a unit's folder rights (a unit saved, its people changed, the editors' "check rights") is for
 * editors, never the first view: that code, with PnPjs's folders module, is a chunk of its own, fetched when needed.
 */
export function loadUnitRights(): Promise<typeof import('./unitRights')> {
  return import(/* webpackChunkName: 'mr-unit-rights' */ './unitRights');
}
