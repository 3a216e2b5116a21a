/**
 * How long `eventually` polls, and how often.
 *
 * @public
 */
export type EventuallyOptions = {
  /** 20 seconds unless given. */
  timeoutMs?: number;
  /** 100 ms unless given. */
  intervalMs?: number;
};

/**
 * Polls `probe` until it gives something other than undefined and returns
 * that, or fails after the timeout naming `what` it waited for: for tests of
 * things that happen a moment later (a job's status, a lock, a catalog entity).
 *
 * @remarks
 * A probe that throws fails the wait at once; catch in the probe what may
 * fail while the thing is not there yet.
 *
 * @public
 */
export async function eventually<T>(
  what: string,
  probe: () => Promise<T | undefined> | T | undefined,
  options: EventuallyOptions = {},
): Promise<T> {
  const { timeoutMs = 20_000, intervalMs = 100 } = options;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    }
    await new Promise(resolve => setTimeout(resolve, intervalMs));
  }
}
