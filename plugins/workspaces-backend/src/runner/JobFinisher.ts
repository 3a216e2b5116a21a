import type { LoggerService } from '@backstage/backend-plugin-api';
import {
  jobOperationLabels,
  statusWhenJobEnds,
  type Job,
  type JobStep,
  type WorkspaceEvent,
  type WorkspaceStatus,
} from '@oqullus/plugin-workspaces-common';
import type { LeasedJob } from '../database/JobQueueStore';
import type { WorkspaceRecord } from '../database/WorkspaceStore';
import type {
  WorkspacesDatabase,
  WorkspacesStores,
} from '../database/WorkspacesDatabase';
import type { EventBroadcaster } from '../publishing/EventBroadcaster';
import type { WorkspaceNotifier } from '../publishing/WorkspaceNotifier';
import type { JobControl } from './JobControl';
import type { JobLease } from './JobLease';
import { jobLifecycleEvents } from './jobLifecycleEvents';
import type { StepPreparer } from './StepPreparer';

/** How a job ended, with the reason when it did not succeed. */
export type JobEnding =
  | { status: 'succeeded' }
  | { status: 'failed' | 'cancelled'; error: string }
  /** The lease went to another runner: this one must not write the ending. */
  | { status: 'abandoned' }
  /**
   * This replica shut down while the job ran, and Terraform stopped cleanly with its
   * state saved: the job goes back to the queue for the next runner to finish.
   */
  | { status: 'requeued' };

/** Writes the end of a job and the workspace status that follows from it. */
export class JobFinisher {
  constructor(
    private readonly deps: {
      database: WorkspacesDatabase;
      broadcaster: EventBroadcaster;
      notifier: WorkspaceNotifier;
      preparer: StepPreparer;
      logger: LoggerService;
      clock: () => Date;
    },
  ) {}

  /** The ending of a job that was stopped from outside Terraform. */
  stoppedOutcome(control: JobControl): JobEnding {
    const reason = control.stopReason();
    switch (reason?.kind) {
      case 'lease-lost':
        return { status: 'abandoned' };
      case 'runner-stopping':
        return { status: 'requeued' };
      default:
        return { status: 'cancelled', error: 'cancelled on request' };
    }
  }

  /** The start of the error of a job its replica's shutdown interrupted for good. */
  shutdownInterruption(step: string): string {
    return `The backend shut down while ${step} ran, and Terraform did not stop cleanly, so the job cannot be handed on:`;
  }

  /** Writes the ending through the job's lease: a runner that lost it writes nothing. */
  async finish(
    lease: JobLease,
    workspace: WorkspaceRecord,
    steps: JobStep[],
    ending: JobEnding,
    outputs: Record<string, unknown>,
  ): Promise<void> {
    const { job } = lease;
    await this.deps.preparer.releaseJob(job.id);
    if (ending.status === 'abandoned') {
      this.deps.logger.warn(
        `Job ${job.id} was taken over after its lease expired; this runner stopped it`,
      );
      return;
    }
    if (ending.status === 'requeued') {
      if (await this.requeue(job, steps)) return;
      // Somebody cancelled it meanwhile: it ends as cancelled here.
      await this.finish(
        lease,
        workspace,
        steps,
        { status: 'cancelled', error: 'cancelled on request' },
        outputs,
      );
      return;
    }
    const now = this.deps.clock();
    const at = now.toISOString();
    const error = ending.status === 'succeeded' ? undefined : ending.error;
    const written = await lease.write(async stores => {
      const finished = await stores.jobs.update(
        job.id,
        {
          status: ending.status,
          finishedAt: at,
          error,
          steps: steps.map(step =>
            step.status === 'pending' ? { ...step, status: 'skipped' } : step,
          ),
        },
        { expectedStatuses: ['running'] },
      );
      // Recovered or finished elsewhere meanwhile: that ending stands.
      if (!finished) return { events: [], updated: undefined };
      const current =
        (await stores.workspaces.get(job.workspaceId)) ?? workspace;
      const next: WorkspaceStatus = statusWhenJobEnds(
        job.operation,
        ending.status,
        current.status,
      );
      const apps = appsAfter(job, current, steps, at, ending.status);
      const changed = await stores.workspaces.update(job.workspaceId, {
        status: next,
        failureReason: next === 'failed' ? error : undefined,
        outputs:
          job.operation === 'destroy' && next === 'deleted' ? {} : outputs,
        apps,
        updatedAt: at,
        lastActivityAt: at,
      });
      const appended: WorkspaceEvent[] = [
        await stores.events.append(
          jobLifecycleEvents.finished(job, now, ending.status, error),
        ),
      ];
      if (next !== current.status) {
        appended.push(
          await stores.events.append(
            jobLifecycleEvents.statusChanged(
              job,
              now,
              current.status,
              next,
              next === 'failed' ? error : undefined,
            ),
          ),
        );
      }
      return { events: appended, updated: changed };
    });
    // A lost lease: the runner that took the job over writes its ending.
    if (!written) return;
    const { events, updated } = written;
    await this.deps.broadcaster.publish(events);
    if (updated && events.some(e => e.type === 'status.changed')) {
      await this.deps.notifier.statusReached(updated, {
        cancelled: ending.status === 'cancelled',
        operation: jobOperationLabels[job.operation],
      });
    }
  }

  /**
   * Fails a claimed job before any step ran, in the caller's transaction: nothing was
   * applied, so the workspace keeps its status.
   */
  async failUnstarted(
    stores: WorkspacesStores,
    job: LeasedJob,
    now: Date,
    error: string,
  ): Promise<WorkspaceEvent[]> {
    const at = now.toISOString();
    const failed = await stores.jobs.update(
      job.id,
      {
        status: 'failed',
        finishedAt: at,
        error,
        steps: job.steps.map(step => ({ ...step, status: 'skipped' })),
      },
      { expectedStatuses: ['running'] },
    );
    if (!failed) return [];
    return [
      await stores.events.append(
        jobLifecycleEvents.finished(job, now, 'failed', error),
      ),
    ];
  }

  private async requeue(job: LeasedJob, steps: JobStep[]): Promise<boolean> {
    const { events } = await this.deps.database.transaction(async stores => {
      if (!(await stores.jobQueue.requeue(job.id, job.leaseOwner, steps))) {
        return { events: [] };
      }
      return {
        events: [
          await stores.events.append(
            jobLifecycleEvents.handedOn(job, this.deps.clock()),
          ),
        ],
      };
    });
    await this.deps.broadcaster.publish(events);
    return events.length > 0;
  }
}

/** Apps a step synced are marked with the time; a failed app step marks it failed. */
function appsAfter(
  job: Job,
  workspace: WorkspaceRecord,
  steps: JobStep[],
  at: string,
  status: JobEnding['status'],
): WorkspaceRecord['apps'] {
  if (job.operation === 'destroy' && status === 'succeeded') {
    return workspace.apps.map(app => ({
      name: app.name,
      title: app.title,
      status: 'pending',
    }));
  }
  return workspace.apps.map(app => {
    const step = steps.find(s => s.kind === 'app' && s.name === app.name);
    if (step?.status === 'succeeded') {
      return { ...app, status: 'synced', lastSyncedAt: at };
    }
    if (step?.status === 'failed') {
      return { ...app, status: 'failed' };
    }
    return app;
  });
}
