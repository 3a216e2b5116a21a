/** How claims back off while the queue cannot be read, as the scaffolder's TaskWorker does. */
export const CLAIM_RETRY = {
  initialMs: 1_000,
  maxMs: 60_000,
  /** Each delay varies by this share either way, so replicas do not retry in step. */
  jitter: 0.2,
};

/**
 * The wait before the next claim after `failures` failed ones in a row (at least one):
 * doubling from the initial delay, capped, with jitter. `random` is Math.random's
 * contract, a number in [0, 1).
 */
export function claimRetryDelay(
  failures: number,
  random: () => number = Math.random,
  retry = CLAIM_RETRY,
): number {
  const base = Math.min(
    retry.maxMs,
    retry.initialMs * 2 ** Math.max(0, failures - 1),
  );
  const spread = base * retry.jitter;
  return Math.min(
    retry.maxMs,
    Math.round(base - spread + random() * spread * 2),
  );
}
