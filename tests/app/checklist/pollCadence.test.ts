import { DEFAULT_CADENCE, mostDemanding, nextPollDelayMs } from '../../../src/app/checklist/pollCadence';

const RECENT = 10_000;
const IDLE = DEFAULT_CADENCE.idleAfterMs;

describe('how often a checklist polls', () => {
  it('polls about once a second in a meeting, within jitter that only lengthens the wait', () => {
    expect(nextPollDelayMs(DEFAULT_CADENCE, 'meeting', RECENT, 0)).toBe(1000);
    expect(nextPollDelayMs(DEFAULT_CADENCE, 'meeting', RECENT, 0.999)).toBe(1150);
    for (const random of [0, 0.25, 0.5, 0.75, 0.999]) {
      const delay = nextPollDelayMs(DEFAULT_CADENCE, 'meeting', RECENT, random);
      expect(delay).toBeGreaterThanOrEqual(1000);
      expect(delay).toBeLessThanOrEqual(1150);
    }
  });

  it('slows to at most 12 a minute when nobody changed anything for two minutes, or outside meeting mode', () => {
    expect(nextPollDelayMs(DEFAULT_CADENCE, 'meeting', IDLE - 1, 0)).toBe(1000);
    expect(nextPollDelayMs(DEFAULT_CADENCE, 'meeting', IDLE, 0)).toBe(5000);
    expect(nextPollDelayMs(DEFAULT_CADENCE, 'visible', RECENT, 0)).toBe(5000);
    expect(60_000 / nextPollDelayMs(DEFAULT_CADENCE, 'visible', RECENT, 0)).toBeLessThanOrEqual(12);
  });

  it('hardly polls a hidden tab: at most 2 a minute', () => {
    expect(nextPollDelayMs(DEFAULT_CADENCE, 'hidden', RECENT, 0)).toBe(30_000);
    expect(nextPollDelayMs(DEFAULT_CADENCE, 'hidden', RECENT, 0.999)).toBeLessThan(36_000);
    expect(60_000 / nextPollDelayMs(DEFAULT_CADENCE, 'hidden', RECENT, 0)).toBeLessThanOrEqual(2);
  });

  it('waits at least as long as Retry-After asked', () => {
    expect(nextPollDelayMs(DEFAULT_CADENCE, 'meeting', RECENT, 0, 45_000)).toBe(45_000);
    expect(nextPollDelayMs(DEFAULT_CADENCE, 'hidden', RECENT, 0, 2000)).toBe(30_000);
  });

  it('serves the most demanding tab', () => {
    expect(mostDemanding(['hidden', 'meeting', 'visible'])).toBe('meeting');
    expect(mostDemanding(['hidden', 'visible'])).toBe('visible');
    expect(mostDemanding(['hidden'])).toBe('hidden');
    expect(mostDemanding([])).toBe('hidden');
  });
});
