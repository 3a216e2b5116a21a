import type { JobOperation } from './job';

/**
 * Why a state lock no longer protects anything: the job that took it cannot be
 * writing any more (it ended, lost its runner's lease, or was deleted).
 *
 * @public
 */
export type StaleStateLockReason =
  | 'job-not-running'
  | 'lease-expired'
  | 'job-gone';

/**
 * A lock on one of a workspace's Terraform states in the built-in storage, as people
 * see it: who holds it and since when. Terraform's lock ID and LockInfo are not shown.
 *
 * @public
 */
export type StateLockView = {
  /** `infrastructure`, or the name of an app. */
  component: string;
  /** The person or service the lock was taken for (a job's requester). */
  holder: string;
  /** The job whose Terraform took the lock, if a job did. */
  jobId?: string;
  /** That job's operation, while the job still exists. */
  operation?: JobOperation;
  lockedAt: string;
  /** Set when the lock protects nothing any more; absent while its job runs. */
  staleReason?: StaleStateLockReason;
};
