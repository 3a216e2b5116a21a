import { formatDuration } from '../executor/describeStepFailure';
import type { LeasedJob } from '../database/JobQueueStore';
import type { StoppedJobProcesses } from './stopJobProcesses';

/**
 * Why a job whose runner died failed, in words that say what may be missing from the
 * state and what to do: the message of its workspace's Failed status.
 */
export function describeLostRunner(options: {
  job: LeasedJob;
  stopped: StoppedJobProcesses;
  /** Resources Terraform started on and was not seen finishing, e.g. `x.y (create)`. */
  inFlight: string[];
  /** What became of the states Terraform could not save, one sentence each. */
  secured: string[];
  cancelGraceMs: number;
}): string {
  const { job, stopped, inFlight, secured } = options;
  const lost = `runner lost: ${job.leaseOwner} stopped while the job ran`;
  const retry = 'Run the operation again to go on from the state.';
  const unsure =
    inFlight.length > 0
      ? `resources it was changing may exist outside the state: ${inFlight.join(
          ', ',
        )}; check them in the cloud before you run the operation again, or they may be created twice.`
      : `it was not changing any resource, so the state is complete. ${retry}`;
  let what: string;
  if (stopped.interrupted.length > 0 && stopped.killed.length === 0) {
    what =
      secured.length === 0
        ? `Terraform, still running on this host, was interrupted and saved its state. ${retry}`
        : 'Terraform, still running on this host, was interrupted, and could not save its state itself.';
  } else if (stopped.killed.length > 0) {
    what = `Terraform, still running on this host, did not stop within ${formatDuration(
      options.cancelGraceMs,
    )} of the interrupt and was killed: ${unsure}`;
  } else {
    what = `Terraform stopped with it (or ran on another host) and could not save its state at the end: ${unsure}`;
  }
  return [`${lost}.`, what, ...secured].join(' ');
}
