/** The current time, for intents' timestamps and what counts as published. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
