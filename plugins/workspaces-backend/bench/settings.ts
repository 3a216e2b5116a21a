/** How much to seed and measure (BENCH_* variables, see README.md), and the targets. */

function numberFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new Error(`${name} must be a whole number, not '${raw}'`);
  }
  return value;
}

export const settings = {
  workspaces: numberFromEnv('BENCH_WORKSPACES', 10_000),
  events: numberFromEnv('BENCH_EVENTS', 1_000_000),
  iterations: numberFromEnv('BENCH_ITERATIONS', 200),
  warmup: numberFromEnv('BENCH_WARMUP', 20),
};

/** The targets. */
export const TARGET_LIST_P95_MS = 25;
export const TARGET_EVENTS_P95_MS = 10;
export const TARGET_RATIO = 2.0;
