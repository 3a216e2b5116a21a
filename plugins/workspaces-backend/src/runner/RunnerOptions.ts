import type { Config } from '@backstage/config';
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';

/** How this replica's job runner behaves; every replica of a deployment may differ. */
export type RunnerOptions = {
  enabled: boolean;
  /** Identifies this runner in leases: host, process and a random part. */
  runnerId: string;
  /** Jobs this replica runs at once. */
  concurrency: number;
  /** How often an idle runner looks for queued jobs. */
  pollIntervalMs: number;
  /** How long a claim lasts without a heartbeat. */
  leaseMs: number;
  heartbeatMs: number;
  /** How often expired leases of dead runners are looked for. */
  recoveryIntervalMs: number;
  /** The longest one step (one Terraform module) may run. */
  stepTimeoutMs: number;
  /** Between asking Terraform to stop (SIGINT) and killing it (SIGKILL). */
  cancelGraceMs: number;
  /** Where each job gets its fresh working directory. */
  workDirectory: string;
  /** `terraform`, `tofu`, or a path to either. */
  terraformBinary: string;
};

const seconds = (value: number) => value * 1000;

/** Reads `workspaces.runner` with defaults that suit the embedded portal. */
export function readRunnerOptions(config: Config): RunnerOptions {
  const runner = config.getOptionalConfig('workspaces.runner');
  const number = (key: string, fallback: number) =>
    runner?.getOptionalNumber(key) ?? fallback;
  const leaseSeconds = number('leaseSeconds', 30);
  return {
    enabled: runner?.getOptionalBoolean('enabled') ?? true,
    runnerId: `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
    concurrency: number('concurrency', 2),
    pollIntervalMs: number('pollIntervalMilliseconds', 200),
    leaseMs: seconds(leaseSeconds),
    heartbeatMs: seconds(
      number('heartbeatSeconds', Math.max(1, leaseSeconds / 6)),
    ),
    recoveryIntervalMs: seconds(number('recoveryIntervalSeconds', 5)),
    stepTimeoutMs: seconds(number('stepTimeoutMinutes', 60) * 60),
    cancelGraceMs: seconds(number('cancelGraceSeconds', 30)),
    workDirectory:
      runner?.getOptionalString('workDirectory') ??
      path.join(os.tmpdir(), 'oqullus-workspaces-jobs'),
    terraformBinary:
      runner?.getOptionalString('terraformBinary') ??
      process.env.WORKSPACES_TERRAFORM_BINARY ??
      'terraform',
  };
}
