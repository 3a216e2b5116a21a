import type { Job, JobStep } from '@oqullus/plugin-workspaces-common';

/** A job as the runner holding it sees it: with its lease. */
export type LeasedJob = Job & {
  leaseOwner: string;
  leaseExpiresAt: string;
};

/**
 * The queue side of the jobs table, for runners. Every change is a guarded UPDATE whose
 * affected row count says whether this runner won, so any number of replicas can share
 * one database without locks held across calls.
 */
export interface JobQueueStore {
  /**
   * Takes the oldest queued job of a workspace that has no running job, as `owner`, with
   * a lease until `leaseExpiresAt`. Returns undefined when there is nothing to take (or
   * another runner took it first).
   */
  claimNext(options: {
    owner: string;
    now: string;
    leaseExpiresAt: string;
  }): Promise<LeasedJob | undefined>;
  /**
   * Extends the lease; false when the runner no longer holds the job (it was recovered,
   * or finished elsewhere), which means it must stop working on it at once.
   */
  heartbeat(
    jobId: string,
    owner: string,
    now: string,
    leaseExpiresAt: string,
  ): Promise<boolean>;
  /**
   * The fence of a runner's writes: true when `owner` still holds the running job. Run
   * it first in the transaction of every write made on the job's behalf. It is itself
   * a guarded UPDATE, so on PostgreSQL it locks the job's row until the transaction
   * ends and no takeover can slip in between the check and the writes (SQLite runs one
   * transaction at a time anyway). False means the lease is lost: write nothing.
   */
  holdLease(jobId: string, owner: string): Promise<boolean>;
  /**
   * Puts a running job that `owner` holds back in the queue, with its steps as they
   * stand, for any runner to take: a replica that shuts down hands on its work. False
   * when `owner` no longer holds it.
   */
  requeue(jobId: string, owner: string, steps: JobStep[]): Promise<boolean>;
  /** Running jobs whose lease ran out before `now`: their runner is presumed dead. */
  listExpired(now: string): Promise<LeasedJob[]>;
  /** Every running job, e.g. to find those whose runner died on this host. */
  listRunning(): Promise<LeasedJob[]>;
  /**
   * Takes a running job over from a runner that is gone, for recovery, with a new lease
   * until `leaseExpiresAt` (the job's Terraform may still save its state meanwhile). Only
   * one caller wins: true when this one did. With `onlyIfExpired`, the old lease must
   * have run out; without, the caller knows the old runner is dead (same host, process
   * gone).
   */
  takeOver(options: {
    jobId: string;
    from: string;
    to: string;
    now: string;
    leaseExpiresAt: string;
    onlyIfExpired: boolean;
  }): Promise<boolean>;
}
