/** The BENCH_* variables of the runner benchmark, with their defaults. */
function integer(name: string, fallback: number, minimum: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < minimum) {
    throw new Error(
      `${name}=${raw}: give a whole number of at least ${minimum}`,
    );
  }
  return value;
}

export const runnerSettings = {
  /** Measured runs of each side of case (a), after one warm-up run of each. */
  overheadRepetitions: integer('BENCH_OVERHEAD_REPS', 5, 1),
  /** terraform_data resources of the template of case (a). */
  overheadResources: integer('BENCH_OVERHEAD_RESOURCES', 100, 1),
  /** Jobs of case (b), queued one at a time. */
  pickupJobs: integer('BENCH_PICKUP_JOBS', 40, 1),
  /** Jobs of each half of case (c). */
  throughputJobs: integer('BENCH_THROUGHPUT_JOBS', 100, 1),
  /** `workspaces.runner.concurrency` of each runner. */
  concurrency: integer('BENCH_CONCURRENCY', 4, 1),
  /** `workspaces.runner.pollIntervalMilliseconds`; unset: the plugin's default (200). */
  pollIntervalMs: process.env.BENCH_POLL_MS
    ? integer('BENCH_POLL_MS', 200, 1)
    : undefined,
  terraformBinary: process.env.WORKSPACES_TERRAFORM_BINARY ?? 'terraform',
  reportFile: process.env.BENCH_REPORT,
};

/** The targets. */
export const runnerTargets = {
  overheadRatio: 1.1,
  pickupP50Ms: 250,
  throughputScaling: 2,
};
