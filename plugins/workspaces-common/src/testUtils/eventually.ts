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
  /**
   * Count a probe that throws as "not yet" rather than failing at once: for
   * probes that call a server which may be restarting.
   */
  ignoreErrors?: boolean;
};

/**
 * Polls `probe` until it gives something other than undefined or false and
 * returns that, or fails after the timeout naming `what` it waited for: for
 * tests of things that happen a moment later (a job's status, a lock, a
 * catalog entity, a line of output).
 *
 * @public
 */
export async function eventually<T>(
  what: string,
  probe: () => Promise<T | undefined | false> | T | undefined | false,
  options: EventuallyOptions = {},
): Promise<T> {
  const {
    timeoutMs = 20_000,
    intervalMs = 100,
    ignoreErrors = false,
  } = options;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await (ignoreErrors ? probeIgnoringErrors(probe) : probe());
    if (value !== undefined && value !== false) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    }
    await new Promise(resolve => setTimeout(resolve, intervalMs));
  }
}

async function probeIgnoringErrors<T>(
  probe: () => Promise<T> | T,
): Promise<T | undefined> {
  try {
    return await probe();
  } catch {
    return undefined;
  }
}
