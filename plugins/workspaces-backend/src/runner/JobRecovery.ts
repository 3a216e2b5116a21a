import type { LoggerService } from '@backstage/backend-plugin-api';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { LeasedJob } from '../database/JobQueueStore';
import type { WorkspacesDatabase } from '../database/WorkspacesDatabase';
import type { ErroredStateKeeper } from './ErroredStateKeeper';
import { erroredStateFiles } from './erroredStateFiles';
import { JobLease } from './JobLease';
import type { JobFinisher } from './JobFinisher';
import type { ExpiredJobRecovery } from './JobRunner';
import { describeLostRunner } from './describeLostRunner';
import { runnerOnThisHostIsGone } from './runnerIdentity';
import type { StoppedJobProcesses } from './stopJobProcesses';

/**
 * Finishes jobs whose runner died: those whose lease expired without a heartbeat, and,
 * at start-up, those a runner of this host left behind when its process died (no need
 * to wait for their leases). Terraform may still be running here, since it outlives
 * its runner: it is interrupted and given the cancel grace to save its state, while
 * the job's lease, taken over, keeps its state credential and lock valid. A state it
 * could not save is pushed or kept, the job's locks and directory go, and the job fails
 * with a sentence that says what happened, what may exist outside the state, and what
 * to do. Nothing is re-applied: the person retries, with a new plan.
 */
export class JobRecovery implements ExpiredJobRecovery {
  constructor(
    private readonly deps: {
      database: WorkspacesDatabase;
      finisher: JobFinisher;
      erroredStates: ErroredStateKeeper;
      logger: LoggerService;
      clock: () => Date;
      runnerId: string;
      workDirectory: string;
      cancelGraceMs: number;
      leaseMs: number;
      /** Deletes the state lock rows the dead job held, so the retry is not locked out. */
      releaseStateLocks(jobId: string): Promise<void>;
      stopProcesses(
        jobDirectory: string,
        graceMs: number,
      ): Promise<StoppedJobProcesses>;
    },
  ) {}

  async recoverExpired(): Promise<void> {
    const now = this.deps.clock().toISOString();
    for (const job of await this.deps.database.stores.jobQueue.listExpired(
      now,
    )) {
      if (await this.takeOver(job, true)) await this.recover(job);
    }
  }

  /**
   * At start-up: recovers the jobs a dead runner process of this host left running,
   * then clears away the directories of jobs that no longer run.
   */
  async recoverAtStartup(): Promise<void> {
    await this.recoverOwnDeadRuns();
    await this.sweepWorkDirectory();
  }

  private async recoverOwnDeadRuns(): Promise<void> {
    for (const job of await this.deps.database.stores.jobQueue.listRunning()) {
      if (!runnerOnThisHostIsGone(job.leaseOwner, this.deps.runnerId)) continue;
      if (await this.takeOver(job, false)) await this.recover(job);
    }
  }

  /**
   * At start-up: removes the directories of jobs that are not running any more (they
   * hold module copies, variables and plan files). Directories of running jobs stay:
   * another runner of this host may be using them.
   */
  private async sweepWorkDirectory(): Promise<void> {
    const { jobs } = this.deps.database.stores;
    const entries = await readdir(this.deps.workDirectory).catch(() => []);
    for (const entry of entries) {
      const job = await jobs.get(entry).catch(() => undefined);
      if (job?.status === 'running') continue;
      await rm(path.join(this.deps.workDirectory, entry), {
        recursive: true,
        force: true,
      });
    }
  }

  /** Only one recovering runner wins each job; its new lease covers the grace. */
  private takeOver(job: LeasedJob, onlyIfExpired: boolean): Promise<boolean> {
    const now = this.deps.clock();
    return this.deps.database.stores.jobQueue.takeOver({
      jobId: job.id,
      from: job.leaseOwner,
      to: this.deps.runnerId,
      now: now.toISOString(),
      leaseExpiresAt: new Date(
        now.getTime() + this.deps.cancelGraceMs + this.deps.leaseMs,
      ).toISOString(),
      onlyIfExpired,
    });
  }

  private async recover(job: LeasedJob): Promise<void> {
    const { database, logger } = this.deps;
    const workspace = await database.stores.workspaces.get(job.workspaceId);
    if (!workspace) return;
    const jobDirectory = path.join(this.deps.workDirectory, job.id);
    const stopped = await this.deps.stopProcesses(
      jobDirectory,
      this.deps.cancelGraceMs,
    );
    if (stopped.interrupted.length > 0) {
      logger.warn(
        `Job ${
          job.id
        }: interrupted Terraform left running by its dead runner (${stopped.interrupted.join(
          ', ',
        )})${
          stopped.killed.length > 0
            ? `, killed ${stopped.killed.join(', ')}`
            : ''
        }`,
      );
    }
    const secured: string[] = [];
    for (const { component, file } of await erroredStateFiles(
      jobDirectory,
      job.steps,
    )) {
      const outcome = await this.deps.erroredStates.secure(
        job,
        workspace,
        component,
        file,
      );
      secured.push(outcome.sentence);
    }
    await this.deps.releaseStateLocks(job.id);
    const inFlight = await this.resourcesInFlight(job);
    const error = describeLostRunner({
      job,
      stopped,
      inFlight,
      secured,
      cancelGraceMs: this.deps.cancelGraceMs,
    });
    logger.warn(`Recovering job ${job.id}: ${error}`);
    // Written under the lease taken over: a second recovery that won it meanwhile wins.
    await this.deps.finisher.finish(
      new JobLease(this.deps, { ...job, leaseOwner: this.deps.runnerId }),
      workspace,
      job.steps.map(step =>
        step.status === 'running'
          ? { ...step, status: 'failed', error: 'runner lost' }
          : step,
      ),
      { status: 'failed', error },
      workspace.outputs,
    );
  }

  /** Resources Terraform reported starting on and never finishing, from the job's events. */
  private async resourcesInFlight(job: LeasedJob): Promise<string[]> {
    const events = await this.deps.database.stores.events.listOfJob(
      job.workspaceId,
      job.id,
      ['terraform.resource'],
    );
    const open = new Map<string, string>();
    for (const event of events) {
      if (event.type !== 'terraform.resource') continue;
      const { address, action, phase } = event.data;
      if (phase === 'started') open.set(address, action);
      else open.delete(address);
    }
    return [...open].map(([address, action]) => `${address} (${action})`);
  }
}
