import { DemoSite, startDemoSite } from './demoSite';
import { storedState, tickAsACrowd } from './tickingCrowd';

let demo: DemoSite;

beforeAll(async () => {
  demo = await startDemoSite();
});

afterAll(async () => {
  await demo.site.close();
});

it('twenty clients ticking the same and different items end on each person’s last intent, one row per tick', async () => {
  const { expected, unitIds } = await tickAsACrowd(demo, 2025, 20, 12, 60000);
  expect(await storedState(demo, unitIds, 2025)).toEqual(expected);
}, 90000);

it('with 30% of requests throttled, refused or dropped, and writes dropped after they commit, every tick lands exactly once', async () => {
  // Retry-After: 0 keeps the test quick; honouring longer waits is shown in resilience.test.ts.
  demo.site.setFaults({ failRate: 0.3, dropAfterCommitRate: 0.1, retryAfterSeconds: 0 });
  demo.site.resetStats();
  const { expected, unitIds } = await tickAsACrowd(demo, 2026, 10, 10, 90000);
  demo.site.setFaults({ failRate: 0, dropAfterCommitRate: 0 });
  const faults = demo.site.stats().faults;
  expect(faults.throttle + faults.unavailable + faults.drop).toBeGreaterThan(20);
  expect(faults.dropAfterCommit).toBeGreaterThan(0);
  expect(await storedState(demo, unitIds, 2026)).toEqual(expected);
}, 120000);
