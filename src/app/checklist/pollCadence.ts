/**
 * How often an open checklist asks SharePoint for others' ticks. Fast while a meeting ticks together
 * (a tick in the room should show on every screen within a second), slower when nobody has changed
 * anything for a while or the checklist is not in meeting mode, and hardly at all in a hidden tab. Jitter
 * only ever lengthens a wait, so the rates below are ceilings whatever the draw, and a room full of
 * clients that opened together does not ask in step. A Retry-After from SharePoint always wins.
 */

import type { PollCadence } from '../contracts/checklistSession';

/** How the person has the checklist in front of them (in the tab that asks most, when several show it). */
export type Presence = 'meeting' | 'visible' | 'hidden';

export const DEFAULT_CADENCE: PollCadence = { meetingMs: 1000, visibleMs: 5000, hiddenMs: 30_000, idleAfterMs: 120_000, jitter: 0.15 };

/** The most demanding of several tabs' presences: a meeting anywhere beats a visible tab, which beats a hidden one. */
export function mostDemanding(presences: Iterable<Presence>): Presence {
  let best: Presence = 'hidden';
  for (const presence of presences) {
    if (presence === 'meeting') return presence;
    if (presence === 'visible') best = presence;
  }
  return best;
}

/**
 * The wait before the next poll. `sinceChangeMs`: how long ago anyone last changed the checklist;
 * `retryAfterMs`: what SharePoint last asked for, if it did; `random` in [0, 1).
 */
export function nextPollDelayMs(
  cadence: PollCadence,
  presence: Presence,
  sinceChangeMs: number,
  random: number,
  retryAfterMs: number = 0
): number {
  const base = presence === 'hidden' ? cadence.hiddenMs : presence === 'meeting' && sinceChangeMs < cadence.idleAfterMs ? cadence.meetingMs : cadence.visibleMs;
  return Math.max(retryAfterMs, Math.round(base * (1 + cadence.jitter * random)));
}
