/** What the use cases need from where they run; the hosts supply these (hosts/browserPorts.ts in browsers). */
export * from './clock';
export * from './network';
export * from './storage';
export * from './timers';

import type { Clock } from './clock';
import type { NetworkSignal } from './network';
import type { KeyValueStorage } from './storage';
import type { Timers } from './timers';

export interface AppPorts {
  /** Where pending ticks wait for SharePoint, per site and person. */
  storage: KeyValueStorage;
  /** What the device believes of its network: offline shows at once, and retries start when it is back. */
  network?: NetworkSignal;
  /** Default: the system clock. */
  clock?: Clock;
  /** Default: the system timers. */
  timers?: Timers;
}
