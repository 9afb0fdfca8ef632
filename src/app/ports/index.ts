/** What the use cases need from where they run; the hosts supply these (hosts/browserPorts.ts in browsers). */
export * from './clock';
export * from './network';
export * from './storage';
export * from './timers';
export * from './visibility';
export * from './tabs';

import type { Clock } from './clock';
import type { NetworkSignal } from './network';
import type { KeyValueStorage } from './storage';
import type { Timers } from './timers';
import type { PageVisibility } from './visibility';
import type { TabPorts } from './tabs';

export interface AppPorts {
  /** Where pending ticks wait for SharePoint, per site and person. */
  storage: KeyValueStorage;
  /** What the device believes of its network: offline shows at once, and retries start when it is back. */
  network?: NetworkSignal;
  /** Default: the system clock. */
  clock?: Clock;
  /** Default: the system timers. */
  timers?: Timers;
  /** Whether the page is seen, for how often checklists poll; without it the page counts as visible. */
  visibility?: PageVisibility;
  /** The browser's other tabs, so that one tab polls and sends for all; without it each tab works alone. */
  tabs?: TabPorts;
}
export * from './startCache';
