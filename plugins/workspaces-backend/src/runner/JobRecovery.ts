import type { LoggerService } from '@backstage/backend-plugin-api';
import type { LeasedJob } from '../database/JobQueueStore';
import type { WorkspacesDatabase } from '../database/WorkspacesDatabase';
import type { JobFinisher } from './JobFinisher';
import type { ExpiredJobRecovery } from './JobRunner';

/**
 * Finishes jobs whose runner died: their lease expired without a heartbeat. The job
 * fails with "runner lost" and the workspace goes to Failed with an event that says
 * what happened and what to do. Nothing is re-applied: a half-applied run needs a new
 * plan, which the person starts by retrying.
 */
export class JobRecovery implements ExpiredJobRecovery {
  constructor(
    private readonly deps: {
      database: WorkspacesDatabase;
      finisher: JobFinisher;
      logger: LoggerService;
      clock: () => Date;
      runnerId: string;
      /** Frees state locks the dead job held, so the retry is not locked out. */
      releaseStateLocks(jobId: string): Promise<void>;
      /** Kills what the dead runner left running on this host; returns the pids. */
      fenceProcesses(jobId: string): Promise<number[]>;
    },
  ) {}

  async recoverExpired(): Promise<void> {
    const { jobQueue } = this.deps.database.stores;
    const now = this.deps.clock().toISOString();
    for (const job of await jobQueue.listExpired(now)) {
      // Only one recovering runner wins each job.
      if (
        await jobQueue.takeOverExpired(
          job.id,
          job.leaseOwner,
          this.deps.runnerId,
          now,
        )
      ) {
        await this.recover(job);
      }
    }
  }

  private async recover(job: LeasedJob): Promise<void> {
    const { database, logger } = this.deps;
    const workspace = await database.stores.workspaces.get(job.workspaceId);
    if (!workspace) return;
    // Fence first: whatever the dead runner left running here is killed; elsewhere its
    // state credential stops working once the job is no longer running.
    const fenced = await this.deps.fenceProcesses(job.id);
    if (fenced.length > 0) {
      logger.warn(
        `Killed ${fenced.length} process(es) job ${
          job.id
        } left behind: ${fenced.join(', ')}`,
      );
    }
    await this.deps.releaseStateLocks(job.id);
    const error = `runner lost: ${job.leaseOwner} stopped reporting while the job ran (lease expired at ${job.leaseExpiresAt}); its log so far is kept. Run the operation again to re-plan from the current state`;
    logger.warn(`Recovering job ${job.id}: ${error}`);
    await this.deps.finisher.finish(
      job,
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
}
