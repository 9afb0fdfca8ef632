/** Waiting for a condition with a generous limit, never for a fixed time. */

export const JOURNEY_TIMEOUT_MS = 60_000;

/** Resolves once `check` holds; fails after `timeoutMs` with `what` and the last value `describe` gave. */
export async function until(check: () => Promise<boolean>, what: string, timeoutMs: number = JOURNEY_TIMEOUT_MS, describe?: () => Promise<string>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) {
      const last = describe ? ` (last seen: ${await describe()})` : '';
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${last}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
